package dev.mfastub.user;

import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.mfastub.user.UserRequest.NameBody;

/**
 * The body of PATCH user. A property that is absent is left alone (its field stays
 * {@code null}); one sent as JSON {@code null} is removed ({@code Optional.empty()}).
 * {@code mfaEnabled} is ignored, as PingOne does.
 *
 * <p>
 * A class with setters rather than a record: Jackson calls a setter only for a property
 * that is present, which is exactly the absent-versus-null distinction PATCH needs, while
 * a record's constructor sees both as the same.
 */
final class UserPatchRequest {

	private Optional<@Size(min = 1, max = 128) @Pattern(regexp = UserRequest.TEXT_PATTERN) String> username;

	private Optional<@Email @Size(max = 256) String> email;

	private Optional<@Valid NameBody> name;

	public void setUsername(String username) {
		this.username = Optional.ofNullable(username);
	}

	public void setEmail(String email) {
		this.email = Optional.ofNullable(email);
	}

	public void setName(NameBody name) {
		this.name = Optional.ofNullable(name);
	}

	/**
	 * The profile after this patch.
	 * @param current the profile before it
	 * @return the patched profile
	 */
	UserProfile applyTo(UserProfile current) {
		String newUsername = (this.username != null) ? this.username.orElse(null) : current.username();
		String newEmail = (this.email != null) ? this.email.orElse(null) : current.email();
		UserProfile.PersonName newName = (this.name != null) ? this.name.map(NameBody::toName).orElse(null)
				: current.name();
		return new UserProfile(newUsername, newEmail, newName);
	}

	/** Whether the patch tries to remove the username, which every user must have. */
	boolean removesUsername() {
		return this.username != null && this.username.isEmpty();
	}

}
