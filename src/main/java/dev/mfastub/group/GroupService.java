package dev.mfastub.group;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import dev.mfastub.call.ApiCall;
import dev.mfastub.call.EventType;
import dev.mfastub.call.Journal;
import dev.mfastub.environment.EnvironmentService;
import dev.mfastub.population.PopulationService;
import dev.mfastub.user.PageCursor;
import dev.mfastub.user.User;
import dev.mfastub.user.UserFilters;
import dev.mfastub.user.UserService;
import dev.mfastub.web.ApiException;
import dev.mfastub.web.ErrorDetail;
import dev.mfastub.web.UniqueViolations;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules for groups, their nestings and users' memberships: names unique among the
 * groups that see each other, a population's group for that population's users only, a
 * {@code userFilter} in the user list's grammar, nestings without cycles and at most
 * {@value #MAX_NESTING_DEPTH} deep, and a caller whose roles are over populations
 * reaching only their groups.
 */
@Service
@Transactional(readOnly = true)
public class GroupService {

	/** The longest chain of nested groups: past it, a nesting is refused. */
	static final int MAX_NESTING_DEPTH = 10;

	/** The longest {@code customData}, as compact JSON. */
	static final int MAX_CUSTOM_DATA = 16_384;

	/** PingOne's limit of groups per environment. */
	static final int MAX_GROUPS = 100_000;

	/** PingOne's limit of groups per user (counted here on its direct memberships). */
	static final int MAX_GROUPS_PER_USER = 10_000;

	private final GroupRepository groups;

	private final GroupMembershipRepository memberships;

	private final GroupNestingRepository nestings;

	private final GroupGraph graph;

	private final EnvironmentService environments;

	private final PopulationService populations;

	private final UserService users;

	private final Journal journal;

	private final JsonMapper mapper;

	GroupService(GroupRepository groups, GroupMembershipRepository memberships, GroupNestingRepository nestings,
			GroupGraph graph, EnvironmentService environments, PopulationService populations, UserService users,
			Journal journal, JsonMapper mapper) {
		this.groups = groups;
		this.memberships = memberships;
		this.nestings = nestings;
		this.graph = graph;
		this.environments = environments;
		this.populations = populations;
		this.users = users;
		this.journal = journal;
		this.mapper = mapper;
	}

	/**
	 * One page of the groups a filter selects, in id order, with their direct members.
	 */
	Paging<CountedGroup> list(ApiCall call, Predicate<GroupFilterGrammar.Candidate> filter, int limit,
			PageCursor cursor) {
		this.environments.require(call.environmentId());
		Nestings graph = this.graph.nestings(call.environmentId());
		List<Group> matching = this.groups.findByEnvironmentIdOrderById(call.environmentId())
			.stream()
			.filter((group) -> visible(call, group))
			.filter((group) -> filter == null || filter.test(candidate(group, graph)))
			.toList();
		Paging<Group> page = Paging.of(matching, Group::id, limit, cursor);
		Map<UUID, Long> direct = this.memberships.countByGroup(call.environmentId())
			.stream()
			.collect(Collectors.toMap(GroupCount::groupId, GroupCount::users));
		return new Paging<>(page.items()
			.stream()
			.map((group) -> new CountedGroup(group, direct.getOrDefault(group.id(), 0L), null))
			.toList(), page.count(), page.next(), page.previous());
	}

	private static GroupFilterGrammar.Candidate candidate(Group group, Nestings graph) {
		Set<UUID> up = new HashSet<>(graph.upFrom(Set.of(group.id())));
		up.remove(group.id());
		return new GroupFilterGrammar.Candidate(group, up);
	}

	/** A group, with its total members when asked ({@code include=totalMemberCounts}). */
	CountedGroup get(ApiCall call, UUID groupId, boolean total) {
		this.environments.require(call.environmentId());
		Group group = require(call, groupId);
		return counted(group, total);
	}

	@Transactional
	CountedGroup create(ApiCall call, GroupRequest request) {
		this.environments.require(call.environmentId());
		UUID populationId = (request.population() != null) ? request.population().id() : null;
		if (populationId != null && !this.populations.exists(call.environmentId(), populationId)) {
			throw ApiException.invalidData(
					ErrorDetail.invalidValue("population.id", "The population does not exist in this environment."));
		}
		if (populationId == null ? !call.reachesEveryUser() : !call.reaches(populationId)) {
			throw ApiException.accessFailed(HttpStatus.FORBIDDEN,
					new ErrorDetail("INSUFFICIENT_PERMISSIONS", null, (populationId == null)
							? "The application's roles are over populations: they make groups of those populations only."
							: "The application's roles do not reach this population.", null));
		}
		Group.Attributes attributes = attributes(request);
		UUID id = UUID.randomUUID();
		requireUniqueName(call.environmentId(), attributes.name(), id, populationId);
		if (this.groups.countByEnvironmentId(call.environmentId()) >= MAX_GROUPS) {
			throw ApiException.invalidData(new ErrorDetail("CONSTRAINT_VIOLATION", null,
					"An environment has at most " + MAX_GROUPS + " groups.", null));
		}
		Group group = save(new Group(call.environmentId(), id, populationId, attributes, call.now()));
		this.journal.record(call, EventType.GROUP_CREATED, null, null, GroupSnapshot.of(group));
		return new CountedGroup(group, 0, null);
	}

	@Transactional
	CountedGroup replace(ApiCall call, UUID groupId, GroupRequest request) {
		this.environments.require(call.environmentId());
		Group group = lock(call, groupId);
		if (request.population() != null && !request.population().id().equals(group.populationId())) {
			throw ApiException.invalidData(ErrorDetail.invalidValue("population.id",
					"A group's population is set when it is made and does not change."));
		}
		Group.Attributes attributes = attributes(request);
		requireUniqueName(call.environmentId(), attributes.name(), groupId, group.populationId());
		GroupSnapshot before = GroupSnapshot.of(group);
		group.replace(attributes, call.now());
		save(group);
		this.journal.record(call, EventType.GROUP_UPDATED, null, before, GroupSnapshot.of(group));
		return counted(group, false);
	}

	@Transactional
	void delete(ApiCall call, UUID groupId) {
		this.environments.require(call.environmentId());
		Group group = lock(call, groupId);
		// The schema deletes its memberships and nestings with it.
		this.groups.delete(group);
		this.groups.flush();
		this.journal.record(call, EventType.GROUP_DELETED, null, GroupSnapshot.of(group), null);
	}

	/** The groups a group is nested in directly, oldest nesting first. */
	List<Group> parents(ApiCall call, UUID groupId) {
		this.environments.require(call.environmentId());
		require(call, groupId);
		return this.nestings.findByEnvironmentIdAndGroupIdOrderByCreatedAtAscParentIdAsc(call.environmentId(), groupId)
			.stream()
			.map((nesting) -> this.groups.findByEnvironmentIdAndId(call.environmentId(), nesting.parentId()))
			.flatMap(Optional::stream)
			.filter((parent) -> visible(call, parent))
			.toList();
	}

	/** One group a group is nested in directly. */
	Group parent(ApiCall call, UUID groupId, UUID parentId) {
		this.environments.require(call.environmentId());
		require(call, groupId);
		Group parent = require(call, parentId);
		this.nestings.findByEnvironmentIdAndGroupIdAndParentId(call.environmentId(), groupId, parentId)
			.orElseThrow(ApiException::notFound);
		return parent;
	}

	/**
	 * Nests a group in another (PingOne's "Create Group Nesting"): the group's members
	 * become the other's.
	 */
	@Transactional
	Group nest(ApiCall call, UUID groupId, UUID parentId) {
		this.environments.require(call.environmentId());
		// Both rows locked, in id order, so two nestings of the same groups take turns.
		boolean groupFirst = groupId.compareTo(parentId) <= 0;
		Group group;
		Group parent;
		if (groupFirst) {
			group = lock(call, groupId);
			parent = lockReferenced(call, parentId);
		}
		else {
			parent = lockReferenced(call, parentId);
			group = lock(call, groupId);
		}
		if (parent.populationId() != null && !parent.populationId().equals(group.populationId())) {
			throw invalidNesting((group.populationId() == null)
					? "An environment's group cannot be nested in a population's group."
					: "A population's group can be nested only in its population's groups or the environment's.");
		}
		Nestings graph = this.graph.nestings(call.environmentId());
		if (groupId.equals(parentId) || graph.downFrom(Set.of(groupId)).contains(parentId)) {
			throw invalidNesting("The group is in this group already, through its nested groups: "
					+ "nesting it would make a cycle.");
		}
		if (this.nestings.findByEnvironmentIdAndGroupIdAndParentId(call.environmentId(), groupId, parentId)
			.isPresent()) {
			throw ApiException.invalidData(
					new ErrorDetail("UNIQUENESS_VIOLATION", "id", "The group is nested in this group already.", null));
		}
		if (graph.depthBelow(groupId) + 1 + graph.depthAbove(parentId) > MAX_NESTING_DEPTH) {
			throw invalidNesting("Nested groups go at most " + MAX_NESTING_DEPTH + " deep.");
		}
		this.nestings.saveAndFlush(new GroupNesting(call.environmentId(), groupId, parentId, call.now()));
		this.journal.record(call, EventType.GROUP_NESTING_CREATED, null, null,
				new GroupSnapshot.Joined(parentId, parent.name(), groupId));
		return parent;
	}

	@Transactional
	void unnest(ApiCall call, UUID groupId, UUID parentId) {
		this.environments.require(call.environmentId());
		lock(call, groupId);
		Group parent = require(call, parentId);
		GroupNesting nesting = this.nestings
			.findByEnvironmentIdAndGroupIdAndParentId(call.environmentId(), groupId, parentId)
			.orElseThrow(ApiException::notFound);
		this.nestings.delete(nesting);
		this.nestings.flush();
		this.journal.record(call, EventType.GROUP_NESTING_DELETED, null,
				new GroupSnapshot.Joined(parentId, parent.name(), groupId), null);
	}

	/** The groups a user is in, in group id order, those the caller reaches. */
	List<GroupGraph.Membership> membershipsOf(ApiCall call, UUID userId) {
		this.environments.require(call.environmentId());
		User user = this.users.require(call, userId);
		return this.graph.membershipsOf(call.environmentId(), user)
			.stream()
			.filter((membership) -> visible(call, membership.group()))
			.sorted(Comparator.comparing((GroupGraph.Membership membership) -> membership.group().id(), Paging.ORDER))
			.toList();
	}

	/** One group a user is in, however it is in it. */
	GroupGraph.Membership membership(ApiCall call, UUID userId, UUID groupId) {
		return membershipsOf(call, userId).stream()
			.filter((membership) -> membership.group().id().equals(groupId))
			.findFirst()
			.orElseThrow(ApiException::notFound);
	}

	/**
	 * The groups a user is in, by name, for the console.
	 * @param call the console's call
	 * @param userId the user
	 * @return its groups: name, id and how it is in each
	 */
	public List<UserGroup> groupsOfUser(ApiCall call, UUID userId) {
		User user = this.users.require(call, userId);
		return this.graph.membershipsOf(call.environmentId(), user)
			.stream()
			.map((membership) -> new UserGroup(membership.group().id(), membership.group().name(), membership.type()))
			.toList();
	}

	/** PingOne's "Add Identity to Group": a user joins a group directly. */
	@Transactional
	GroupGraph.Membership add(ApiCall call, UUID userId, UUID groupId) {
		this.environments.require(call.environmentId());
		User user = this.users.requireForUpdate(call, userId);
		Group group = this.groups.findByEnvironmentIdAndId(call.environmentId(), groupId)
			.filter((found) -> visible(call, found))
			.orElseThrow(() -> groupUnknown("id"));
		if (group.populationId() != null && !group.populationId().equals(user.populationId())) {
			throw ApiException.invalidData(
					ErrorDetail.invalidValue("id", "A population's group holds users of that population only."));
		}
		if (this.memberships.existsByEnvironmentIdAndUserIdAndGroupId(call.environmentId(), userId, groupId)) {
			throw ApiException.invalidData(
					new ErrorDetail("UNIQUENESS_VIOLATION", "id", "The user is a member of this group already.", null));
		}
		if (this.memberships.countByEnvironmentIdAndUserId(call.environmentId(), userId) >= MAX_GROUPS_PER_USER) {
			throw ApiException.invalidData(new ErrorDetail("CONSTRAINT_VIOLATION", null,
					"A user belongs to at most " + MAX_GROUPS_PER_USER + " groups.", null));
		}
		try {
			this.memberships.saveAndFlush(new GroupMembership(call.environmentId(), userId, groupId, call.now()));
		}
		catch (DataIntegrityViolationException ex) {
			if (UniqueViolations.isForeignKeyViolation(ex)) {
				// The group was deleted between the check and the write.
				throw groupUnknown("id");
			}
			throw ex;
		}
		this.journal.record(call, EventType.GROUP_MEMBERSHIP_CREATED, userId, null,
				new GroupSnapshot.Joined(groupId, group.name(), null));
		return new GroupGraph.Membership(group, true);
	}

	/**
	 * PingOne's "Remove Identity from Group": only a membership made by adding the user.
	 */
	@Transactional
	void remove(ApiCall call, UUID userId, UUID groupId) {
		this.environments.require(call.environmentId());
		User user = this.users.requireForUpdate(call, userId);
		Group group = require(call, groupId);
		GroupMembership membership = this.memberships
			.findByEnvironmentIdAndUserIdAndGroupId(call.environmentId(), userId, groupId)
			.orElse(null);
		if (membership == null) {
			boolean indirect = this.graph.membershipsOf(call.environmentId(), user)
				.stream()
				.anyMatch((found) -> found.group().id().equals(groupId));
			if (indirect) {
				throw ApiException.invalidData(new ErrorDetail("CONSTRAINT_VIOLATION", null,
						"The user is in this group through its userFilter or a nested group, "
								+ "not by being added: it cannot be removed.",
						null));
			}
			throw ApiException.notFound();
		}
		this.memberships.delete(membership);
		this.memberships.flush();
		this.journal.record(call, EventType.GROUP_MEMBERSHIP_DELETED, userId,
				new GroupSnapshot.Joined(groupId, group.name(), null), null);
	}

	/** The customData of a group, as JSON. */
	JsonNode customData(Group group) {
		return (group.customData() != null) ? this.mapper.readTree(group.customData()) : null;
	}

	private CountedGroup counted(Group group, boolean total) {
		long direct = this.memberships.countByEnvironmentIdAndGroupId(group.environmentId(), group.id());
		Long all = total
				? this.graph.countMembers(group.environmentId(), group.id(), this.graph.nestings(group.environmentId()))
				: null;
		return new CountedGroup(group, direct, all);
	}

	private Group.Attributes attributes(GroupRequest request) {
		if (request.userFilter() != null) {
			UserFilters.check(request.userFilter(), "userFilter");
		}
		String customData = null;
		ObjectNode data = request.customData();
		if (data != null) {
			customData = this.mapper.writeValueAsString(data);
			if (customData.length() > MAX_CUSTOM_DATA) {
				throw ApiException.invalidData(ErrorDetail.invalidValue("customData",
						"customData is at most " + MAX_CUSTOM_DATA + " characters of JSON."));
			}
		}
		return new Group.Attributes(request.name(), request.description(), request.userFilter(), request.externalId(),
				customData);
	}

	private static boolean visible(ApiCall call, Group group) {
		return call.reachesEveryUser() || (group.populationId() != null && call.reaches(group.populationId()));
	}

	private Group require(ApiCall call, UUID groupId) {
		return this.groups.findByEnvironmentIdAndId(call.environmentId(), groupId)
			.filter((group) -> visible(call, group))
			.orElseThrow(ApiException::notFound);
	}

	private Group lock(ApiCall call, UUID groupId) {
		return this.groups.lockByEnvironmentIdAndId(call.environmentId(), groupId)
			.filter((group) -> visible(call, group))
			.orElseThrow(ApiException::notFound);
	}

	/** A group a body names: one that is not there is the body's fault, a 400. */
	private Group lockReferenced(ApiCall call, UUID groupId) {
		return this.groups.lockByEnvironmentIdAndId(call.environmentId(), groupId)
			.filter((group) -> visible(call, group))
			.orElseThrow(() -> groupUnknown("id"));
	}

	private void requireUniqueName(UUID environmentId, String name, UUID except, UUID populationId) {
		String key = Group.nameKey(name);
		boolean taken = (populationId == null)
				? this.groups.existsByEnvironmentIdAndNameKeyAndIdNot(environmentId, key, except)
				: this.groups.existsNameSeenFromPopulation(environmentId, key, except, populationId);
		if (taken) {
			throw nameTaken();
		}
	}

	private Group save(Group group) {
		try {
			return this.groups.saveAndFlush(group);
		}
		catch (DataIntegrityViolationException ex) {
			if (UniqueViolations.isUniqueViolation(ex)) {
				// Another request took the name between the check and the write.
				throw nameTaken();
			}
			if (UniqueViolations.isForeignKeyViolation(ex)) {
				// Its population was deleted between the check and the write.
				throw ApiException.invalidData(ErrorDetail.invalidValue("population.id",
						"The population does not exist in this environment."));
			}
			throw ex;
		}
	}

	private static ApiException nameTaken() {
		return ApiException.invalidData(new ErrorDetail("UNIQUENESS_VIOLATION", "name",
				"A group with this name already exists where this group would be seen.", null));
	}

	private static ApiException groupUnknown(String target) {
		return ApiException
			.invalidData(ErrorDetail.invalidValue(target, "The group does not exist in this environment."));
	}

	private static ApiException invalidNesting(String message) {
		return ApiException.invalidData(ErrorDetail.invalidValue("id", message));
	}

	/**
	 * A group with how many users were added to it, and with all its members when asked.
	 *
	 * @param group the group
	 * @param directUsers users added to it
	 * @param totalUsers all its users (added, selected by its filter, in its nested
	 * groups), or {@code null} when not asked
	 */
	record CountedGroup(Group group, long directUsers, Long totalUsers) {

	}

	/**
	 * A group a user is in, for the console.
	 *
	 * @param id the group's id
	 * @param name its name
	 * @param type {@code DIRECT} when the user was added to it, else {@code INDIRECT}
	 */
	public record UserGroup(UUID id, String name, String type) {

	}

}
