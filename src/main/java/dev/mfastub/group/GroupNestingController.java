package dev.mfastub.group;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import dev.mfastub.call.ApiCall;
import dev.mfastub.web.Links.Link;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * PingOne's group nesting endpoints:
 * {@code /v1/environments/{envID}/groups/{groupID}/memberOfGroups[/{groupID}]}, the
 * groups a group is nested in.
 */
@RestController
@Tag(name = "Groups")
@RequestMapping("/v1/environments/{environmentId}/groups/{groupId}/memberOfGroups")
class GroupNestingController {

	private final GroupService groups;

	GroupNestingController(GroupService groups) {
		this.groups = groups;
	}

	/**
	 * PingOne's "Read Group Nesting": the groups this one is nested in directly;
	 * {@code expand=group} embeds each.
	 */
	@GetMapping
	GroupNestingsResponse list(ApiCall call, @PathVariable UUID groupId,
			@RequestParam(required = false) @Size(max = 64) String expand) {
		boolean embed = GroupMembershipController.expandsGroup(expand);
		List<GroupNestingResponse> nestings = this.groups.parents(call, groupId)
			.stream()
			.map((parent) -> response(call, groupId, parent, embed))
			.toList();
		return new GroupNestingsResponse(new GroupNestingListLinks(new Link(GroupPaths.nestings(call, groupId))),
				new EmbeddedGroupNestings(nestings), nestings.size(), nestings.size());
	}

	/** PingOne's "Create Group Nesting": this group's members join the body's group. */
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ApiResponse(responseCode = "201", description = "The nesting; Location names it",
			content = @Content(schema = @Schema(implementation = GroupNestingResponse.class)))
	ResponseEntity<GroupNestingResponse> create(ApiCall call, @PathVariable UUID groupId,
			@Valid @RequestBody GroupIdRequest body) {
		GroupNestingResponse created = response(call, groupId, this.groups.nest(call, groupId, body.id()), false);
		return ResponseEntity.created(URI.create(created.links().self().href())).body(created);
	}

	/** PingOne's "Read One Group Nesting"; {@code expand=group} embeds the group. */
	@GetMapping("/{parentId}")
	GroupNestingResponse get(ApiCall call, @PathVariable UUID groupId, @PathVariable UUID parentId,
			@RequestParam(required = false) @Size(max = 64) String expand) {
		boolean embed = GroupMembershipController.expandsGroup(expand);
		return response(call, groupId, this.groups.parent(call, groupId, parentId), embed);
	}

	private GroupNestingResponse response(ApiCall call, UUID groupId, Group parent, boolean embed) {
		GroupResponse embedded = embed
				? GroupResponse.of(call, this.groups.get(call, parent.id(), false), this.groups.customData(parent))
				: null;
		return new GroupNestingResponse(
				new GroupNestingLinks(new Link(GroupPaths.nestings(call, groupId) + "/" + parent.id()),
						new Link(GroupPaths.group(call, parent.id()))),
				(embedded != null) ? new EmbeddedNestingGroup(embedded) : null, parent.id(), parent.name(), "DIRECT");
	}

	/** PingOne's "Delete Group Nesting". */
	@DeleteMapping("/{parentId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(ApiCall call, @PathVariable UUID groupId, @PathVariable UUID parentId) {
		this.groups.unnest(call, groupId, parentId);
	}

	@JsonPropertyOrder({ "_links", "_embedded", "count", "size" })
	record GroupNestingsResponse(@JsonProperty("_links") GroupNestingListLinks links,
			@JsonProperty("_embedded") EmbeddedGroupNestings embedded, int count, int size) {

	}

	record GroupNestingListLinks(Link self) {

	}

	record EmbeddedGroupNestings(List<GroupNestingResponse> groupMemberships) {

	}

	/**
	 * A nesting as PingOne's {@code GroupNesting} shows it: the group this one is nested
	 * in.
	 *
	 * @param links the nesting's own, and the group's
	 * @param embedded the group, with {@code expand=group}
	 * @param id the group this one is nested in
	 * @param name that group's name
	 * @param type {@code DIRECT}: a nesting made by this endpoint
	 */
	record GroupNestingResponse(@JsonProperty("_links") GroupNestingLinks links,
			@JsonProperty("_embedded") EmbeddedNestingGroup embedded, UUID id, String name, String type) {

	}

	record EmbeddedNestingGroup(GroupResponse group) {

	}

	record GroupNestingLinks(Link self, Link group) {

	}

}
