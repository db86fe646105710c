package dev.mfastub.group;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.mfastub.user.User;
import dev.mfastub.user.UserFilters;
import dev.mfastub.user.UserGroups;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is in which group, however they are in it: added directly, selected by a group's
 * {@code userFilter} (of its population, for a population's group), or in a group nested
 * in it. Nothing of that is stored but the direct memberships and the nestings: it is
 * worked out when asked, so it follows every change of a user at once, as PingOne's
 * dynamic groups do. It answers the users' endpoints too.
 */
@Component
@Transactional(readOnly = true)
class GroupGraph implements UserGroups {

	private final GroupRepository groups;

	private final GroupMembershipRepository memberships;

	private final GroupNestingRepository nestings;

	private final UserFilters filters;

	GroupGraph(GroupRepository groups, GroupMembershipRepository memberships, GroupNestingRepository nestings,
			UserFilters filters) {
		this.groups = groups;
		this.memberships = memberships;
		this.nestings = nestings;
		this.filters = filters;
	}

	@Override
	public Members membersOf(UUID environmentId, UUID groupId) {
		return this.groups.findByEnvironmentIdAndId(environmentId, groupId)
			.map((group) -> members(environmentId, group.id(), group.populationId(), nestings(environmentId)))
			.orElse(Members.NONE);
	}

	/** A group's members, with the environment's nestings already read. */
	Members members(UUID environmentId, UUID groupId, UUID populationId, Nestings nestings) {
		Set<UUID> all = nestings.downFrom(Set.of(groupId));
		List<Rule> rules = this.groups.findByEnvironmentIdAndUserFilterIsNotNull(environmentId)
			.stream()
			.filter((group) -> all.contains(group.id()))
			.map(GroupGraph::rule)
			.toList();
		return new Members(this.memberships.findUserIdsIn(environmentId, all), rules, populationId);
	}

	/** How many users a group's members are. */
	long countMembers(UUID environmentId, UUID groupId, Nestings nestings) {
		// Counting reads no population: the group's own is not needed.
		return this.filters.count(environmentId, members(environmentId, groupId, null, nestings));
	}

	Nestings nestings(UUID environmentId) {
		return Nestings.of(this.nestings.findByEnvironmentId(environmentId));
	}

	@Override
	public List<GroupName> groupsOf(UUID environmentId, User user) {
		return membershipsOf(environmentId, user).stream()
			.map((membership) -> new GroupName(membership.group().id(), membership.group().name(),
					membership.group().populationId()))
			.toList();
	}

	/**
	 * The groups a user is in, by name: {@code DIRECT} where it was added, else
	 * {@code INDIRECT} (through a {@code userFilter} or a nested group).
	 */
	List<Membership> membershipsOf(UUID environmentId, User user) {
		Map<UUID, Group> all = this.groups.findByEnvironmentIdOrderById(environmentId)
			.stream()
			.collect(Collectors.toMap(Group::id, Function.identity()));
		Set<UUID> direct = this.memberships.findByEnvironmentIdAndUserId(environmentId, user.id())
			.stream()
			.map(GroupMembership::groupId)
			.collect(Collectors.toSet());
		Set<UUID> in = new HashSet<>(direct);
		for (Group group : all.values()) {
			if (group.userFilter() != null && !in.contains(group.id()) && this.filters.matches(user, rule(group))) {
				in.add(group.id());
			}
		}
		return nestings(environmentId).upFrom(in)
			.stream()
			.map(all::get)
			.map((group) -> new Membership(group, direct.contains(group.id())))
			.sorted(Comparator.comparing((Membership membership) -> Group.nameKey(membership.group().name()))
				.thenComparing((membership) -> membership.group().id()))
			.toList();
	}

	@Override
	@Transactional
	public void populationChanged(UUID environmentId, UUID userId, UUID populationId) {
		this.memberships.deleteOutsidePopulation(environmentId, userId, populationId);
	}

	private static Rule rule(Group group) {
		return new Rule(group.userFilter(), group.populationId());
	}

	/**
	 * A group a user is in.
	 *
	 * @param group the group
	 * @param direct whether the user was added to it
	 */
	record Membership(Group group, boolean direct) {

		String type() {
			return this.direct ? "DIRECT" : "INDIRECT";
		}

	}

}
