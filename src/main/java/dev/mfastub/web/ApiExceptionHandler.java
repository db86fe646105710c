package dev.mfastub.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every exception a handler or Spring MVC itself raises ends here, as a PingOne error
 * body. One handler for all types on purpose: the decisions live in
 * {@link ErrorTranslator}.
 */
@RestControllerAdvice
class ApiExceptionHandler {

	private final ErrorResponses errors;

	ApiExceptionHandler(ErrorResponses errors) {
		this.errors = errors;
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ErrorBody> handle(Exception failure, HttpServletRequest request, HttpServletResponse response) {
		return this.errors.entity(failure, request, response);
	}

}
