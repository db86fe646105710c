package dev.mfastub.web;

import java.beans.PropertyEditorSupport;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every exception a handler or Spring MVC itself raises ends here, as a PingOne error
 * body; and ids are read strictly before any handler runs. One handler for all types on
 * purpose: the decisions live in {@link ErrorTranslator}.
 */
@RestControllerAdvice
class ApiExceptionHandler {

	private final ErrorResponses errors;

	ApiExceptionHandler(ErrorResponses errors) {
		this.errors = errors;
	}

	/**
	 * Path and query ids: only the canonical form names a resource. An editor, not a
	 * converter: when a converter refuses, Spring falls back to its default
	 * {@code UUIDEditor}, which would take the shortened spellings.
	 * @param binder the binder of a request
	 */
	@InitBinder
	void canonicalIds(WebDataBinder binder) {
		binder.registerCustomEditor(UUID.class, new PropertyEditorSupport() {

			@Override
			public void setAsText(String text) {
				setValue(Uuids.parse(text));
			}

		});
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ErrorBody> handle(Exception failure, HttpServletRequest request, HttpServletResponse response) {
		return this.errors.entity(failure, request, response);
	}

}
