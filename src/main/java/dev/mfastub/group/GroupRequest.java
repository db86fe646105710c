package dev.mfastub.group;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.node.ObjectNode;

import dev.mfastub.web.PrintableText;

/**
 * The body of PingOne's "Create Group" and "Update Group" (the Groups data model's
 * writable properties).
 *
 * @param name required; unique ignoring case among the groups that see each other
 * @param description optional
 * @param population optional, on create only: the group's population
 * @param userFilter optional: the users it holds dynamically, in the user list's filter
 * grammar
 * @param externalId optional: its id in another system
 * @param customData optional: any JSON object
 */
record GroupRequest(@NotBlank @Size(max = 256) @Pattern(regexp = PrintableText.PATTERN) String name,
		@Size(max = 1024) @Pattern(regexp = PrintableText.PATTERN) String description, @Valid PopulationId population,
		@Size(max = 2048) @Pattern(regexp = PrintableText.PATTERN) String userFilter,
		@Size(max = 1024) @Pattern(regexp = PrintableText.PATTERN) String externalId, ObjectNode customData) {

	/**
	 * A population, by id.
	 *
	 * @param id its id
	 */
	record PopulationId(@NotNull UUID id) {

	}

}
