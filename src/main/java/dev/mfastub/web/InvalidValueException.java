package dev.mfastub.web;

import dev.mfastub.web.ErrorDetail.InnerError;

/**
 * Thrown by a value object that refuses its input while a request body is read. The error
 * path turns it into an {@code INVALID_VALUE} detail whose target is where in the body
 * the value was.
 */
public class InvalidValueException extends IllegalArgumentException {

	private final InnerError innerError;

	public InvalidValueException(String message, InnerError innerError) {
		super(message, null);
		this.innerError = innerError;
	}

	public InnerError innerError() {
		return this.innerError;
	}

	/**
	 * The refusal as an API error, for a value read outside a JSON body (a form field).
	 * @param target the field
	 * @return the 400 {@code INVALID_DATA} with its detail
	 */
	public ApiException at(String target) {
		return ApiException.invalidData(ErrorDetail.invalidValue(target, getMessage(), this.innerError));
	}

}
