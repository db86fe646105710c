package dev.mfastub.auth;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import dev.mfastub.call.ApiCall;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * PingOne's application role assignments:
 * {@code /v1/environments/{envID}/applications/{appID}/roleAssignments}.
 */
@RestController
@Tag(name = "Application role assignments")
@RequestMapping("/v1/environments/{environmentId}/applications/{applicationId}/roleAssignments")
class RoleAssignmentController {

	private final RoleAssignmentService assignments;

	RoleAssignmentController(RoleAssignmentService assignments) {
		this.assignments = assignments;
	}

	@GetMapping
	RoleAssignmentsResponse list(ApiCall call, @PathVariable String applicationId, CallerRoles caller) {
		Application application = this.assignments.requireApplication(call.environmentId(), applicationId);
		String base = call.baseUrl();
		List<RoleAssignmentResponse> items = this.assignments.list(application)
			.stream()
			.map((assignment) -> response(base, caller, application, assignment))
			.toList();
		return new RoleAssignmentsResponse(
				new RoleAssignmentListLinks(new Link(collection(base, call.environmentId(), application))),
				new EmbeddedRoleAssignments(items), items.size(), items.size());
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ApiResponse(responseCode = "201", description = "The new role assignment; Location names it",
			content = @Content(schema = @Schema(implementation = RoleAssignmentResponse.class)))
	ResponseEntity<RoleAssignmentResponse> create(ApiCall call, @PathVariable String applicationId,
			@Valid @RequestBody RoleAssignmentRequest body, CallerRoles caller) {
		Application application = this.assignments.requireApplication(call.environmentId(), applicationId);
		RoleAssignment created = this.assignments.create(caller, application, body);
		RoleAssignmentResponse response = response(call.baseUrl(), caller, application, created);
		return ResponseEntity.created(URI.create(response.links().self().href())).body(response);
	}

	@GetMapping("/{assignmentId}")
	RoleAssignmentResponse get(ApiCall call, @PathVariable String applicationId, @PathVariable UUID assignmentId,
			CallerRoles caller) {
		Application application = this.assignments.requireApplication(call.environmentId(), applicationId);
		return response(call.baseUrl(), caller, application, this.assignments.get(application, assignmentId));
	}

	@DeleteMapping("/{assignmentId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(ApiCall call, @PathVariable String applicationId, @PathVariable UUID assignmentId, CallerRoles caller) {
		this.assignments.delete(caller, this.assignments.requireApplication(call.environmentId(), applicationId),
				assignmentId);
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
