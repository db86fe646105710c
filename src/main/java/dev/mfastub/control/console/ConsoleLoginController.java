package dev.mfastub.control.console;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.mfastub.control.ControlPlaneGate;
import dev.mfastub.web.ApiException;
import dev.mfastub.web.ErrorDetail;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The console's login, for a stub with {@code stub.control.token}: a browser cannot send
 * the token's header, so it gives the token once and gets a cookie that stands for it
 * (its SHA-256, {@code HttpOnly}, {@code SameSite=Strict}, for {@code /__stub} only).
 * Without a token there is nothing to give: the console is open.
 */
@Hidden
@Controller
@RequestMapping(ControlPlaneGate.LOGIN)
class ConsoleLoginController {

	private final ControlPlaneGate gate;

	ConsoleLoginController(ControlPlaneGate gate) {
		this.gate = gate;
	}

	@GetMapping
	String form() {
		return this.gate.hasToken() ? "console/login" : "redirect:/__stub/console/";
	}

	@PostMapping
	String login(@RequestParam(defaultValue = "") String token, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		if (!this.gate.hasToken()) {
			return "redirect:/__stub/console/";
		}
		if (!this.gate.matches(token)) {
			response.setStatus(HttpStatus.UNAUTHORIZED.value());
			model.addAttribute("error", FormError.of(ApiException.accessFailed(HttpStatus.UNAUTHORIZED,
					new ErrorDetail("INVALID_TOKEN", "token", "This is not the stub's control token.", null))));
			return "console/login";
		}
		ResponseCookie cookie = ResponseCookie.from(ControlPlaneGate.TOKEN_COOKIE, this.gate.loginCookieValue())
			.httpOnly(true)
			.sameSite("Strict")
			.secure(request.isSecure())
			.path("/__stub")
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
		return "redirect:/__stub/console/";
	}

}
