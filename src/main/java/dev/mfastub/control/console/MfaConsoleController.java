package dev.mfastub.control.console;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;

import dev.mfastub.call.ApiCall;
import dev.mfastub.call.ApiCalls;
import dev.mfastub.environment.EnvironmentService;
import dev.mfastub.mfa.BypassUntil;
import dev.mfastub.mfa.MfaService;
import dev.mfastub.user.User;
import dev.mfastub.user.UserRepository;
import dev.mfastub.web.InvalidValueException;
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
 * The console's page of an environment's users and their MFA state: turn
 * {@code mfaEnabled} on or off, set or end a bypass, through the service the API's
 * {@code mfaEnabled} and {@code bypassMFA} endpoints use. Not part of the API document.
 */
@Hidden
@Controller
@RequestMapping("/__stub/console/environments/{environmentId}/users")
class MfaConsoleController {

	private final MfaService mfa;

	private final UserRepository users;

	private final EnvironmentService environments;

	private final ApiCalls calls;

	MfaConsoleController(MfaService mfa, UserRepository users, EnvironmentService environments, ApiCalls calls) {
		this.mfa = mfa;
		this.users = users;
		this.environments = environments;
		this.calls = calls;
	}

	@GetMapping
	String users(@PathVariable UUID environmentId, HttpServletRequest request, Model model) {
		ApiCall call = this.calls.console(environmentId, request);
		model.addAttribute("environment", this.environments.require(environmentId));
		model.addAttribute("now", PingInstants.format(call.now()));
		model.addAttribute("users",
				this.users.findByEnvironmentIdOrderById(environmentId)
					.stream()
					.map((user) -> UserRow.of(user, call.now()))
					.toList());
		return "console/users";
	}

	@PostMapping("/{userId}/mfaEnabled")
	String changeMfaEnabled(@PathVariable UUID environmentId, @PathVariable UUID userId,
			@RequestParam boolean mfaEnabled, HttpServletRequest request, RedirectAttributes redirect) {
		String page = page(environmentId);
		return ConsoleForms.submit(redirect, page, mfaEnabled ? "MFA enabled." : "MFA disabled.", () -> {
			this.mfa.changeMfaEnabled(this.calls.console(environmentId, request), userId, mfaEnabled);
			return page;
		});
	}

	@PostMapping("/{userId}/bypassMFA")
	String changeBypass(@PathVariable UUID environmentId, @PathVariable UUID userId,
			@RequestParam(defaultValue = "") String bypassMFAEnabledUntil, HttpServletRequest request,
			RedirectAttributes redirect) {
		String page = page(environmentId);
		return ConsoleForms.submit(redirect, page, "Bypass set.", () -> {
			BypassUntil until;
			try {
				until = BypassUntil.parse(bypassMFAEnabledUntil.strip());
			}
			catch (InvalidValueException ex) {
				throw ex.at("bypassMFAEnabledUntil");
			}
			this.mfa.changeBypass(this.calls.console(environmentId, request), userId, until);
			return page;
		});
	}

	/** Ends a bypass now: the console's "resume MFA", a bypass end of this instant. */
	@PostMapping("/{userId}/bypassMFA/end")
	String endBypass(@PathVariable UUID environmentId, @PathVariable UUID userId, HttpServletRequest request,
			RedirectAttributes redirect) {
		String page = page(environmentId);
		return ConsoleForms.submit(redirect, page, "Bypass ended.", () -> {
			ApiCall call = this.calls.console(environmentId, request);
			this.mfa.changeBypass(call, userId, new BypassUntil(call.now().truncatedTo(ChronoUnit.MILLIS)));
			return page;
		});
	}

	private static String page(UUID environmentId) {
		return "redirect:/__stub/console/environments/" + environmentId + "/users";
	}

	/**
	 * A user as the page lists it.
	 *
	 * @param id its id
	 * @param username its username
	 * @param mfaEnabled whether MFA is enabled
	 * @param bypassMFAEnabledUntil the bypass end, in PingOne's format, while it runs
	 * @param canBypassMFA whether the bypass runs now, on the environment's clock
	 */
	record UserRow(UUID id, String username, boolean mfaEnabled, String bypassMFAEnabledUntil, boolean canBypassMFA) {

		static UserRow of(User user, Instant now) {
			MfaService.Bypass bypass = (user.bypassMfaUntil() != null)
					? MfaService.Bypass.of(new BypassUntil(user.bypassMfaUntil()), now) : MfaService.Bypass.NONE;
			return new UserRow(user.id(), user.profile().username(), user.mfaEnabled(),
					bypass.active() ? PingInstants.format(bypass.until().instant()) : null, bypass.active());
		}

	}

}
