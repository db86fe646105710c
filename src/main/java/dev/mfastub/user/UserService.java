package dev.mfastub.user;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import dev.mfastub.environment.ApiCall;
import dev.mfastub.environment.Environment;
import dev.mfastub.environment.Environments;
import dev.mfastub.environment.EventType;
import dev.mfastub.environment.Journal;
import dev.mfastub.population.Populations;
import dev.mfastub.web.ApiException;
import dev.mfastub.web.ErrorDetail;
import dev.mfastub.web.UniqueViolations;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
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

	private final Environments environments;

	private final Journal journal;

	private final Populations populations;

	UserService(UserRepository users, Environments environments, Journal journal, Populations populations) {
		this.users = users;
		this.environments = environments;
		this.journal = journal;
		this.populations = populations;
	}

	/**
	 * The user with this id in this environment.
	 * @param environmentId the environment
	 * @param userId the user
	 * @return the user
	 * @throws ApiException a 404 when either is unknown
	 */
	public User require(ApiCall call, UUID userId) {
		// No environment, no users: the one 404 either way, without asking twice. A user
		// of a population the caller's roles do not reach is not there for it either.
		return this.users.findByEnvironmentIdAndId(call.environmentId(), userId)
			.filter((user) -> call.reaches(user.populationId()))
			.orElseThrow(ApiException::notFound);
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

	@Transactional
	User create(ApiCall call, UUID populationId, UserProfile profile, boolean mfaEnabled) {
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
		User user = saveChecked(new User(UUID.randomUUID(), environmentId, population, profile,
				new MfaState(mfaEnabled, null), call.now()));
		this.journal.record(call, EventType.USER_CREATED, user.id(), null, UserSnapshot.of(user));
		return user;
	}

	UserPage list(ApiCall call, UserFilter.Condition filter, int limit, UUID after) {
		UUID environmentId = call.environmentId();
		this.environments.require(environmentId);
		Specification<User> matching = inEnvironment(environmentId);
		if (call.populations() != null) {
			matching = matching.and(inPopulations(call.populations()));
		}
		if (filter != null) {
			matching = matching.and(filter.toSpecification());
		}
		long count = this.users.count(matching);
		Specification<User> page = (after != null) ? matching.and(idAfter(after)) : matching;
		List<User> found = this.users.findBy(page, (query) -> query.sortBy(Sort.by("id")).limit(limit + 1).all());
		boolean more = found.size() > limit;
		List<User> users = more ? found.subList(0, limit) : found;
		UUID next = more ? users.get(users.size() - 1).id() : null;
		return new UserPage(List.copyOf(users), count, next);
	}

	@Transactional
	User replace(ApiCall call, UUID userId, UserProfile profile) {
		return edit(call, userId, (current) -> profile);
	}

	@Transactional
	User edit(ApiCall call, UUID userId, UnaryOperator<UserProfile> change) {
		UUID environmentId = call.environmentId();
		User user = requireForUpdate(call, userId);
		UserProfile profile = change.apply(user.profile());
		if (this.users.existsByEnvironmentIdAndUsernameKeyAndIdNot(environmentId, User.usernameKey(profile.username()),
				userId)) {
			throw usernameTaken();
		}
		UserSnapshot before = UserSnapshot.of(user);
		user.replaceProfile(profile, call.now());
		User saved = saveChecked(user);
		this.journal.record(call, EventType.USER_UPDATED, userId, before, UserSnapshot.of(saved));
		return saved;
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
		});
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

	private static Specification<User> inEnvironment(UUID environmentId) {
		return (root, query, builder) -> builder.equal(root.get("environmentId"), environmentId);
	}

	private static Specification<User> inPopulations(Set<UUID> populations) {
		return (root, query, builder) -> root.get("populationId").in(populations);
	}

	private static Specification<User> idAfter(UUID id) {
		return (root, query, builder) -> builder.greaterThan(root.get("id"), id);
	}

	/**
	 * One page of a user list.
	 *
	 * @param users the users on this page, in id order
	 * @param count how many users match in all
	 * @param next the id to continue after, or {@code null} on the last page
	 */
	record UserPage(List<User> users, long count, UUID next) {

	}

}
