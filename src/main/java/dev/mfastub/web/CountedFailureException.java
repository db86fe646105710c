package dev.mfastub.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A 400 {@code INVALID_DATA} for a wrong code (a device's passcode, a password recovery
 * code) that must stay counted: the services that throw it mark their transactions not to
 * roll back for it, so the failure it counts is stored though the call fails.
 */
public class CountedFailureException extends ApiException {

	public CountedFailureException(ErrorDetail detail) {
		super(HttpStatus.BAD_REQUEST, "INVALID_DATA", PREFIX + "One or more validation errors were in the request.",
				List.of(detail), null);
	}

}
