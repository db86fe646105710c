package dev.mfastub.user;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import dev.mfastub.call.ApiCall;
import dev.mfastub.call.EventType;
import dev.mfastub.call.Journal;
import dev.mfastub.environment.Environment;
import dev.mfastub.environment.EnvironmentService;
import dev.mfastub.population.PopulationService;
import dev.mfastub.web.ApiException;
import dev.mfastub.web.ErrorDetail;
import dev.mfastub.web.UniqueViolations;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules for users: unique usernames per environment (ignoring case), the default
 * population, timestamps from the environment's clock, and cursor paging in id order.
 */
@Service
@Transactional(readOnly = true)
public class UserService {

	private final UserRepository users;

	private final EnvironmentService environments;

	private final Journal journal;

	private final PopulationService populations;

	private final PasswordHasher passwords;

	private final UserGroups groups;

	UserService(UserRepository users, EnvironmentService environments, Journal journal, PopulationService populations,
			PasswordHasher passwords, UserGroups groups) {
		this.users = users;
		this.environments = environments;
		this.journal = journal;
		this.populations = populations;
		this.passwords = passwords;
		this.groups = groups;
	}

	/**
	 * The user with this id in this environment.
	 * @param environmentId the environment
	 * @param userId the user
	 * @return the user
	 * @throws ApiException a 404 when either is unknown
	 */
	public User require(ApiCall call, UUID userId) {
		return find(call, userId).orElseThrow(ApiException::notFound);
	}

	/**
	 * The user with this id in this environment, if the caller's roles reach it.
	 * @param call the call
	 * @param userId the user
	 * @return the user, or none
	 */
	public Optional<User> find(ApiCall call, UUID userId) {
		// No environment, no users: none either way, without asking twice. A user of a
		// population the caller's roles do not reach is not there for it either.
		return this.users.findByEnvironmentIdAndId(call.environmentId(), userId)
			.filter((user) -> call.reaches(user.populationId()));
	}

	/**
	 * Whether the caller's roles reach a user: the check every feature that holds a user
	 * id (MFA switches, device authentications) asks here, for a caller whose roles are
	 * over populations ({@link ApiCall#reachesEveryUser()} tells, without a transaction).
	 * @param call the call
	 * @param userId the user
	 * @return {@code true} when it does, or when it reaches every user
	 */
	public boolean reaches(ApiCall call, UUID userId) {
		return call.reachesEveryUser() || find(call, userId).isPresent();
	}

	/**
	 * The user to change, locked until the transaction ends, so concurrent writes to it
	 * take turns.
	 * @param environmentId the environment
	 * @param userId the user
	 * @return the user
	 * @throws ApiException a 404 when either is unknown
	 */
	@Transactional
	public User requireForUpdate(ApiCall call, UUID userId) {
		return this.users.lockByEnvironmentIdAndId(call.environmentId(), userId)
			.filter((user) -> call.reaches(user.populationId()))
			.orElseThrow(ApiException::notFound);
	}

	/**
	 * One more wrong MFA passcode for a user locked by {@link #requireForUpdate}: at the
	 * MFA settings' failure count the account is locked for their duration, and the count
	 * starts again.
	 * @param call the call
	 * @param user the user, locked
	 * @param failureCount wrong passcodes that lock the account
	 * @param lockFor how long the lock holds
	 * @return whether the account is now locked
	 */
	@Transactional
	public boolean countMfaFailure(ApiCall call, User user, int failureCount, Duration lockFor) {
		int failures = user.mfaFailures() + 1;
		if (failures < failureCount) {
			this.users.updateMfaLockout(call.environmentId(), user.id(), failures, user.lockedAt(), user.unlockAt());
			return false;
		}
		Instant now = call.now();
		this.users.updateMfaLockout(call.environmentId(), user.id(), 0, now, now.plus(lockFor));
		this.journal.record(call, EventType.USER_ACCOUNT_LOCKED, user.id(), new AccountLock(user.unlockAt()),
				new AccountLock(now.plus(lockFor)));
		return true;
	}

