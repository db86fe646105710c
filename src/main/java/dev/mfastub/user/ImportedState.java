package dev.mfastub.user;

/**
 * What PingOne's user import sets that a create does not: the account's lifecycle status,
 * whether the email is already verified, and a password.
 *
 * @param lifecycleStatus {@code ACCOUNT_OK} or {@code VERIFICATION_REQUIRED}
 * @param emailVerified whether the email is verified
 * @param password the password to set, or {@code null}
 */
record ImportedState(String lifecycleStatus, boolean emailVerified, PasswordSetRequest password) {

	/** A user created, not imported. */
	static final ImportedState NONE = new ImportedState(User.LIFECYCLE_ACCOUNT_OK, false, null);

	/** Whether the user must verify its account, which PingOne asks for by email. */
	boolean verificationRequired() {
		return "VERIFICATION_REQUIRED".equals(this.lifecycleStatus);
	}

}
