package dev.mfastub.group;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;

import dev.mfastub.call.ApiCall;
import dev.mfastub.web.Links.Link;

/**
 * A group as PingOne's Groups data model shows it; {@code totalMemberCounts} only when
 * {@code include=totalMemberCounts} asks for it on one group.
 *
 * @param links its own and its environment's
 * @param id its id
 * @param environment its environment
 * @param name its name
 * @param description its description, when it has one
 * @param population its population, for a population's group
 * @param userFilter its dynamic rule, when it has one
 * @param externalId its id elsewhere, when it has one
 * @param customData its custom data, when it has some
 * @param directMemberCounts the users added to it
 * @param totalMemberCounts all its users: added, selected by its filter, or in its nested
 * groups
 */
record GroupResponse(@JsonProperty("_links") GroupLinks links, UUID id, GroupEnvironment environment, String name,
		String description, GroupPopulation population, String userFilter, String externalId,
		@Schema(type = "object") JsonNode customData, GroupMemberCounts directMemberCounts,
		GroupMemberCounts totalMemberCounts) {

	static GroupResponse of(ApiCall call, GroupService.CountedGroup counted, JsonNode customData) {
		Group group = counted.group();
		return new GroupResponse(
				new GroupLinks(new Link(GroupPaths.group(call, group.id())), new Link(GroupPaths.environment(call))),
				group.id(), new GroupEnvironment(call.environmentId()), group.name(), group.description(),
				(group.populationId() != null) ? new GroupPopulation(group.populationId()) : null, group.userFilter(),
				group.externalId(), customData, new GroupMemberCounts(counted.directUsers()),
				(counted.totalUsers() != null) ? new GroupMemberCounts(counted.totalUsers()) : null);
	}

	record GroupLinks(Link self, Link environment) {

	}

	record GroupEnvironment(UUID id) {

	}

	record GroupPopulation(UUID id) {

	}

	/**
	 * PingOne's member counts.
	 *
	 * @param users how many users
	 */
	record GroupMemberCounts(long users) {

	}

}
