package dev.mfastub.web;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Spring Boot's whitelabel {@code /error}: whatever the container forwards here
 * (a failure in a filter, a {@code sendError} outside Spring MVC) is answered in
 * PingOne's shape too.
 */
@RestController
@Hidden
class FallbackErrorController implements ErrorController {

	private final ErrorResponses errors;

	FallbackErrorController(ErrorResponses errors) {
		this.errors = errors;
	}

	@RequestMapping("${server.error.path:/error}")
	void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		if (failure instanceof Throwable throwable) {
			this.errors.write(throwable, request, response);
			return;
		}
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		this.errors.write(ApiException.forStatus((status != null) ? status : HttpStatus.NOT_FOUND), request, response);
	}

}
