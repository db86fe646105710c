package dev.mfastub.user;

import java.util.List;

import org.springframework.http.HttpStatus;

import dev.mfastub.web.ApiException;
import dev.mfastub.web.ErrorDetail;

/**
 * A wrong recovery code. Unlike other refusals it does not undo the transaction: the
 * failure it counts must stay counted.
 */
class RecoveryRefusedException extends ApiException {

	RecoveryRefusedException(ErrorDetail detail) {
		super(HttpStatus.BAD_REQUEST, "INVALID_DATA",
				"The request could not be completed. One or more validation errors were in the request.",
				List.of(detail), null);
	}

}
