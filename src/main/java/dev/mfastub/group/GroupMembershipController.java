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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import dev.mfastub.call.ApiCall;
import dev.mfastub.user.PageCursor;
import dev.mfastub.web.ApiException;
import dev.mfastub.web.ErrorDetail.InnerError;
import dev.mfastub.web.ErrorDetail;
import dev.mfastub.web.Links.Link;
import dev.mfastub.web.Links;

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
 * PingOne's group membership endpoints:
 * {@code /v1/environments/{envID}/users/{userID}/memberOfGroups[/{groupID}]}, the groups
 * a user is in.
 */
@RestController
@Tag(name = "Group Membership")
@RequestMapping("/v1/environments/{environmentId}/users/{userId}/memberOfGroups")
class GroupMembershipController {

	private static final String GROUP = "group";

	private final GroupService groups;

	GroupMembershipController(GroupService groups) {
		this.groups = groups;
	}

	/**
	 * PingOne's "Read User Group Memberships": every group the user is in, however it is
	 * in it ({@code DIRECT} when added, else {@code INDIRECT}), in group id order, in
	 * pages as the user list pages; {@code expand=group} embeds each group.
	 */
	@GetMapping
	GroupMembershipsResponse list(ApiCall call, @PathVariable UUID userId,
			@RequestParam(required = false) @Size(max = 64) String expand,
			@RequestParam(required = false) @Min(1) @Max(GroupController.MAX_LIMIT) Integer limit,
			@RequestParam(required = false) PageCursor cursor) {
		boolean embed = expandsGroup(expand);
		int pageSize = (limit != null) ? Math.min(limit, GroupController.MAX_PAGE_SIZE) : GroupController.MAX_PAGE_SIZE;
		Paging<GroupGraph.Membership> page = Paging.of(this.groups.membershipsOf(call, userId),
				(membership) -> membership.group().id(), pageSize, cursor);
		String collection = GroupPaths.memberships(call, userId);
		List<GroupMembershipResponse> items = page.items()
			.stream()
			.map((membership) -> response(call, userId, membership, embed))
			.toList();
		String suffix = embed ? "&expand=group" : "";
		return new GroupMembershipsResponse(
				new GroupMembershipListLinks(new Link(collection), next(collection, limit, page.next(), suffix),
						next(collection, limit, page.previous(), suffix)),
				new EmbeddedGroupMemberships(items), page.count(), items.size());
	}

	private static Link next(String collection, Integer limit, PageCursor cursor, String suffix) {
		Link link = Links.page(collection, limit, cursor, null);
		return (link != null) ? new Link(link.href() + suffix) : null;
	}

	/** PingOne's "Add Identity to Group". */
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ApiResponse(responseCode = "201", description = "The membership; Location names it",
			content = @Content(schema = @Schema(implementation = GroupMembershipResponse.class)))
	ResponseEntity<GroupMembershipResponse> add(ApiCall call, @PathVariable UUID userId,
			@Valid @RequestBody GroupIdRequest body) {
		GroupMembershipResponse added = response(call, userId, this.groups.add(call, userId, body.id()), false);
		return ResponseEntity.created(URI.create(added.links().self().href())).body(added);
	}

	/** PingOne's "Read One User Group Membership". */
	@GetMapping("/{groupId}")
	GroupMembershipResponse get(ApiCall call, @PathVariable UUID userId, @PathVariable UUID groupId,
			@RequestParam(required = false) @Size(max = 64) String expand) {
		return response(call, userId, this.groups.membership(call, userId, groupId), expandsGroup(expand));
	}

	/** PingOne's "Remove Identity from Group": only a user that was added to it. */
	@DeleteMapping("/{groupId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(ApiCall call, @PathVariable UUID userId, @PathVariable UUID groupId) {
		this.groups.remove(call, userId, groupId);
	}

	/** Whether {@code expand} asks for the group; anything but {@code group} is a 400. */
	static boolean expandsGroup(String expand) {
		if (expand == null) {
			return false;
		}
		if (!GROUP.equals(expand)) {
			throw ApiException.invalidData(
					ErrorDetail.invalidValue("expand", "expand is group.", InnerError.allowedValues(List.of(GROUP))));
		}
		return true;
	}

	private GroupMembershipResponse response(ApiCall call, UUID userId, GroupGraph.Membership membership,
			boolean embed) {
		Group group = membership.group();
		GroupResponse embedded = embed
				? GroupResponse.of(call, this.groups.get(call, group.id(), false), this.groups.customData(group))
				: null;
		return new GroupMembershipResponse(
				new GroupMembershipLinks(new Link(GroupPaths.memberships(call, userId) + "/" + group.id()),
						new Link(GroupPaths.user(call, userId)), new Link(GroupPaths.group(call, group.id()))),
				(embedded != null) ? new EmbeddedGroup(embedded) : null, group.id(),
				new GroupMembershipEnvironment(call.environmentId()), group.name(), membership.type());
	}

	@JsonPropertyOrder({ "_links", "_embedded", "count", "size" })
	record GroupMembershipsResponse(@JsonProperty("_links") GroupMembershipListLinks links,
			@JsonProperty("_embedded") EmbeddedGroupMemberships embedded, long count, int size) {

	}

	record GroupMembershipListLinks(Link self, Link next, Link prev) {

	}

	record EmbeddedGroupMemberships(List<GroupMembershipResponse> groupMemberships) {

	}

	/**
	 * A membership as PingOne's {@code GroupMembership} shows it.
	 *
	 * @param links the membership's own, its user's and its group's
	 * @param embedded the group, with {@code expand=group}
	 * @param id the group's id
	 * @param environment the environment
	 * @param name the group's name
	 * @param type {@code DIRECT} when the user was added to the group, else
	 * {@code INDIRECT}
	 */
	record GroupMembershipResponse(@JsonProperty("_links") GroupMembershipLinks links,
			@JsonProperty("_embedded") EmbeddedGroup embedded, UUID id, GroupMembershipEnvironment environment,
			String name, String type) {

	}

	record GroupMembershipLinks(Link self, Link user, Link group) {

	}

	record EmbeddedGroup(GroupResponse group) {

	}

	record GroupMembershipEnvironment(UUID id) {

	}

}
