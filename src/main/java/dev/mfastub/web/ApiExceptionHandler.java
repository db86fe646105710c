package dev.mfastub.web;

import java.beans.PropertyEditorSupport;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

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

	private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,19}");

	private final ErrorResponses errors;

	ApiExceptionHandler(ErrorResponses errors) {
		this.errors = errors;
	}

	/**
	 * Path and query values as PingOne reads them: only the canonical form of an id names
	 * a resource, and a number is decimal digits with an optional minus sign (Spring's
	 * own would take {@code 0x10} as 16, and an empty value as none). Editors, not
	 * converters: when a converter refuses, Spring falls back to its default editors,
	 * which take all of those.
	 * @param binder the binder of a request
	 */
	@InitBinder
	void strictValues(WebDataBinder binder) {
		binder.registerCustomEditor(UUID.class, new PropertyEditorSupport() {

			@Override
			public void setAsText(String text) {
				setValue(Uuids.parse(text));
			}

		});
		binder.registerCustomEditor(Integer.class, decimal(Integer::valueOf));
		binder.registerCustomEditor(Long.class, decimal(Long::valueOf));
	}

	/** An editor that takes decimal digits only, converted by {@code parse}. */
	private static PropertyEditorSupport decimal(Function<String, ? extends Number> parse) {
		return new PropertyEditorSupport() {

			@Override
			public void setAsText(String text) {
				if (!DECIMAL.matcher(text).matches()) {
					throw new IllegalArgumentException("Not a decimal integer");
				}
				setValue(parse.apply(text));
			}

		};
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ErrorBody> handle(Exception failure, HttpServletRequest request, HttpServletResponse response) {
		return this.errors.entity(failure, request, response);
	}

}
