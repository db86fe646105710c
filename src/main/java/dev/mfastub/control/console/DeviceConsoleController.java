package dev.mfastub.control.console;

import java.util.UUID;
import java.util.function.Consumer;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import tools.jackson.databind.json.JsonMapper;

import dev.mfastub.call.ApiCall;
import dev.mfastub.call.ApiCalls;
import dev.mfastub.call.EventType;
import dev.mfastub.call.Journal;
import dev.mfastub.group.GroupService;
import dev.mfastub.mfa.device.Device;
import dev.mfastub.mfa.device.DeviceRequests;
import dev.mfastub.mfa.device.DeviceService;
import dev.mfastub.user.UserService;
import dev.mfastub.web.PingInstants;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's page of one user: its MFA devices (their status, order, lock and block,
 * pairing a new one with the code from the outbox, and PingOne's device actions, through
 * the service the API's device endpoints use), the groups it is in, and its recent
 * sign-ons as the journal tells them. Not part of the API document.
 */
@Hidden
@Controller
@RequestMapping("/__stub/console/environments/{environmentId}/users/{userId}/devices")
class DeviceConsoleController {

	private final DeviceService devices;

	private final UserService users;

	private final ApiCalls calls;

	private final Validator validator;

	private final GroupService groups;

	private final Journal journal;

	private final JsonMapper mapper;

	DeviceConsoleController(DeviceService devices, UserService users, ApiCalls calls, Validator validator,
			GroupService groups, Journal journal, JsonMapper mapper) {
		this.devices = devices;
		this.users = users;
		this.calls = calls;
		this.validator = validator;
		this.groups = groups;
		this.journal = journal;
		this.mapper = mapper;
	}

	@GetMapping
	String devices(@PathVariable UUID environmentId, @PathVariable UUID userId, HttpServletRequest request,
			Model model) {
		ApiCall call = this.calls.console(environmentId, request);
		model.addAttribute("environmentId", environmentId);
		model.addAttribute("user", this.users.require(call, userId));
		model.addAttribute("devices",
				this.devices.all(call, userId).stream().map((device) -> DeviceRow.of(device, call)).toList());
		model.addAttribute("groups", this.groups.groupsOfUser(call, userId));
		model.addAttribute("signOns", SignOnRow.of(this.journal.readOfUser(environmentId, userId,
				EventType.SIGN_ON_PASSWORD_CHECKED, SignOnRow.EVENTS, SignOnRow.COUNT), this.mapper, call.now()));
		return "console/devices";
	}

	@PostMapping
	String create(@PathVariable UUID environmentId, @PathVariable UUID userId, @RequestParam String type,
			@RequestParam(defaultValue = "") String address, @RequestParam(defaultValue = "false") boolean pair,
			HttpServletRequest request, RedirectAttributes redirect) {
		String page = page(environmentId, userId);
		return ConsoleForms.submit(redirect, page,
				pair ? "Device created: its pairing code is in the outbox." : "Device created.", () -> {
					boolean email = "EMAIL".equals(type);
					String given = address.isBlank() ? null : address.strip();
					DeviceRequests.Create body = new DeviceRequests.Create(type, pair ? "ACTIVATION_REQUIRED" : null,
							null, email ? given : null, email ? null : given, null, null, null);
					ConsoleForms.valid(this.validator, body);
					this.devices.create(this.calls.console(environmentId, request), userId, body);
					return page;
				});
	}

	@PostMapping("/{deviceId}/activate")
	String activate(@PathVariable UUID environmentId, @PathVariable UUID userId, @PathVariable UUID deviceId,
			@RequestParam(defaultValue = "") String otp, HttpServletRequest request, RedirectAttributes redirect) {
		return act(environmentId, userId, request, redirect, "Device activated.", (call) -> {
			DeviceRequests.Activate body = new DeviceRequests.Activate(otp.strip());
			ConsoleForms.valid(this.validator, body);
			this.devices.activate(call, userId, deviceId, body.otp());
		});
	}

	@PostMapping("/{deviceId}/{action:block|unblock|unlock|delete}")
	String change(@PathVariable UUID environmentId, @PathVariable UUID userId, @PathVariable UUID deviceId,
			@PathVariable String action, HttpServletRequest request, RedirectAttributes redirect) {
		return act(environmentId, userId, request, redirect, "Device " + action + (action.endsWith("e") ? "d." : "ed."),
				(call) -> {
					switch (action) {
						case "block" -> this.devices.block(call, userId, deviceId);
						case "unblock" -> this.devices.unblock(call, userId, deviceId);
						case "unlock" -> this.devices.unlock(call, userId, deviceId);
						default -> this.devices.delete(call, userId, deviceId);
					}
				});
	}

	private String act(UUID environmentId, UUID userId, HttpServletRequest request, RedirectAttributes redirect,
			String notice, Consumer<ApiCall> change) {
		String page = page(environmentId, userId);
		return ConsoleForms.submit(redirect, page, notice, () -> {
			change.accept(this.calls.console(environmentId, request));
			return page;
		});
	}

	private static String page(UUID environmentId, UUID userId) {
		return "redirect:/__stub/console/environments/" + environmentId + "/users/" + userId + "/devices";
	}

	/**
	 * A device as the page lists it, never its secret.
	 *
	 * @param id its id
	 * @param type its type
	 * @param address its email address or phone number
	 * @param nickname its name for people
	 * @param status {@code ACTIVE} or {@code ACTIVATION_REQUIRED}
	 * @param position its place in the order the user set, or {@code null}
	 * @param lock {@code LOCKED until ...} or {@code UNLOCKED}
	 * @param blocked whether it is blocked
	 */
	record DeviceRow(UUID id, String type, String address, String nickname, String status, Integer position,
			String lock, boolean blocked) {

		static DeviceRow of(Device device, ApiCall call) {
			return new DeviceRow(device.id(), device.type().name(), device.address(), device.nickname(),
					device.status().name(), device.position(), device.lockedAt(call.now())
							? "LOCKED until " + PingInstants.format(device.lockedUntil()) : "UNLOCKED",
					device.blockedAt() != null);
		}

		public boolean pending() {
			return "ACTIVATION_REQUIRED".equals(this.status);
		}

	}

}
