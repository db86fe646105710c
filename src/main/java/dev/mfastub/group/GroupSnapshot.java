package dev.mfastub.group;

import java.util.UUID;

/**
 * A group as the journal records it.
 *
 * @param id its id
 * @param name its name
 * @param description its description
 * @param populationId its population
 * @param userFilter its dynamic rule
 * @param externalId its external id
 * @param customData its custom data, as compact JSON
 */
record GroupSnapshot(UUID id, String name, String description, UUID populationId, String userFilter, String externalId,
		String customData) {

	static GroupSnapshot of(Group group) {
		return new GroupSnapshot(group.id(), group.name(), group.description(), group.populationId(),
				group.userFilter(), group.externalId(), group.customData());
	}

	/**
	 * A membership or a nesting as the journal records it.
	 *
	 * @param groupId the group joined
	 * @param name its name
	 * @param memberGroupId the group nested in it, for a nesting
	 */
	record Joined(UUID groupId, String name, UUID memberGroupId) {

	}

}
