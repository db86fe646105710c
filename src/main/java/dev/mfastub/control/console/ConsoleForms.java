package dev.mfastub.control.console;

import java.util.Set;
import java.util.function.Supplier;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import dev.mfastub.web.ApiException;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How a console form is answered: the change runs through the same services as the API;
 * either way the browser is sent back to a page (post, redirect, get), with a notice or
 * the API's error in words.
 */
public final class ConsoleForms {

	private ConsoleForms() {
	}

	/**
	 * Runs a form's change.
	 * @param redirect where the page's notice or error goes
	 * @param back the redirect on a refusal
	 * @param notice what the page says when the change is made
	 * @param change the change; answers the redirect on success
	 * @return the redirect
	 */
	public static String submit(RedirectAttributes redirect, String back, String notice, Supplier<String> change) {
		try {
			String next = change.get();
			redirect.addFlashAttribute("notice", notice);
			return next;
		}
		catch (RuntimeException ex) {
			redirect.addFlashAttribute("error", FormError.of(ex));
			return back;
		}
	}

	/**
	 * A body a form built, held to the constraints the API's request holds it to.
	 * @param validator the application's validator
	 * @param body the body
	 * @param <T> its type
	 * @return the body, when valid
	 * @throws ApiException the API's 400 when it is not
	 */
	public static <T> T valid(Validator validator, T body) {
		Set<ConstraintViolation<T>> violations = validator.validate(body);
		if (!violations.isEmpty()) {
			throw ApiException.invalidData("", violations);
		}
		return body;
	}

}