	/** A passcode that was right: the count of wrong ones starts again. */
	@Transactional
	public void clearMfaFailures(ApiCall call, User user) {
		if (user.mfaFailures() != 0) {
			this.users.updateMfaLockout(call.environmentId(), user.id(), 0, user.lockedAt(), user.unlockAt());
		}
	}

	/** PingOne's "Unlock User Account": the lock ends now, with a fresh count. */
	@Transactional
	User unlock(ApiCall call, UUID userId) {
		User user = requireForUpdate(call, userId);
		Instant unlockAt = user.lockedAt(call.now()) ? call.now() : user.unlockAt();
		this.users.updateMfaLockout(call.environmentId(), userId, 0, user.lockedAt(), unlockAt);
		this.journal.record(call, EventType.USER_ACCOUNT_UNLOCKED, userId, new AccountLock(user.unlockAt()),
				new AccountLock(unlockAt));
		return require(call, userId);
	}

	/** The journal's view of an account lock: when it ends. */
	record AccountLock(Instant unlockAt) {

	}

	/**
	 * Creates a user, or imports one with its lifecycle status, verified email and
	 * password (PingOne's "Create User (Import)").
	 */
	@Transactional
	User create(ApiCall call, UUID populationId, UserProfile profile, boolean mfaEnabled, ImportedState imported) {
		UUID environmentId = call.environmentId();
		Environment environment = this.environments.require(environmentId);
		if (this.users.existsByEnvironmentIdAndUsernameKey(environmentId, User.usernameKey(profile.username()))) {
			throw usernameTaken();
		}
		UUID population = (populationId != null) ? populationId : environment.defaultPopulationId();
		if (populationId != null && !this.populations.exists(environmentId, populationId)) {
			throw populationUnknown("population.id");
		}
		requireReachable(call, population);
		User user = newUser(environmentId, UUID.randomUUID(), population, profile, new MfaState(mfaEnabled, null),
				imported, call.now());
		PasswordSetRequest password = imported.password();
		if (password != null) {
			user.setImportedPassword(this.passwords.hash(environmentId, password.value(), "password.value"),
					Boolean.TRUE.equals(password.forceChange()) ? PasswordStatus.MUST_CHANGE_PASSWORD
							: PasswordStatus.OK,
					call.now());
		}
		user = saveChecked(user);
		this.journal.record(call, EventType.USER_CREATED, user.id(), null, UserSnapshot.of(user));
		return user;
	}

	/**
	 * One page of the users a filter selects, in id order, with cursors to the pages on
	 * either side of it while there are any.
	 */
	UserPage list(ApiCall call, UserFilterGrammar.Condition filter, int limit, PageCursor cursor) {
		UUID environmentId = call.environmentId();
		this.environments.require(environmentId);
		Specification<User> matching = UserFilters.inEnvironment(environmentId);
		if (!call.reachesEveryUser()) {
			matching = matching.and(inPopulations(call.populations()));
		}
		if (filter != null) {
			// A group the call's roles cannot read is not there for it: it selects no
			// one,
			// saying nothing of who is in it.
			matching = matching.and(filter.toSpecification((group) -> {
				UserGroups.Members members = this.groups.membersOf(environmentId, group);
				return UserFilters.of(members.readableBy(call) ? members : UserGroups.Members.NONE);
			}));
		}
		long count = this.users.count(matching);
		boolean forward = (cursor == null) || cursor.forward();
		Specification<User> page = (cursor == null) ? matching
				: matching.and(forward ? idAfter(cursor.from()) : idBefore(cursor.from()));
		Sort order = forward ? Sort.by("id") : Sort.by("id").descending();
		List<User> found = this.users.findBy(page, (query) -> query.sortBy(order).limit(limit + 1).all());
		boolean more = found.size() > limit;
		List<User> users = new ArrayList<>(more ? found.subList(0, limit) : found);
		if (!forward) {
			Collections.reverse(users);
		}
		if (users.isEmpty()) {
			return new UserPage(List.of(), count, null, null);
		}
		UUID first = users.get(0).id();
		UUID last = users.get(users.size() - 1).id();
		// Travelling one way, limit + 1 tells whether more lie ahead; whether any lie
		// behind is asked only when the page did not start at the beginning.
		boolean ahead = forward ? more : this.users.exists(matching.and(idAfter(last)));
		boolean behind = forward ? (cursor != null && this.users.exists(matching.and(idBefore(first)))) : more;
		return new UserPage(List.copyOf(users), count, ahead ? PageCursor.after(last) : null,
				behind ? PageCursor.before(first) : null);
	}

