package dev.mfastub.group;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * PingOne's group endpoints: {@code /v1/environments/{envID}/groups[/{groupID}]}.
 */
@RestController
@Tag(name = "Groups")
@RequestMapping("/v1/environments/{environmentId}/groups")
class GroupController {

	/** The largest {@code limit}, as for users. */
	static final int MAX_LIMIT = 1000;

	/** The most groups on one page, as for users. */
	static final int MAX_PAGE_SIZE = 200;

	private static final String TOTAL_MEMBER_COUNTS = "totalMemberCounts";

	private final GroupService groups;

	GroupController(GroupService groups) {
		this.groups = groups;
	}

	/**
	 * PingOne's "Read All Groups": pages in id order, filtered as its "Filtering groups
	 * searches" says. {@code totalMemberCounts} is not shown in a list, as PingOne says.
	 */
	@GetMapping
	GroupsResponse list(ApiCall call, @RequestParam(required = false) String filter,
			@RequestParam(required = false) @Min(1) @Max(MAX_LIMIT) Integer limit,
			@RequestParam(required = false) PageCursor cursor, HttpServletRequest request) {
		int pageSize = (limit != null) ? Math.min(limit, MAX_PAGE_SIZE) : MAX_PAGE_SIZE;
		Predicate<GroupFilterGrammar.Candidate> condition = (filter != null) ? GroupFilterGrammar.parse(filter) : null;
		Paging<GroupService.CountedGroup> page = this.groups.list(call, condition, pageSize, cursor);
		String collection = GroupPaths.groups(call);
		String query = Links.query(request);
		List<GroupResponse> items = page.items()
			.stream()
			.map((counted) -> GroupResponse.of(call, counted, this.groups.customData(counted.group())))
			.toList();
		return new GroupsResponse(
				new GroupListLinks(new Link((query != null) ? collection + "?" + query : collection),
						Links.page(collection, limit, page.next(), filter),
						Links.page(collection, limit, page.previous(), filter)),
				new EmbeddedGroups(items), page.count(), items.size());
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ApiResponse(responseCode = "201", description = "The new group; Location names it",
			content = @Content(schema = @Schema(implementation = GroupResponse.class)))
	ResponseEntity<GroupResponse> create(ApiCall call, @Valid @RequestBody GroupRequest body) {
		GroupService.CountedGroup created = this.groups.create(call, body);
		return ResponseEntity.created(URI.create(GroupPaths.group(call, created.group().id())))
			.body(GroupResponse.of(call, created, this.groups.customData(created.group())));
	}

	/** PingOne's "Read One Group", with {@code include=totalMemberCounts}. */
	@GetMapping("/{groupId}")
	GroupResponse get(ApiCall call, @PathVariable UUID groupId,
			@RequestParam(required = false) @Size(max = 64) String include) {
		if (include != null && !TOTAL_MEMBER_COUNTS.equals(include)) {
			throw ApiException.invalidData(ErrorDetail.invalidValue("include", "include is totalMemberCounts.",
					InnerError.allowedValues(List.of(TOTAL_MEMBER_COUNTS))));
		}
		GroupService.CountedGroup counted = this.groups.get(call, groupId, include != null);
		return GroupResponse.of(call, counted, this.groups.customData(counted.group()));
	}

	/** PingOne's "Update Group": the whole group; its population cannot change. */
	@PutMapping(path = "/{groupId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	GroupResponse replace(ApiCall call, @PathVariable UUID groupId, @Valid @RequestBody GroupRequest body) {
		GroupService.CountedGroup replaced = this.groups.replace(call, groupId, body);
		return GroupResponse.of(call, replaced, this.groups.customData(replaced.group()));
	}

	@DeleteMapping("/{groupId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(ApiCall call, @PathVariable UUID groupId) {
		this.groups.delete(call, groupId);
	}

	@JsonPropertyOrder({ "_links", "_embedded", "count", "size" })
	record GroupsResponse(@JsonProperty("_links") GroupListLinks links,
			@JsonProperty("_embedded") EmbeddedGroups embedded, long count, int size) {

	}

	record GroupListLinks(Link self, Link next, Link prev) {

	}

	record EmbeddedGroups(List<GroupResponse> groups) {

	}

}
