package dev.mfastub.user;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.mfastub.call.ApiCall;

/**
 * What the users' endpoints need to know of groups (a user's groups, a group's members),
 * answered by the groups' feature, which itself depends on users: so {@code user} never
 * imports {@code group}.
 */
public interface UserGroups {

	/**
	 * Who is in a group: its direct members and its dynamic rules, and those of every
	 * group nested in it.
	 * @param environmentId the environment
	 * @param groupId the group
	 * @return its members; none when there is no such group
	 */
	Members membersOf(UUID environmentId, UUID groupId);

	/**
	 * The groups a user is in, directly, through a group's {@code userFilter} or through
	 * a nested group, by name.
	 * @param environmentId the environment
	 * @param user the user
	 * @return its groups
	 */
	List<GroupName> groupsOf(UUID environmentId, User user);

	/**
	 * A user moved to another population: it leaves the groups of its old one (PingOne:
	 * "If a user's population changes, they are also removed from any group that contains
	 * them for this population").
	 * @param environmentId the environment
	 * @param userId the user
	 * @param populationId its new population
	 */
	void populationChanged(UUID environmentId, UUID userId, UUID populationId);

	/**
	 * The members of a group.
	 *
	 * @param userIds the users added to it (or to a group nested in it) directly
	 * @param rules the dynamic rules of it and of the groups nested in it
	 * @param populationId the group's population, or {@code null} for an environment
	 * group
	 */
	record Members(Set<UUID> userIds, List<Rule> rules, UUID populationId) {

		/** No one: the group does not exist. */
		public static final Members NONE = new Members(Set.of(), List.of(), null);

		/**
		 * Whether a call may ask who is in the group: a role over some populations reads
		 * those populations' groups only.
		 * @param call the call
		 * @return whether its roles reach the group
		 */
		boolean readableBy(ApiCall call) {
			return call.reachesEveryUser() || (this.populationId != null && call.reaches(this.populationId));
		}

	}

	/**
	 * A dynamic group's rule: the users its filter selects, of its population when it has
	 * one.
	 *
	 * @param userFilter the filter, already checked by {@link UserFilters#check}
	 * @param populationId the group's population, or {@code null} for an environment
	 * group
	 */
	record Rule(String userFilter, UUID populationId) {

	}

	/**
	 * A group's id and name.
	 *
	 * @param id its id
	 * @param name its name
	 * @param populationId its population, or {@code null} for an environment group
	 */
	record GroupName(UUID id, String name, UUID populationId) {

	}

}
