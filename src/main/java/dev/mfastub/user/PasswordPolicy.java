package dev.mfastub.user;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.mfastub.web.ApiException;
import dev.mfastub.web.ErrorDetail;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * PingOne's default ("Standard") password policy, the one every environment of the stub
 * has, and the hash a password is kept as. Set and import both pass through here.
 */
@Component
class PasswordPolicy {

	/** The shortest password PingOne's standard policy allows. */
	static final int MIN_LENGTH = 8;

	/** The longest password PingOne's standard policy allows. */
	static final int MAX_LENGTH = 255;

	/**
	 * How PingOne marks a pre-encoded password: its scheme in braces, such as {SSHA512}.
	 */
	private static final Pattern PRE_ENCODED = Pattern.compile("^\\{[A-Za-z0-9_-]+\\}");

	private final PasswordEncoder encoder;

	PasswordPolicy(PasswordEncoder encoder) {
		this.encoder = encoder;
	}

	/**
	 * The id of an environment's one password policy: PingOne's answers name it, and the
	 * stub has no policies of its own to manage, so it follows from the environment.
	 * @param environmentId the environment
	 * @return the policy's id
	 */
	static UUID idOf(UUID environmentId) {
		return UUID.nameUUIDFromBytes(("password policy:" + environmentId).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The hash to store for a password the policy allows.
	 * @param password the password, in the clear
	 * @param target where the request held it, for the error detail
	 * @return its hash
	 * @throws ApiException a 400 on {@code target} when the policy refuses it
	 */
	String hash(String password, String target) {
		requireStandardPolicy(password, target);
		return hashUnchecked(password, target);
	}

	/**
	 * The hash to store for a password an administrator sets with "Update Password
	 * (Admin)", which PingOne does not hold to the policy: the user must change it at the
	 * next sign-on.
	 * @param password the password, in the clear
	 * @param target where the request held it, for the error detail
	 * @return its hash
	 * @throws ApiException a 400 on {@code target} for a pre-encoded value or a control
	 * character
	 */
	String hashUnchecked(String password, String target) {
		if (PRE_ENCODED.matcher(password).find()) {
			throw ApiException.invalidData(ErrorDetail.invalidValue(target,
					"The stub does not accept pre-encoded passwords; send the value in cleartext."));
		}
		if (password.codePoints().anyMatch(Character::isISOControl)) {
			throw ApiException
				.invalidData(ErrorDetail.invalidValue(target, "A password cannot hold control characters."));
		}
		return this.encoder.encode(password);
	}

	/**
	 * Whether a password is the one a hash was made from.
	 * @param password the password, in the clear
	 * @param hash the stored hash; {@code null} matches nothing
	 * @return {@code true} when they match
	 */
	boolean matches(String password, String hash) {
		return hash != null && this.encoder.matches(password, hash);
	}

	/**
	 * PingOne's standard policy: 8 to 255 characters, with an upper-case letter, a
	 * lower-case letter, a digit and a character of none of those.
	 */
	private static void requireStandardPolicy(String password, String target) {
		int length = password.codePointCount(0, password.length());
		boolean upper = password.codePoints().anyMatch(Character::isUpperCase);
		boolean lower = password.codePoints().anyMatch(Character::isLowerCase);
		boolean digit = password.codePoints().anyMatch(Character::isDigit);
		boolean special = password.codePoints().anyMatch((c) -> !Character.isLetterOrDigit(c));
		boolean control = password.codePoints().anyMatch(Character::isISOControl);
		if (length < MIN_LENGTH || !upper || !lower || !digit || !special || control) {
			throw ApiException.invalidData(ErrorDetail.invalidValue(target,
					"User password did not satisfy password policy requirements: 8 to 255 characters, with an "
							+ "upper-case letter, a lower-case letter, a digit and a special character, and no "
							+ "control characters."));
		}
	}

}
