package dev.mfastub.control.console;

import java.util.List;

import dev.mfastub.web.ApiException;
import dev.mfastub.web.ErrorTranslator;

/**
 * A refusal as a console page shows it: the PingOne error body an API call would have
 * had, in words, so a form is answered with the API's rules and messages.
 *
 * @param code the body's code, such as {@code INVALID_DATA}
 * @param message the body's message
 * @param details each detail as {@code target: message}
 */
public record FormError(String code, String message, List<String> details) {

	/**
	 * The error an API call failing this way would have answered.
	 * @param failure what a service threw
	 * @return its words
	 */
	public static FormError of(RuntimeException failure) {
		ApiException error = (failure instanceof ApiException api) ? api : ErrorTranslator.translate(failure);
		List<String> details = (error.details() != null) ? error.details()
			.stream()
			.map((detail) -> (detail.target() != null) ? detail.target() + ": " + detail.message() : detail.message())
			.toList() : List.of();
		return new FormError(error.code(), error.getMessage(), details);
	}

}
