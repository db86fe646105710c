package dev.mfastub.web;

import java.io.IOException;

/**
 * Thrown by the size-limited request body once it has read past the limit. An
 * {@link IOException} so that it travels through message converters like any other read
 * failure; the error path finds it in the cause chain.
 */
class PayloadTooLargeException extends IOException {

	PayloadTooLargeException(long limit) {
		super("Request body exceeds " + limit + " bytes");
	}

}
