package dev.mfastub.user;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of PingOne's "Set password"
 * ({@code application/vnd.pingidentity.password.set+json}).
 *
 * @param value the new password, in the clear; checked against the environment's password
 * policy, then hashed
 * @param forceChange {@code true} makes the user change it at the next sign-on;
 * {@code false} when absent
 */
record PasswordSetRequest(@NotNull @Size(max = PasswordHasher.MAX_LENGTH) String value, Boolean forceChange) {

	@Override
	public String toString() {
		// Never the value: not in a log, an error or a debugger's summary.
		return "PasswordSetRequest[forceChange=" + this.forceChange + "]";
	}

}
