package dev.mfastub.user;

import java.time.Instant;
import java.util.Map;

import dev.mfastub.call.ApiCall;
import dev.mfastub.call.EventType;
import dev.mfastub.call.Journal;
import dev.mfastub.password.PasswordPolicyService;
import dev.mfastub.web.ApiException;
import dev.mfastub.web.CountedFailureException;
import dev.mfastub.web.ErrorDetail;
import dev.mfastub.web.ErrorDetail.InnerError;
import dev.mfastub.web.PingInstants;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A username and password checked at sign-on (the Flow API's
 * {@code usernamePassword.check}), with PingOne's password lockout: the environment's
 * default password policy's {@code lockout} counts wrong passwords and locks the password
 * for its duration. The same hashes as "Password Check"; neither the password nor its
 * hash reaches the journal.
 */
@Service
@Transactional(readOnly = true)
public class PasswordSignOn {

	/** PingOne's message for a wrong username or password. */
	static final String NO_MATCH = "The provided password did not match provided user";

	private final UserRepository users;

	private final PasswordHasher hasher;

	private final PasswordPolicyService policies;

	private final Journal journal;

	PasswordSignOn(UserRepository users, PasswordHasher hasher, PasswordPolicyService policies, Journal journal) {
		this.users = users;
		this.hasher = hasher;
		this.policies = policies;
		this.journal = journal;
	}

	/**
	 * The user whose username and password these are. A wrong password is counted even
	 * though the call fails; at the policy's count the password is locked.
	 * @param call the call
	 * @param username the username, compared as uniqueness compares it
	 * @param password the password, in the clear
	 * @return the user, enabled, its password right and not locked
	 * @throws ApiException a 400 when the user is unknown, disabled, locked, or has no
	 * usable password
	 * @throws CountedFailureException a 400 when the password is wrong
	 */
	@Transactional(noRollbackFor = CountedFailureException.class)
	public User check(ApiCall call, String username, String password) {
		Instant now = call.now();
		User user = this.users.lockByEnvironmentIdAndUsernameKey(call.environmentId(), User.usernameKey(username))
			.orElseThrow(() -> ApiException.invalidData(ErrorDetail.invalidValue("password", NO_MATCH)));
		if (user.passwordLockedUntil() != null && user.passwordLockedUntil().isAfter(now)) {
			throw ApiException.invalidData(lockedOut(user.passwordLockedUntil()));
		}
		if (PasswordStatus.PASSWORD_LOCKED_OUT.name().equals(user.passwordStatus()) || user.passwordHash() == null) {
			throw ApiException.invalidData(ErrorDetail.invalidValue("password",
					"The user's password is " + user.passwordStatus() + ": it cannot be used to sign on."));
		}
		if (!this.hasher.matches(password, user.passwordHash())) {
			throw refuse(call, user);
		}
		if (user.passwordFailures() != 0) {
			this.users.updatePasswordLockout(call.environmentId(), user.id(), 0, user.passwordLockedUntil());
		}
		if (!user.enabled()) {
			throw ApiException.invalidData(ErrorDetail.invalidValue("username", "The user is disabled."));
		}
		if (user.lockedAt(now)) {
			throw ApiException.invalidData(new ErrorDetail("ACCOUNT_LOCKED", "username",
					"The user's account is locked until " + PingInstants.format(user.unlockAt()) + ".", null));
		}
		return user;
	}

	private ApiException refuse(ApiCall call, User user) {
		var lockout = this.policies.defaultLockout(call.environmentId());
		int failures = user.passwordFailures() + 1;
		if (lockout.isEmpty()) {
			this.users.updatePasswordLockout(call.environmentId(), user.id(), failures, user.passwordLockedUntil());
			return new CountedFailureException(ErrorDetail.invalidValue("password", NO_MATCH));
		}
		int remaining = lockout.get().failureCount() - failures;
		if (remaining > 0) {
			this.users.updatePasswordLockout(call.environmentId(), user.id(), failures, user.passwordLockedUntil());
			return new CountedFailureException(
					new ErrorDetail("INVALID_VALUE", "password", NO_MATCH, InnerError.failuresRemaining(remaining)));
		}
		Instant until = call.now().plus(lockout.get().duration());
		this.users.updatePasswordLockout(call.environmentId(), user.id(), 0, until);
		this.journal.record(call, EventType.PASSWORD_LOCKED_OUT, user.id(),
				Map.of("lockedUntil", String.valueOf(user.passwordLockedUntil())),
				Map.of("lockedUntil", PingInstants.format(until)));
		return new CountedFailureException(lockedOut(until));
	}

	/** The refusal of a locked password, the one that locks it and every one after. */
	private static ErrorDetail lockedOut(Instant until) {
		return new ErrorDetail("PASSWORD_LOCKED_OUT", "password",
				"Too many wrong passwords: the password is locked until " + PingInstants.format(until) + ".", null);
	}

}
