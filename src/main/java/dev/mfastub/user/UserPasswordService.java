package dev.mfastub.user;

import java.util.Map;
import java.util.UUID;

import dev.mfastub.call.ApiCall;
import dev.mfastub.call.EventType;
import dev.mfastub.call.Journal;
import dev.mfastub.outbox.OutboxService;
import dev.mfastub.web.ApiException;
import dev.mfastub.web.CountedFailureException;
import dev.mfastub.web.ErrorDetail;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users' passwords, held to the environment's default password policy
 * ({@link PasswordHasher}) and stored only as hashes. A password reaches neither the
 * journal nor a log: the journal records the status alone.
 */
@Service
@Transactional(readOnly = true)
class UserPasswordService {

	private final UserService users;

	private final UserRepository repository;

	private final PasswordHasher hasher;

	private final Journal journal;

	private final OutboxService outbox;

	UserPasswordService(UserService users, UserRepository repository, PasswordHasher hasher, Journal journal,
			OutboxService outbox) {
		this.users = users;
		this.repository = repository;
		this.hasher = hasher;
		this.journal = journal;
		this.outbox = outbox;
	}

	PasswordState state(ApiCall call, UUID userId) {
		return stateOf(call, this.users.require(call, userId));
	}

	@Transactional
	PasswordState set(ApiCall call, UUID userId, PasswordSetRequest request) {
		User user = this.users.requireForUpdate(call, userId);
		PasswordStatus status = Boolean.TRUE.equals(request.forceChange()) ? PasswordStatus.MUST_CHANGE_PASSWORD
				: PasswordStatus.OK;
		return store(call, user, this.hasher.hash(call.environmentId(), request.value(), "value"), status,
				EventType.USER_PASSWORD_SET);
	}

	/**
	 * PingOne's "Update Password": the user's own change when the request holds the
	 * current password (checked, and the new one held to the policy; status {@code OK}),
	 * an administrator's otherwise (not held to the policy; status
	 * {@code MUST_CHANGE_PASSWORD}).
	 */
	@Transactional
	PasswordState update(ApiCall call, UUID userId, PasswordResetRequest request) {
		User user = this.users.requireForUpdate(call, userId);
		if (!request.self()) {
			return store(call, user, this.hasher.hashUnchecked(request.newPassword(), "newPassword"),
					PasswordStatus.MUST_CHANGE_PASSWORD, EventType.USER_PASSWORD_UPDATED);
		}
		requireMatch(user, request.currentPassword(), "currentPassword");
		return store(call, user, this.hasher.hash(call.environmentId(), request.newPassword(), "newPassword"),
				PasswordStatus.OK, EventType.USER_PASSWORD_UPDATED);
	}

	/**
	 * PingOne's "Password Check": the password state when the password matches; a 400
	 * when it does not, or when the user has none.
	 */
	PasswordState check(ApiCall call, UUID userId, PasswordCheckRequest request) {
		User user = this.users.require(call, userId);
		requireMatch(user, request.password(), "password");
		return stateOf(call, user);
	}

	/**
	 * PingOne's "Password Resend Recovery Code": an eight-character code to the user's
	 * email (here, the outbox), good for five minutes; any earlier one is void.
	 */
	@Transactional
	void sendRecoveryCode(ApiCall call, UUID userId) {
		User user = this.users.requireForUpdate(call, userId);
		if (!user.enabled()) {
			throw ApiException.invalidData(ErrorDetail.invalidValue("enabled", "The user is disabled."));
		}
		if (user.passwordHash() == null || PasswordStatus.PASSWORD_LOCKED_OUT.name().equals(user.passwordStatus())) {
			throw ApiException.invalidData(ErrorDetail.invalidValue("status",
					"The password is " + user.passwordStatus() + ": it cannot be recovered."));
		}
		if (user.profile().email() == null) {
			throw ApiException.invalidData(ErrorDetail.requiredValue("email"));
		}
		String code = RecoveryCodes.newCode();
		this.repository.updateRecovery(call.environmentId(), userId, RecoveryCodes.hash(code),
				call.now().plus(RecoveryCodes.LIFETIME), 0, user.passwordStatus());
		this.outbox.send(call, "EMAIL", user.profile().email(), userId, null, code, OutboxService.RECOVERY);
	}

	/**
	 * PingOne's "Password Recover": the code sent, and a new password held to the policy;
	 * status {@code OK}. Five wrong codes lock the password out. A wrong code is counted
	 * even though the call fails.
	 */
	@Transactional(noRollbackFor = CountedFailureException.class)
	PasswordState recover(ApiCall call, UUID userId, PasswordRecoverRequest request) {
		User user = this.users.requireForUpdate(call, userId);
		if (PasswordStatus.PASSWORD_LOCKED_OUT.name().equals(user.passwordStatus())) {
			throw ApiException
				.invalidData(ErrorDetail.invalidValue("recoveryCode", "Maximum password recovery failures exceeded."));
		}
		if (user.recoveryCodeHash() == null || !call.now().isBefore(user.recoveryExpiresAt())) {
			throw ApiException.invalidData(ErrorDetail.invalidValue("recoveryCode",
					"No recovery code is waiting, or it has expired: send a new one."));
		}
		if (!RecoveryCodes.matches(request.recoveryCode(), user.recoveryCodeHash())) {
			int failures = user.recoveryFailures() + 1;
			boolean lockedOut = failures >= RecoveryCodes.MAX_FAILURES;
			String status = lockedOut ? PasswordStatus.PASSWORD_LOCKED_OUT.name() : user.passwordStatus();
			this.repository.updateRecovery(call.environmentId(), userId, lockedOut ? null : user.recoveryCodeHash(),
					lockedOut ? null : user.recoveryExpiresAt(), failures, status);
			if (lockedOut) {
				this.journal.record(call, EventType.USER_PASSWORD_UPDATED, userId,
						Map.of("status", user.passwordStatus()), Map.of("status", status));
			}
			throw new CountedFailureException(ErrorDetail.invalidValue("recoveryCode",
					lockedOut ? "Maximum password recovery failures exceeded." : "The recovery code is not valid."));
		}
		return store(call, user, this.hasher.hash(call.environmentId(), request.newPassword(), "newPassword"),
				PasswordStatus.OK, EventType.USER_PASSWORD_UPDATED);
	}

	private void requireMatch(User user, String password, String target) {
		if (PasswordStatus.PASSWORD_LOCKED_OUT.name().equals(user.passwordStatus())) {
			throw ApiException.invalidData(ErrorDetail.invalidValue(target,
					"The password is locked out: an administrator must set a new one."));
		}
		if (user.passwordHash() == null) {
			throw ApiException.invalidData(ErrorDetail.invalidValue(target, "The user has no password."));
		}
		if (!this.hasher.matches(password, user.passwordHash())) {
			throw ApiException
				.invalidData(ErrorDetail.invalidValue(target, "The password does not match the user's password."));
		}
	}

	private PasswordState store(ApiCall call, User user, String hash, PasswordStatus status, EventType type) {
		String before = user.passwordStatus();
		this.repository.updatePassword(call.environmentId(), user.id(), hash, status.name(), call.now());
		this.journal.record(call, type, user.id(), Map.of("status", before), Map.of("status", status.name()));
		return stateOf(call, this.users.require(call, user.id()));
	}

	private PasswordState stateOf(ApiCall call, User user) {
		return new PasswordState(user, this.hasher.policyOf(call.environmentId()));
	}

	/**
	 * A user's password state with the password policy that applies to it.
	 *
	 * @param user the user
	 * @param policyId the environment's default password policy
	 */
	record PasswordState(User user, UUID policyId) {

	}

}
