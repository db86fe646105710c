package dev.mfastub.user;

import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.mfastub.environment.ApiCall;
import dev.mfastub.environment.EventType;
import dev.mfastub.environment.Journal;

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
		String before = user.passwordStatus();
		this.repository.updatePassword(call.environmentId(), userId, this.policy.hash(request.value(), "value"),
				status.name(), call.now());
		this.journal.record(call, EventType.USER_PASSWORD_SET, userId, Map.of("status", before),
				Map.of("status", status.name()));
		return this.users.require(call, userId);
	}

}
