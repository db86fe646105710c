package dev.mfastub.user;

/**
 * The password statuses the stub gives, of PingOne's {@code status} values.
 */
enum PasswordStatus {

	/** No password was ever set. */
	NO_PASSWORD,

	/** Set, and good to use. */
	OK,

	/** Set with {@code forceChange}: the user must change it at the next sign-on. */
	MUST_CHANGE_PASSWORD,

	/**
	 * Too many wrong recovery codes: it cannot be checked or recovered until an
	 * administrator sets a new one.
	 */
	PASSWORD_LOCKED_OUT

}
