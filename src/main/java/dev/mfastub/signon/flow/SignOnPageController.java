package dev.mfastub.signon.flow;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.mfastub.call.ApiCall;
import dev.mfastub.mfa.authentication.MfaChallenges.ChallengeDevice;
import dev.mfastub.web.ApiException;
import dev.mfastub.web.Uuids;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The stub's hosted sign-on pages, where authorize sends a browser without
 * {@code response_mode=pi.flow}: server-rendered, same-origin only, nothing fetched from
 * elsewhere. They drive the same flow as the Flow API, one form per status, and end at
 * {@code /as/resume}, which returns the browser to the app with its code and state. Forms
 * carry a token that must equal the page's {@code SameSite=Strict} cookie, and a
 * cross-origin {@code Origin} is refused, so no other site can post them.
 */
@Hidden
@Controller
@RequestMapping("/{environmentId}/signon")
class SignOnPageController {

	static final String CSRF_COOKIE = "pingone_stub_signon";

	private static final SecureRandom RANDOM = new SecureRandom();

	/** Strict on where it runs and what it loads: inline styles, nothing else. */
	private static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
			+ "frame-ancestors 'none'; base-uri 'none'";

	private final SignOnFlowService flows;

	SignOnPageController(SignOnFlowService flows) {
		this.flows = flows;
	}

