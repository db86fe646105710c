package dev.mfastub.user;

import java.util.UUID;

import dev.mfastub.web.ApiException;
import dev.mfastub.web.ErrorDetail;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The user filter grammar for other features: a group's {@code userFilter} is checked
 * when it is written, and evaluated against the users' table whenever its members are
 * asked for.
 */
@Component
@Transactional(readOnly = true)
public class UserFilters {

	private final UserRepository users;

	UserFilters(UserRepository users) {
		this.users = users;
	}

	/**
	 * Checks a filter a group will keep: the user list's grammar, without
	 * {@code memberOfGroups} (a group's members never depend on groups' members).
	 * @param filter the filter
	 * @param target the property that holds it, for the error's detail
	 * @throws ApiException a 400 with an {@code INVALID_FILTER} detail when it is not one
	 */
	public static void check(String filter, String target) {
		UserFilterGrammar.Condition condition;
		try {
			condition = UserFilterGrammar.parse(filter);
		}
		catch (ApiException ex) {
			throw ApiException.invalidData(ex.details()
				.stream()
				.map((detail) -> new ErrorDetail(detail.code(), target, detail.message(), detail.innerError()))
				.toList());
		}
		if (condition.asksGroups()) {
			throw ApiException.invalidData(
					new ErrorDetail("INVALID_FILTER", target, "A group's userFilter cannot use memberOfGroups.", null));
		}
	}

	/**
	 * Whether a user is in a group's members.
	 * @param user the user
	 * @param members the group's members
	 * @return {@code true} when it is
	 */
	public boolean includes(User user, UserGroups.Members members) {
		if (members.userIds().contains(user.id())) {
			return true;
		}
		return !members.rules().isEmpty()
				&& this.users.exists(inEnvironment(user.environmentId()).and(idIs(user.id())).and(ruled(members)));
	}

	/**
	 * Whether a user matches one dynamic rule.
	 * @param user the user
	 * @param rule the rule
	 * @return {@code true} when it does
	 */
	public boolean matches(User user, UserGroups.Rule rule) {
		if (rule.populationId() != null && !rule.populationId().equals(user.populationId())) {
			return false;
		}
		return this.users.exists(inEnvironment(user.environmentId()).and(idIs(user.id())).and(rule(rule)));
	}

	/**
	 * How many users a group's members are.
	 * @param environmentId the environment
	 * @param members the group's members
	 * @return how many users they are
	 */
	public long count(UUID environmentId, UserGroups.Members members) {
		if (members.userIds().isEmpty() && members.rules().isEmpty()) {
			return 0;
		}
		return this.users.count(inEnvironment(environmentId).and(of(members)));
	}

	/** The users a group's members are, as a specification. */
	static Specification<User> of(UserGroups.Members members) {
		Specification<User> direct = members.userIds().isEmpty() ? nobody() : idIn(members);
		return members.rules().isEmpty() ? direct : direct.or(ruled(members));
	}

	private static Specification<User> ruled(UserGroups.Members members) {
		Specification<User> any = nobody();
		for (UserGroups.Rule rule : members.rules()) {
			any = any.or(rule(rule));
		}
		return any;
	}

	private static Specification<User> rule(UserGroups.Rule rule) {
		Specification<User> matching = UserFilterGrammar.parse(rule.userFilter()).toSpecification((group) -> nobody());
		if (rule.populationId() == null) {
			return matching;
		}
		return matching.and((root, query, builder) -> builder.equal(root.get("populationId"), rule.populationId()));
	}

	private static Specification<User> nobody() {
		return (root, query, builder) -> builder.disjunction();
	}

	private static Specification<User> idIn(UserGroups.Members members) {
		return (root, query, builder) -> root.get("id").in(members.userIds());
	}

	private static Specification<User> idIs(UUID id) {
		return (root, query, builder) -> builder.equal(root.get("id"), id);
	}

	/** The users of one environment: where every user query starts. */
	static Specification<User> inEnvironment(UUID environmentId) {
		return (root, query, builder) -> builder.equal(root.get("environmentId"), environmentId);
	}

}
