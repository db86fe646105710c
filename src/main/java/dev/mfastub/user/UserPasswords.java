package dev.mfastub.user;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.mfastub.environment.ApiCall;
import dev.mfastub.environment.EventType;
import dev.mfastub.environment.Journal;
import dev.mfastub.web.ApiException;
import dev.mfastub.web.ErrorDetail;

/**
 * Users' passwords, held to the rules of PingOne's default ("Standard") password policy
 * and stored only as hashes. A password reaches neither the journal nor a log: the
 * journal records the status alone.
 */
@Service
@Transactional(readOnly = true)
class UserPasswords {

	/** The shortest password PingOne's standard policy allows. */
	static final int MIN_LENGTH = 8;

	/** The longest password PingOne's standard policy allows. */
	static final int MAX_LENGTH = 255;

	private final UserService users;

	private final UserRepository repository;

	private final PasswordEncoder encoder;

	private final Journal journal;

	UserPasswords(UserService users, UserRepository repository, PasswordEncoder encoder, Journal journal) {
		this.users = users;
		this.repository = repository;
		this.encoder = encoder;
		this.journal = journal;
	}

	/**
	 * The id of an environment's one password policy: PingOne's answers name it, and the
	 * stub has no policies of its own to manage, so it follows from the environment.
	 * @param environmentId the environment
	 * @return the policy's id
	 */
	static UUID policyOf(UUID environmentId) {
		return UUID.nameUUIDFromBytes(("password policy:" + environmentId).getBytes(StandardCharsets.UTF_8));
	}

	User state(ApiCall call, UUID userId) {
		return this.users.require(call, userId);
	}

	@Transactional
	User set(ApiCall call, UUID userId, PasswordSetRequest request) {
		User user = this.users.requireForUpdate(call, userId);
		requireStandardPolicy(request.value());
		PasswordStatus status = Boolean.TRUE.equals(request.forceChange()) ? PasswordStatus.MUST_CHANGE_PASSWORD
				: PasswordStatus.OK;
		String before = user.passwordStatus();
		this.repository.updatePassword(call.environmentId(), userId, this.encoder.encode(request.value()),
				status.name(), call.now());
		this.journal.record(call, EventType.USER_PASSWORD_SET, userId, Map.of("status", before),
				Map.of("status", status.name()));
		return this.users.require(call, userId);
	}

	/**
	 * PingOne's standard policy: 8 to 255 characters, with an upper-case letter, a
	 * lower-case letter, a digit and a character of none of those.
	 */
	private static void requireStandardPolicy(String password) {
		int length = password.codePointCount(0, password.length());
		boolean upper = password.codePoints().anyMatch(Character::isUpperCase);
		boolean lower = password.codePoints().anyMatch(Character::isLowerCase);
		boolean digit = password.codePoints().anyMatch(Character::isDigit);
		boolean special = password.codePoints().anyMatch((c) -> !Character.isLetterOrDigit(c));
		boolean control = password.codePoints().anyMatch(Character::isISOControl);
		if (length < MIN_LENGTH || !upper || !lower || !digit || !special || control) {
			throw ApiException.invalidData(ErrorDetail.invalidValue("value",
					"User password did not satisfy password policy requirements: 8 to 255 characters, with an "
							+ "upper-case letter, a lower-case letter, a digit and a special character, and no "
							+ "control characters."));
		}
	}

}
