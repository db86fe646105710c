package dev.mfastub.user;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of PingOne's "Update Password"
 * ({@code application/vnd.pingidentity.password.reset+json}): with
 * {@code currentPassword} the user's own change ("Self"), without it an administrator's
 * ("Admin").
 *
 * @param currentPassword the password the user has now, in the clear; absent for an
 * administrator's change
 * @param newPassword the new password, in the clear
 */
record PasswordResetRequest(@Size(max = PasswordHasher.MAX_LENGTH) String currentPassword,
		@NotNull @Size(min = 1, max = PasswordHasher.MAX_LENGTH) String newPassword) {

	boolean self() {
		return this.currentPassword != null;
	}

	@Override
	public String toString() {
		// Never a password: not in a log, an error or a debugger's summary.
		return "PasswordResetRequest[self=" + self() + "]";
	}

}
