package dev.mfastub.user;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.node.ObjectNode;

import dev.mfastub.call.ApiCall;
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

	static final String ACCOUNT_UNLOCK_JSON = "application/vnd.pingidentity.account.unlock+json";

	/** The largest {@code limit} PingOne's description of the endpoint accepts. */
	static final int MAX_LIMIT = 1000;

	private static final String MEMBER_OF_GROUP_IDS = "memberOfGroupIDs";

	private static final String MEMBER_OF_GROUP_NAMES = "memberOfGroupNames";

	/** The most users PingOne puts on one page. */
	static final int MAX_PAGE_SIZE = 200;

	private final UserService users;

	private final UserPatcher patches;

	private final NewUsersMfaDefault newUsersMfa;

	UserController(UserService users, UserPatcher patches, NewUsersMfaDefault newUsersMfa) {
		this.users = users;
		this.patches = patches;
		this.newUsersMfa = newUsersMfa;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ApiResponse(responseCode = "201", description = "The created user; Location names it",
			content = @Content(schema = @Schema(implementation = UserResponse.class)))
	ResponseEntity<UserResponse> create(ApiCall call, @Valid @RequestBody UserRequest request) {
		if (Boolean.TRUE.equals(request.emailVerified())) {
			// PingOne: "For the Create User operation, the flag can only be set to
			// false."
			throw ApiException.invalidData(ErrorDetail.invalidValue("emailVerified",
					"emailVerified can only be set to false when creating a user; import the user to set it."));
		}
		return created(call, request, ImportedState.NONE);
	}

	/**
	 * PingOne's "Create User (Import)": a create that also takes the password, the
	 * lifecycle status and whether the email is verified.
	 */
	@PostMapping(consumes = USER_IMPORT_JSON)
	@ApiResponse(responseCode = "201", description = "The imported user; Location names it",
			content = @Content(schema = @Schema(implementation = UserResponse.class)))
	ResponseEntity<UserResponse> importUser(ApiCall call, @Valid @RequestBody UserRequest request) {
		ImportedState imported = request.toImportedState();
		if (imported.verificationRequired() && request.email() == null) {
			// PingOne sends the verification email, so it needs an address.
			throw ApiException.invalidData(ErrorDetail.requiredValue("email"));
		}
		return created(call, request, imported);
	}

	private ResponseEntity<UserResponse> created(ApiCall call, UserRequest request, ImportedState imported) {
		UUID population = (request.population() != null) ? request.population().id() : null;
		boolean mfaEnabled = (request.mfaEnabled() != null) ? request.mfaEnabled() : this.newUsersMfa.enabledFor(call);
		User user = this.users.create(call, population, request.toProfile(), mfaEnabled, imported);
		return ResponseEntity.created(URI.create(UserLinks.user(call, user.id())))
			.body(UserResponse.from(call.baseUrl(), user, call.now()));
	}

	/**
	 * PingOne's "Read All Users": pages of at most {@value #MAX_PAGE_SIZE} users, as
	 * PingOne's paging page says of this endpoint, whatever {@code limit} asks for.
	 */
	@GetMapping
	UserListResponse list(ApiCall call, @RequestParam(required = false) String filter,
			@RequestParam(required = false) @Min(1) @Max(MAX_LIMIT) Integer limit,
			@RequestParam(required = false) PageCursor cursor, HttpServletRequest request) {
		int pageSize = (limit != null) ? Math.min(limit, MAX_PAGE_SIZE) : MAX_PAGE_SIZE;
		UserFilterGrammar.Condition condition = (filter != null) ? UserFilterGrammar.parse(filter) : null;
		UserService.UserPage page = this.users.list(call, condition, pageSize, cursor);
		String collection = UserLinks.users(call);
		String query = Links.query(request);
		String self = (query != null) ? collection + "?" + query : collection;
		return new UserListResponse(
				new UserListResponse.PageLinks(new Link(self), Links.page(collection, limit, page.next(), filter),
						Links.page(collection, limit, page.previous(), filter)),
				new UserListResponse.Embedded(page.users()
					.stream()
					.map((user) -> UserResponse.from(call.baseUrl(), user, call.now()))
					.toList()),
				page.count(), page.users().size());
	}

	/**
	 * PingOne's "Read User", with {@code include=memberOfGroupIDs} or
	 * {@code memberOfGroupNames} (or both, comma-separated): the groups the user is in,
	 * however it is in them.
	 */
	@GetMapping("/{userId}")
	UserResponse get(ApiCall call, @PathVariable UUID userId,
			@RequestParam(required = false) @Size(max = 64) String include) {
		boolean ids = false;
		boolean names = false;
		if (include != null) {
			for (String value : include.split(",", -1)) {
				switch (value.strip()) {
					case MEMBER_OF_GROUP_IDS -> ids = true;
					case MEMBER_OF_GROUP_NAMES -> names = true;
					default -> throw ApiException.invalidData(
							ErrorDetail.invalidValue("include", "include is memberOfGroupIDs or memberOfGroupNames.",
									InnerError.allowedValues(List.of(MEMBER_OF_GROUP_IDS, MEMBER_OF_GROUP_NAMES))));
				}
			}
		}
		User user = this.users.require(call, userId);
		UserResponse response = UserResponse.from(call.baseUrl(), user, call.now());
		if (!ids && !names) {
			return response;
		}
		List<UserGroups.GroupName> groups = this.users.groupsOf(call, user);
		return response.withGroups(ids ? groups.stream().map(UserGroups.GroupName::id).toList() : null,
				names ? groups.stream().map(UserGroups.GroupName::name).toList() : null);
	}

	@PutMapping(path = "/{userId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	UserResponse replace(ApiCall call, @PathVariable UUID userId, @Valid @RequestBody UserRequest request) {
		return UserResponse.from(call.baseUrl(), this.users.replace(call, userId, request.toProfile()), call.now());
	}

	@PatchMapping(path = "/{userId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	UserResponse patch(ApiCall call, @PathVariable UUID userId,
			@RequestBody @Schema(implementation = UserRequest.class) ObjectNode patch) {
		return UserResponse.from(call.baseUrl(),
				this.users.edit(call, userId, (current) -> this.patches.apply(current, patch)), call.now());
	}

	/**
	 * PingOne's "User Account Unlock": the MFA settings' lock ends now, and the count of
	 * wrong passcodes starts again. No body.
	 */
	@PostMapping(path = "/{userId}", consumes = ACCOUNT_UNLOCK_JSON)
	UserResponse unlock(ApiCall call, @PathVariable UUID userId) {
		return UserResponse.from(call.baseUrl(), this.users.unlock(call, userId), call.now());
	}

	@DeleteMapping("/{userId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(ApiCall call, @PathVariable UUID userId) {
		this.users.delete(call, userId);
	}

}
