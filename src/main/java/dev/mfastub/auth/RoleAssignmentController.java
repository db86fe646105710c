package dev.mfastub.auth;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.mfastub.web.ApiException;
import dev.mfastub.web.Links;
import dev.mfastub.web.Links.Link;

/**
 * PingOne's application role assignments:
 * {@code /v1/environments/{envID}/applications/{appID}/roleAssignments}.
 */
@RestController
@Tag(name = "Application role assignments")
@RequestMapping("/v1/environments/{environmentId}/applications/{applicationId}/roleAssignments")
class RoleAssignmentController {

	private final RoleAssignments assignments;

	RoleAssignmentController(RoleAssignments assignments) {
		this.assignments = assignments;
	}

	@GetMapping
	RoleAssignmentsResponse list(@PathVariable UUID environmentId, @PathVariable String applicationId,
			Authentication authentication, HttpServletRequest request) {
		CallerRoles caller = caller(authentication);
		Application application = this.assignments.requireApplication(environmentId, applicationId);
		String base = Links.base(request);
		List<RoleAssignmentResponse> items = this.assignments.list(application)
			.stream()
			.map((assignment) -> response(base, caller, application, assignment))
			.toList();
		return new RoleAssignmentsResponse(
				new RoleAssignmentListLinks(new Link(collection(base, environmentId, application))),
				new EmbeddedRoleAssignments(items), items.size(), items.size());
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ApiResponse(responseCode = "201", description = "The new role assignment; Location names it",
			content = @Content(schema = @Schema(implementation = RoleAssignmentResponse.class)))
	ResponseEntity<RoleAssignmentResponse> create(@PathVariable UUID environmentId, @PathVariable String applicationId,
			@Valid @RequestBody RoleAssignmentRequest body, Authentication authentication, HttpServletRequest request) {
		CallerRoles caller = caller(authentication);
		Application application = this.assignments.requireApplication(environmentId, applicationId);
		RoleAssignment created = this.assignments.create(caller, application, body);
		RoleAssignmentResponse response = response(Links.base(request), caller, application, created);
		return ResponseEntity.created(URI.create(response.links().self().href())).body(response);
	}

	@GetMapping("/{assignmentId}")
	RoleAssignmentResponse get(@PathVariable UUID environmentId, @PathVariable String applicationId,
			@PathVariable UUID assignmentId, Authentication authentication, HttpServletRequest request) {
		Application application = this.assignments.requireApplication(environmentId, applicationId);
		return response(Links.base(request), caller(authentication), application,
				this.assignments.get(application, assignmentId));
	}

	@DeleteMapping("/{assignmentId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable UUID environmentId, @PathVariable String applicationId, @PathVariable UUID assignmentId,
			Authentication authentication) {
		this.assignments.delete(caller(authentication),
				this.assignments.requireApplication(environmentId, applicationId), assignmentId);
	}

	private RoleAssignmentResponse response(String base, CallerRoles caller, Application application,
			RoleAssignment assignment) {
		String environment = base + "/v1/environments/" + application.environmentId();
		String self = collection(base, application.environmentId(), application) + "/" + assignment.id();
		return new RoleAssignmentResponse(
				new RoleAssignmentLinks(new Link(self), new Link(environment),
						new Link(environment + "/applications/" + application.clientId()),
						new Link(base + "/v1/roles/" + assignment.role().id())),
				assignment.id(), new IdOnly(assignment.role().id()),
				new ScopeResponse(assignment.scopeId(), assignment.scopeType()),
				new IdOnly(application.environmentId()), new ApplicationId(application.clientId()),
				this.assignments.readOnlyFor(caller, application.environmentId(), application, assignment));
	}

	private static String collection(String base, UUID environmentId, Application application) {
		return base + "/v1/environments/" + environmentId + "/applications/" + application.clientId()
				+ "/roleAssignments";
	}

	private static CallerRoles caller(Authentication authentication) {
		return CallerRoles.of(authentication).orElseThrow(() -> ApiException.forStatus(HttpStatus.UNAUTHORIZED));
	}

	record RoleAssignmentsResponse(@JsonProperty("_links") RoleAssignmentListLinks links,
			@JsonProperty("_embedded") EmbeddedRoleAssignments embedded, int count, int size) {

	}

	record RoleAssignmentListLinks(Link self) {

	}

	record EmbeddedRoleAssignments(List<RoleAssignmentResponse> roleAssignments) {

	}

	/**
	 * A role assignment as PingOne shows it.
	 *
	 * @param links its own, its environment's, its application's and its role's
	 * @param id its id
	 * @param role the role
	 * @param scope what it is over
	 * @param environment the application's environment
	 * @param application the application
	 * @param readOnly whether the caller cannot remove it (it is the application, or
	 * holds no role that could assign it)
	 */
	record RoleAssignmentResponse(@JsonProperty("_links") RoleAssignmentLinks links, UUID id, IdOnly role,
			ScopeResponse scope, IdOnly environment, ApplicationId application, boolean readOnly) {

	}

	record RoleAssignmentLinks(Link self, Link environment, Link application, Link role) {

	}

	record IdOnly(UUID id) {

	}

	/**
	 * An application, by its id: its client id.
	 *
	 * @param id the id
	 */
	record ApplicationId(String id) {

	}

	record ScopeResponse(UUID id, RoleScope type) {

	}

}
