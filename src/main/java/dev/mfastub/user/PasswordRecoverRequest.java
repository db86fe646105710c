package dev.mfastub.user;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of PingOne's "Password Recover"
 * ({@code application/vnd.pingidentity.password.recover+json}).
 *
 * @param recoveryCode the eight-character code sent to the user's email, in either case
 * @param newPassword the new password, in the clear; held to the policy
 */
record PasswordRecoverRequest(@NotNull @Pattern(regexp = "^[A-Za-z0-9]{8}$") String recoveryCode,
		@NotNull @Size(max = PasswordHasher.MAX_LENGTH) String newPassword) {

	@Override
	public String toString() {
		// Never the code or the password.
		return "PasswordRecoverRequest[]";
	}

}
