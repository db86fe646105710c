package dev.mfastub.user;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of PingOne's "Password Check"
 * ({@code application/vnd.pingidentity.password.check+json}).
 *
 * @param password the password to compare with the user's, in the clear
 */
record PasswordCheckRequest(@NotNull @Size(max = PasswordHasher.MAX_LENGTH) String password) {

	@Override
	public String toString() {
		// Never the password: not in a log, an error or a debugger's summary.
		return "PasswordCheckRequest[]";
	}

}
