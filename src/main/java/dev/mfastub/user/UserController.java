package dev.mfastub.user;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import dev.mfastub.environment.ApiCall;
import dev.mfastub.web.ApiException;
import dev.mfastub.web.ErrorDetail;
import dev.mfastub.web.Links.Link;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * PingOne's user endpoints: {@code /v1/environments/{envID}/users[/{userID}]}.
 */
@RestController
@Tag(name = "Users")
@RequestMapping("/v1/environments/{environmentId}/users")
class UserController {

	static final String USER_IMPORT_JSON = "application/vnd.pingidentity.user.import+json";

	static final int DEFAULT_LIMIT = 100;

	static final int MAX_LIMIT = 1000;

	private final UserService users;

	UserController(UserService users) {
		this.users = users;
	}

	@PostMapping(consumes = { MediaType.APPLICATION_JSON_VALUE, USER_IMPORT_JSON })
	@ApiResponse(responseCode = "201", description = "The created user; Location names it",
			content = @Content(schema = @Schema(implementation = UserResponse.class)))
	ResponseEntity<UserResponse> create(@PathVariable UUID environmentId, ApiCall call,
			@Valid @RequestBody UserRequest request) {
		UUID population = (request.population() != null) ? request.population().id() : null;
		User user = this.users.create(call, population, request.toProfile(), Boolean.TRUE.equals(request.mfaEnabled()));
		return ResponseEntity.created(URI.create(UserLinks.user(call, user.id())))
			.body(UserResponse.from(call.baseUrl(), user));
	}

	@GetMapping
	UserListResponse list(@PathVariable UUID environmentId, ApiCall call, @RequestParam(required = false) String filter,
			@RequestParam(required = false) @Min(1) @Max(MAX_LIMIT) Integer limit,
			@RequestParam(required = false) PageCursor cursor, HttpServletRequest request) {
		int pageSize = (limit != null) ? limit : DEFAULT_LIMIT;
		UserFilter.Condition condition = (filter != null) ? UserFilter.parse(filter) : null;
		UserService.UserPage page = this.users.list(call, condition, pageSize,
				(cursor != null) ? cursor.after() : null);
		String collection = UserLinks.users(call);
		String self = (request.getQueryString() != null) ? collection + "?" + request.getQueryString() : collection;
		Link next = null;
		if (page.next() != null) {
			String query = "?limit=" + pageSize + "&cursor=" + new PageCursor(page.next());
			if (filter != null) {
				query += "&filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8).replace("+", "%20");
			}
			next = new Link(collection + query);
		}
		return new UserListResponse(new UserListResponse.PageLinks(new Link(self), next),
				new UserListResponse.Embedded(
						page.users().stream().map((user) -> UserResponse.from(call.baseUrl(), user)).toList()),
				page.count(), page.users().size());
	}

	@GetMapping("/{userId}")
	UserResponse get(@PathVariable UUID environmentId, @PathVariable UUID userId, ApiCall call) {
		return UserResponse.from(call.baseUrl(), this.users.require(call, userId));
	}

	@PutMapping(path = "/{userId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	UserResponse replace(@PathVariable UUID environmentId, @PathVariable UUID userId, ApiCall call,
			@Valid @RequestBody UserRequest request) {
		return UserResponse.from(call.baseUrl(), this.users.replace(call, userId, request.toProfile()));
	}

	@PatchMapping(path = "/{userId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	UserResponse patch(@PathVariable UUID environmentId, @PathVariable UUID userId, ApiCall call,
			@Valid @RequestBody UserPatchRequest request) {
		if (request.removesUsername()) {
			throw ApiException.invalidData(ErrorDetail.requiredValue("username"));
		}
		return UserResponse.from(call.baseUrl(), this.users.edit(call, userId, request::applyTo));
	}

	@DeleteMapping("/{userId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable UUID environmentId, @PathVariable UUID userId, ApiCall call) {
		this.users.delete(call, userId);
	}

}