	@GetMapping("/")
	String page(ApiCall call, @RequestParam(required = false) String flowId,
			@CookieValue(name = CSRF_COOKIE, required = false) String csrf, Model model, HttpServletResponse response) {
		secure(response);
		UUID id = Uuids.parseOrNull(flowId);
		SignOnFlowService.FlowView view;
		try {
			view = (id != null) ? this.flows.one(call, id) : null;
		}
		catch (ApiException ex) {
			view = null;
		}
		if (view == null) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return render(model, "EXPIRED", "Sign-on expired", null, null, null, List.of(), null, null);
		}
		if (!view.flow().status().pending()) {
			return "redirect:" + call.baseUrl() + "/" + call.environmentId() + "/as/resume?flowId=" + id;
		}
		String token = (csrf != null && csrf.length() == 43) ? csrf : newToken();
		response.addHeader(HttpHeaders.SET_COOKIE,
				ResponseCookie.from(CSRF_COOKIE, token)
					.path("/" + call.environmentId() + "/signon/")
					.httpOnly(true)
					.secure(call.baseUrl().startsWith("https:"))
					.sameSite("Strict")
					.maxAge(Duration.ofHours(1))
					.build()
					.toString());
		return render(model, view, token, null, call);
	}

	@PostMapping(path = "/", consumes = "application/x-www-form-urlencoded")
	String act(ApiCall call, @RequestParam(required = false) String flowId,
			@CookieValue(name = CSRF_COOKIE, required = false) String cookie,
			@RequestParam(name = "csrf", required = false) String csrf, @RequestParam(required = false) String step,
			@RequestParam(required = false) String username, @RequestParam(required = false) String password,
			@RequestParam(required = false) String deviceId, @RequestParam(required = false) String otp, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		secure(response);
		UUID id = Uuids.parseOrNull(flowId);
		if (id == null || !sameOrigin(call, request) || cookie == null || csrf == null || !MessageDigest
			.isEqual(cookie.getBytes(StandardCharsets.US_ASCII), csrf.getBytes(StandardCharsets.US_ASCII))) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			return render(model, "EXPIRED", "Sign-on expired", null,
					"This form could not be accepted: reload the page and try again.", null, List.of(), null, null);
		}
		String page = call.baseUrl() + "/" + call.environmentId() + "/signon/?flowId=" + id;
		try {
			SignOnFlowService.FlowView view = switch ((step != null) ? step : "") {
				case "usernamePassword.check" ->
					this.flows.checkPassword(call, id, nonNull(username), nonNull(password));
				case "device.select" -> this.flows.selectDevice(call, id, requireDevice(deviceId));
				case "otp.check" -> this.flows.checkOtp(call, id, nonNull(otp).strip());
				default -> throw ApiException.invalidRequest("Unknown step.");
			};
			return "redirect:" + (view.flow().status().pending() ? page
					: call.baseUrl() + "/" + call.environmentId() + "/as/resume?flowId=" + id);
		}
		catch (ApiException ex) {
			SignOnFlowService.FlowView now;
			try {
				now = this.flows.one(call, id);
			}
			catch (ApiException gone) {
				response.setStatus(HttpStatus.NOT_FOUND.value());
				return render(model, "EXPIRED", "Sign-on expired", null, null, null, List.of(), null, null);
			}
			if (!now.flow().status().pending()) {
				return "redirect:" + call.baseUrl() + "/" + call.environmentId() + "/as/resume?flowId=" + id;
			}
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return render(model, now, cookie, messageOf(ex), call);
		}
	}

	private String render(Model model, SignOnFlowService.FlowView view, String csrf, String error, ApiCall call) {
		SignOnFlow flow = view.flow();
		List<ChallengeDevice> devices = (view.challenge() != null) ? view.challenge().devices() : List.of();
		String selected = null;
		if (view.challenge() != null && view.challenge().selectedDeviceId() != null) {
			selected = devices.stream()
				.filter((device) -> device.id().equals(view.challenge().selectedDeviceId()))
				.findFirst()
				.map((device) -> "Enter the passcode for " + device.type() + " "
						+ ((device.email() != null) ? device.email() : (device.phone() != null) ? device.phone() : "")
						+ ".")
				.orElse(null);
		}
		String title = switch (flow.status()) {
			case USERNAME_PASSWORD_REQUIRED -> "Sign on";
			case DEVICE_SELECTION_REQUIRED -> "Choose a device";
			default -> "Enter your passcode";
		};
		String username = (view.username() != null) ? view.username() : flow.loginHint();
		return render(model, flow.status().name(), title, username, error, csrf, devices, selected,
				// Relative: the page posts to itself, wherever the stub is reached.
				"?flowId=" + flow.id());
	}

	private static String render(Model model, String status, String title, String username, String error, String csrf,
			List<ChallengeDevice> devices, String selected, String action) {
		model.addAttribute("status", status);
		model.addAttribute("title", title);
		model.addAttribute("username", username);
		model.addAttribute("error", error);
		model.addAttribute("csrf", csrf);
		model.addAttribute("devices", devices);
		model.addAttribute("selected", selected);
		model.addAttribute("action", action);
		return "signon/page";
	}

	/** What the person reads of a refusal: its detail, else its message. */
	private static String messageOf(ApiException ex) {
		return ex.details().isEmpty() ? ex.getMessage().replace("The request could not be completed. ", "")
				: ex.details().get(0).message();
	}

	/**
	 * A browser sends {@code Origin} with a form post: it must be this stub, as the
	 * client reached it.
	 */
	private static boolean sameOrigin(ApiCall call, HttpServletRequest request) {
		String origin = request.getHeader(HttpHeaders.ORIGIN);
		return origin == null || call.baseUrl().equals(origin) || call.baseUrl().startsWith(origin + "/");
	}

	private static void secure(HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		response.setHeader("Content-Security-Policy", POLICY);
		response.setHeader("X-Frame-Options", "DENY");
		// Not no-referrer: under it a browser sends Origin: null with the page's own form
		// post, which the Origin check must then refuse (the e2e test in Chromium found
		// it).
		response.setHeader("Referrer-Policy", "same-origin");
		response.setHeader("X-Content-Type-Options", "nosniff");
	}

	private static UUID requireDevice(String deviceId) {
		UUID id = Uuids.parseOrNull(deviceId);
		if (id == null) {
			throw ApiException.invalidRequest("Choose a device.");
		}
		return id;
	}

	private static String nonNull(String value) {
		if (value == null || value.isEmpty()) {
			throw ApiException.invalidRequest("Fill in every field.");
		}
		return value;
	}

	private static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
