package dev.mfastub.user;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.mfastub.password.PasswordPolicyService;
import dev.mfastub.password.PasswordRules;
import dev.mfastub.web.ApiException;
import dev.mfastub.web.ErrorDetail;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Holds a password to the environment's default password policy (its rules that need
 * nothing but the password, {@link PasswordRules}) and makes the hash it is kept as. Set,
 * update, recover and import all pass through here.
 */
@Component
class PasswordHasher {

	/** The longest password a request may hold: PingOne's default maximum length. */
	static final int MAX_LENGTH = 255;

	/**
	 * How PingOne marks a pre-encoded password: its scheme in braces, such as {SSHA512}.
	 */
	private static final Pattern PRE_ENCODED = Pattern.compile("^\\{[A-Za-z0-9_-]+\\}");

	private static final String REFUSED = "User password did not satisfy password policy requirements";

	private final PasswordEncoder encoder;

	private final PasswordPolicyService policies;

	PasswordHasher(PasswordEncoder encoder, PasswordPolicyService policies) {
		this.encoder = encoder;
		this.policies = policies;
	}

	/**
	 * The id of the password policy that applies to an environment's users: its default.
	 * @param environmentId the environment
	 * @return the policy's id
	 */
	UUID policyOf(UUID environmentId) {
		return this.policies.defaultRules(environmentId).policyId();
	}

	/**
	 * The hash to store for a password the environment's default policy allows.
	 * @param environmentId the environment
	 * @param password the password, in the clear
	 * @param target where the request held it, for the error detail
	 * @return its hash
	 * @throws ApiException a 400 on {@code target} when the policy refuses it
	 */
	String hash(UUID environmentId, String password, String target) {
		List<String> unmet = this.policies.defaultRules(environmentId).unmet(password);
		if (!unmet.isEmpty()) {
			throw ApiException
				.invalidData(ErrorDetail.invalidValue(target, REFUSED + ": " + String.join(", ", unmet) + "."));
		}
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

}
