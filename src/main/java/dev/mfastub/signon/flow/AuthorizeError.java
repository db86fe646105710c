package dev.mfastub.signon.flow;

/**
 * An authorize request refused with one of RFC 6749's errors (section 4.1.2.1), once its
 * client and redirect URI are known to be good: it is answered by a redirect to that
 * registered URI with {@code error}, {@code error_description} and {@code state}, or, for
 * {@code response_mode=pi.flow}, in PingOne's error body. A request whose client or
 * redirect URI is wrong is never redirected: it is an {@code ApiException}.
 */
final class AuthorizeError extends RuntimeException {

	private final String error;

	private final String parameter;

	private final String redirectUri;

	private final String state;

	private final boolean redirectless;

	AuthorizeError(String error, String parameter, String description, String redirectUri, String state,
			boolean redirectless) {
		super(description, null, false, false);
		this.error = error;
		this.parameter = parameter;
		this.redirectUri = redirectUri;
		this.state = state;
		this.redirectless = redirectless;
	}

	/** RFC 6749's error code, such as {@code invalid_scope}. */
	String error() {
		return this.error;
	}

	/** The parameter at fault. */
	String parameter() {
		return this.parameter;
	}

	/** The registered redirect URI to send the error to, or {@code null}. */
	String redirectUri() {
		return this.redirectUri;
	}

	String state() {
		return this.state;
	}

	boolean redirectless() {
		return this.redirectless;
	}

}