	@Transactional
	User replace(ApiCall call, UUID userId, UserProfile profile) {
		return edit(call, userId, (current) -> profile);
	}

	@Transactional
	User edit(ApiCall call, UUID userId, UnaryOperator<UserProfile> change) {
		return update(call, userId, (user) -> {
			UserProfile profile = change.apply(user.profile());
			if (this.users.existsByEnvironmentIdAndUsernameKeyAndIdNot(call.environmentId(),
					User.usernameKey(profile.username()), userId)) {
				throw usernameTaken();
			}
			user.replaceProfile(profile, call.now());
		});
	}

	/**
	 * Moves a user to another population of its environment (PingOne's "Update User
	 * Population"): one the caller's roles reach, as they reach the user.
	 */
	@Transactional
	User move(ApiCall call, UUID userId, UUID populationId) {
		return update(call, userId, (user) -> {
			if (!this.populations.exists(call.environmentId(), populationId)) {
				throw populationUnknown("id");
			}
			requireReachable(call, populationId);
			user.moveTo(populationId, call.now());
			this.groups.populationChanged(call.environmentId(), userId, populationId);
		});
	}

	/**
	 * The groups a user is in, however it is in them (PingOne's
	 * {@code include=memberOfGroupIDs} and {@code memberOfGroupNames}), by name: those
	 * the caller's roles reach (a role over populations reaches their groups only).
	 * @param call the call
	 * @param user the user, as the call found it
	 * @return its groups
	 */
	public List<UserGroups.GroupName> groupsOf(ApiCall call, User user) {
		return this.groups.groupsOf(call.environmentId(), user)
			.stream()
			.filter((group) -> call.reachesEveryUser()
					|| (group.populationId() != null && call.reaches(group.populationId())))
			.toList();
	}

	/**
	 * Sets whether ID verification can be done for a user (PingOne's "Update User Verify
	 * Status").
	 */
	@Transactional
	User changeVerifyStatus(ApiCall call, UUID userId, String verifyStatus) {
		return update(call, userId, (user) -> user.changeVerifyStatus(verifyStatus, call.now()));
	}

	/**
	 * Turns a user's ability to authenticate on or off (PingOne's "Update User Enabled").
	 */
	@Transactional
	User changeEnabled(ApiCall call, UUID userId, boolean enabled) {
		return update(call, userId, (user) -> user.changeEnabled(enabled, call.now()));
	}

	/**
	 * Changes a locked user, saves it and journals the change as {@code USER_UPDATED}.
	 * @param call the call
	 * @param userId the user
	 * @param change checks and applies the change; throws to refuse it
	 * @return the saved user
	 */
	private User update(ApiCall call, UUID userId, Consumer<User> change) {
		User user = requireForUpdate(call, userId);
		UserSnapshot before = UserSnapshot.of(user);
		change.accept(user);
		User saved = saveChecked(user);
		this.journal.record(call, EventType.USER_UPDATED, userId, before, UserSnapshot.of(saved));
		return saved;
	}

