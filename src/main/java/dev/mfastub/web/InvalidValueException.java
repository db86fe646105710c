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

}
