package dev.mfastub.hostile;

/**
 * What a hostile request is aimed at, known only once the test's sandbox exists: the
 * sandbox, its user, and its worker app with a valid token, so that requests reach the
 * code that reads paths and bodies instead of stopping at a 401.
 *
 * @param environment the sandbox's environment id
 * @param user a user of the sandbox (PingOne's documentation id)
 * @param token a valid token of the sandbox's Identity Admin app
 * @param clientId that app's client id
 * @param clientSecret that app's secret
 */
record Target(String environment, String user, String token, String clientId, String clientSecret) {

	/** A path template with {@code {env}} and {@code {user}} filled in. */
	String path(String template) {
		return template.replace("{env}", this.environment).replace("{user}", this.user);
	}

}