	@Transactional
	void delete(ApiCall call, UUID userId) {
		User user = requireForUpdate(call, userId);
		this.users.delete(user);
		this.journal.record(call, EventType.USER_DELETED, userId, UserSnapshot.of(user), null);
	}

	private static void requireReachable(ApiCall call, UUID populationId) {
		if (!call.reaches(populationId)) {
			throw ApiException.accessFailed(HttpStatus.FORBIDDEN, new ErrorDetail("INSUFFICIENT_PERMISSIONS", null,
					"The application's roles do not reach this population.", null));
		}
	}

	/**
	 * The users an environment starts with (a seed's, a sandbox's, again at reset),
	 * already held to the rules by the environment's definition: stored in batches,
	 * without a select before each, and not journalled (making the environment is the
	 * change).
	 * @param environmentId their environment
	 * @param users the users
	 * @param now the environment's current instant
	 */
	@Transactional
	public void restore(UUID environmentId, List<Initial> users, Instant now) {
		this.users.insertAll(() -> users.stream()
			.map((user) -> newUser(environmentId, user.id(), user.populationId(), user.profile(), user.mfa(),
					ImportedState.NONE, now))
			.iterator());
	}

	/**
	 * Deletes the users of an environment that is going, all at once and unjournalled.
	 * @param environmentId the environment
	 */
	@Transactional
	public void deleteAllOf(UUID environmentId) {
		this.users.deleteAllOfEnvironment(environmentId);
	}

	/**
	 * Deletes every user of every environment, when the whole store goes back to its
	 * seed.
	 */
	@Transactional
	public void deleteAll() {
		this.users.deleteAllInBatch();
	}

	/**
	 * The one way a user is made: enabled, as PingOne makes one, or as an import says.
	 */
	private static User newUser(UUID environmentId, UUID id, UUID populationId, UserProfile profile, MfaState mfa,
			ImportedState imported, Instant now) {
		return new User(id, environmentId, populationId, profile, mfa, imported, now);
	}

	/**
	 * A user an environment starts with.
	 *
	 * @param id its id
	 * @param populationId its population
	 * @param profile its username, email and name
	 * @param mfa whether MFA is enabled, and until when it may be bypassed
	 */
	public record Initial(UUID id, UUID populationId, UserProfile profile, MfaState mfa) {

	}

	private static ApiException populationUnknown(String target) {
		return ApiException
			.invalidData(ErrorDetail.invalidValue(target, "The population does not exist in this environment."));
	}

	private User saveChecked(User user) {
		try {
			return this.users.saveAndFlush(user);
		}
		catch (DataIntegrityViolationException ex) {
			if (UniqueViolations.isUniqueViolation(ex)) {
				// Another request took the username between the check and the write.
				throw usernameTaken();
			}
			if (UniqueViolations.isForeignKeyViolation(ex)) {
				// Its population was deleted between the check and the write.
				throw populationUnknown("population.id");
			}
			throw ex;
		}
	}

	private static ApiException usernameTaken() {
		return ApiException.invalidData(new ErrorDetail("UNIQUENESS_VIOLATION", "username",
				"A user with this username already exists in the environment.", null));
	}

	private static Specification<User> inPopulations(Set<UUID> populations) {
		return (root, query, builder) -> root.get("populationId").in(populations);
	}

	private static Specification<User> idAfter(UUID id) {
		return (root, query, builder) -> builder.greaterThan(root.get("id"), id);
	}

	private static Specification<User> idBefore(UUID id) {
		return (root, query, builder) -> builder.lessThan(root.get("id"), id);
	}

	/**
	 * One page of a user list.
	 *
	 * @param users the users on this page, in id order
	 * @param count how many users match in all
	 * @param next where the next page starts, or {@code null} on the last page
	 * @param previous where the page before ends, or {@code null} on the first page
	 */
	record UserPage(List<User> users, long count, PageCursor next, PageCursor previous) {

	}

}
