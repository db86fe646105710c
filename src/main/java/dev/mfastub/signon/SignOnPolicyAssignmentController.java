package dev.mfastub.signon;

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
import dev.mfastub.signon.SignOnPolicyController.SignOnListLinks;
import dev.mfastub.signon.SignOnPolicyController.SignOnReference;
import dev.mfastub.web.Links.Link;

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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * PingOne's "Application Sign-On Policy Assignments":
 * {@code /v1/environments/{envID}/applications/{appID}/signOnPolicyAssignments[/{id}]}.
 */
@RestController
@Tag(name = "Sign-On Policies")
@RequestMapping("/v1/environments/{environmentId}/applications/{applicationId}/signOnPolicyAssignments")
class SignOnPolicyAssignmentController {

	private final SignOnPolicyAssignmentService assignments;

	SignOnPolicyAssignmentController(SignOnPolicyAssignmentService assignments) {
		this.assignments = assignments;
	}

	@GetMapping
	SignOnAssignmentsResponse list(ApiCall call, @PathVariable String applicationId) {
		List<SignOnAssignmentResponse> items = this.assignments.list(call.environmentId(), applicationId)
			.stream()
			.map((assignment) -> SignOnAssignmentResponse.of(call, applicationId, assignment))
			.toList();
		return new SignOnAssignmentsResponse(new SignOnListLinks(new Link(collection(call, applicationId))),
				new EmbeddedAssignments(items), items.size(), items.size());
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ApiResponse(responseCode = "201", description = "The new assignment; Location names it",
			content = @Content(schema = @Schema(implementation = SignOnAssignmentResponse.class)))
	ResponseEntity<SignOnAssignmentResponse> create(ApiCall call, @PathVariable String applicationId,
			@Valid @RequestBody SignOnPolicyAssignmentRequest body) {
		SignOnAssignmentResponse created = SignOnAssignmentResponse.of(call, applicationId,
				this.assignments.create(call, applicationId, body));
		return ResponseEntity.created(URI.create(created.links().self().href())).body(created);
	}

	@GetMapping("/{assignmentId}")
	SignOnAssignmentResponse get(ApiCall call, @PathVariable String applicationId, @PathVariable UUID assignmentId) {
		return SignOnAssignmentResponse.of(call, applicationId,
				this.assignments.get(call.environmentId(), applicationId, assignmentId));
	}

	@PutMapping(path = "/{assignmentId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	SignOnAssignmentResponse update(ApiCall call, @PathVariable String applicationId, @PathVariable UUID assignmentId,
			@Valid @RequestBody SignOnPolicyAssignmentRequest body) {
		return SignOnAssignmentResponse.of(call, applicationId,
				this.assignments.update(call, applicationId, assignmentId, body));
	}

	@DeleteMapping("/{assignmentId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(ApiCall call, @PathVariable String applicationId, @PathVariable UUID assignmentId) {
		this.assignments.delete(call, applicationId, assignmentId);
	}

	private static String collection(ApiCall call, String applicationId) {
		return call.baseUrl() + "/v1/environments/" + call.environmentId() + "/applications/" + applicationId
				+ "/signOnPolicyAssignments";
	}

	record SignOnAssignmentsResponse(@JsonProperty("_links") SignOnListLinks links,
			@JsonProperty("_embedded") EmbeddedAssignments embedded, int count, int size) {

	}

	record EmbeddedAssignments(List<SignOnAssignmentResponse> signOnPolicyAssignments) {

	}

	/**
	 * An assignment as PingOne shows it.
	 *
	 * @param links its own, its environment's, its app's and its policy's
	 * @param id its id
	 * @param environment the environment
	 * @param application the app (its id is its client id)
	 * @param signOnPolicy the policy
	 * @param priority its order among the app's assignments
	 */
	record SignOnAssignmentResponse(@JsonProperty("_links") SignOnAssignmentLinks links, UUID id,
			SignOnReference environment, SignOnApplicationReference application, SignOnReference signOnPolicy,
			int priority) {

		static SignOnAssignmentResponse of(ApiCall call, String applicationId, SignOnPolicyAssignment assignment) {
			String environment = call.baseUrl() + "/v1/environments/" + call.environmentId();
			return new SignOnAssignmentResponse(
					new SignOnAssignmentLinks(new Link(collection(call, applicationId) + "/" + assignment.id()),
							new Link(environment), new Link(environment + "/applications/" + applicationId),
							new Link(environment + "/signOnPolicies/" + assignment.policyId())),
					assignment.id(), new SignOnReference(call.environmentId()),
					new SignOnApplicationReference(applicationId), new SignOnReference(assignment.policyId()),
					assignment.priority());
		}

	}

	record SignOnApplicationReference(String id) {

	}

	record SignOnAssignmentLinks(Link self, Link environment, Link application, Link signOnPolicy) {

	}

}
