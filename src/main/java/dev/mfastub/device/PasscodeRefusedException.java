package dev.mfastub.device;

import dev.mfastub.web.ApiException;
import dev.mfastub.web.ErrorDetail;

/**
 * A wrong, expired or used-up passcode. Unlike other refusals it does not undo the
 * transaction: the failure it counts must stay counted.
 */
class PasscodeRefusedException extends ApiException {

	PasscodeRefusedException(ErrorDetail detail) {
		super(org.springframework.http.HttpStatus.BAD_REQUEST, "INVALID_DATA",
				"The request could not be completed. One or more validation errors were in the request.",
				java.util.List.of(detail), null);
	}

}
