package dev.mfastub.user;

import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.mfastub.environment.ApiCall;
import dev.mfastub.environment.EventType;
import dev.mfastub.environment.Journal;
import dev.mfastub.web.ApiException;
import dev.mfastub.web.ErrorDetail;

/**
 * Users' passwords, held to the rules of {@link PasswordPolicy} and stored only as
 * hashes. A password reaches neither the journal nor a log: the journal records the
 * status alone.
 */
@Service
@Transactional(readOnly = true)
class UserPasswords {

	private final UserService users;

	private final UserRepository repository;

	private final PasswordPolicy policy;

	private final Journal journal;

	UserPasswords(UserService users, UserRepository repository, PasswordPolicy policy, Journal journal) {
		this.users = users;
		this.repository = repository;
		this.policy = policy;
		this.journal = journal;
	}

	User state(ApiCall call, UUID userId) {
		return this.users.require(call, userId);
	}

	@Transactional
	User set(ApiCall call, UUID userId, PasswordSetRequest request) {
		User user = this.users.requireForUpdate(call, userId);
		PasswordStatus status = Boolean.TRUE.equals(request.forceChange()) ? PasswordStatus.MUST_CHANGE_PASSWORD
				: PasswordStatus.OK;
		return store(call, user, this.policy.hash(request.value(), "value"), status, EventType.USER_PASSWORD_SET);
	}

	/**
	 * PingOne's "Update Password": the user's own change when the request holds the
	 * current password (checked, and the new one held to the policy; status {@code OK}),
	 * an administrator's otherwise (not held to the policy; status
	 * {@code MUST_CHANGE_PASSWORD}).
	 */
	@Transactional
	User update(ApiCall call, UUID userId, PasswordResetRequest request) {
		User user = this.users.requireForUpdate(call, userId);
		if (!request.self()) {
			return store(call, user, this.policy.hashUnchecked(request.newPassword(), "newPassword"),
					PasswordStatus.MUST_CHANGE_PASSWORD, EventType.USER_PASSWORD_UPDATED);
		}
		requireMatch(user, request.currentPassword(), "currentPassword");
		return store(call, user, this.policy.hash(request.newPassword(), "newPassword"), PasswordStatus.OK,
				EventType.USER_PASSWORD_UPDATED);
	}

	/**
	 * PingOne's "Password Check": the password state when the password matches; a 400
	 * when it does not, or when the user has none.
	 */
	User check(ApiCall call, UUID userId, PasswordCheckRequest request) {
		User user = this.users.require(call, userId);
		requireMatch(user, request.password(), "password");
		return user;
	}

	private void requireMatch(User user, String password, String target) {
		if (user.passwordHash() == null) {
			throw ApiException.invalidData(ErrorDetail.invalidValue(target, "The user has no password."));
		}
		if (!this.policy.matches(password, user.passwordHash())) {
			throw ApiException
				.invalidData(ErrorDetail.invalidValue(target, "The password does not match the user's password."));
		}
	}

	private User store(ApiCall call, User user, String hash, PasswordStatus status, EventType type) {
		String before = user.passwordStatus();
		this.repository.updatePassword(call.environmentId(), user.id(), hash, status.name(), call.now());
		this.journal.record(call, type, user.id(), Map.of("status", before), Map.of("status", status.name()));
		return this.users.require(call, user.id());
	}

}
