package dev.mfastub.junit;

/**
 * The stub could not be started or answered a call of the library with an error; the
 * message says why, with the end of the stub's log where the stub itself failed.
 */
public class PingOneStubException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	PingOneStubException(String message) {
		super(message);
	}

	PingOneStubException(String message, Throwable cause) {
		super(message, cause);
	}

}
