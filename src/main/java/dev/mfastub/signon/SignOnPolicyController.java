package dev.mfastub.signon;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import dev.mfastub.call.ApiCall;
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
 * PingOne's sign-on policy endpoints ("Sign-On Policies", "Sign-On Policy Actions"):
 * {@code /v1/environments/{envID}/signOnPolicies[/{policyID}[/actions[/{actionID}]]]}.
 */
@RestController
@Tag(name = "Sign-On Policies")
@RequestMapping("/v1/environments/{environmentId}/signOnPolicies")
class SignOnPolicyController {

	private final SignOnPolicyService policies;

	SignOnPolicyController(SignOnPolicyService policies) {
		this.policies = policies;
	}

	@GetMapping
	SignOnPoliciesResponse list(ApiCall call) {
		List<SignOnPolicyResponse> items = this.policies.list(call.environmentId())
			.stream()
			.map((policy) -> SignOnPolicyResponse.of(call, policy))
			.toList();
		return new SignOnPoliciesResponse(new SignOnListLinks(new Link(collection(call))),
				new EmbeddedSignOnPolicies(items), items.size(), items.size());
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ApiResponse(responseCode = "201", description = "The new sign-on policy; Location names it",
			content = @Content(schema = @Schema(implementation = SignOnPolicyResponse.class)))
	ResponseEntity<SignOnPolicyResponse> create(ApiCall call, @Valid @RequestBody SignOnPolicyRequest body) {
		SignOnPolicyResponse created = SignOnPolicyResponse.of(call, this.policies.create(call, body));
		return ResponseEntity.created(URI.create(created.links().self().href())).body(created);
	}

	@GetMapping("/{policyId}")
	SignOnPolicyResponse get(ApiCall call, @PathVariable UUID policyId) {
		return SignOnPolicyResponse.of(call, this.policies.get(call.environmentId(), policyId));
	}

	@PutMapping(path = "/{policyId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	SignOnPolicyResponse update(ApiCall call, @PathVariable UUID policyId,
			@Valid @RequestBody SignOnPolicyRequest body) {
		return SignOnPolicyResponse.of(call, this.policies.update(call, policyId, body));
	}

	@DeleteMapping("/{policyId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(ApiCall call, @PathVariable UUID policyId) {
		this.policies.delete(call, policyId);
	}

	@GetMapping("/{policyId}/actions")
	SignOnActionsResponse actions(ApiCall call, @PathVariable UUID policyId) {
		List<SignOnActionResponse> items = this.policies.actions(call.environmentId(), policyId)
			.stream()
			.map((action) -> action(call, action))
			.toList();
		return new SignOnActionsResponse(new SignOnListLinks(new Link(collection(call) + "/" + policyId + "/actions")),
				new EmbeddedActions(items), items.size(), items.size());
	}

	@PostMapping(path = "/{policyId}/actions", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ApiResponse(responseCode = "201", description = "The new sign-on policy action; Location names it",
			content = @Content(schema = @Schema(implementation = SignOnActionResponse.class)))
	ResponseEntity<SignOnActionResponse> createAction(ApiCall call, @PathVariable UUID policyId,
			@Valid @RequestBody SignOnPolicyActionRequest body) {
		SignOnActionResponse created = action(call, this.policies.createAction(call, policyId, body));
		return ResponseEntity.created(URI.create(created.links().self().href())).body(created);
	}

	@GetMapping("/{policyId}/actions/{actionId}")
	SignOnActionResponse action(ApiCall call, @PathVariable UUID policyId, @PathVariable UUID actionId) {
		return action(call, this.policies.action(call.environmentId(), policyId, actionId));
	}

	@PutMapping(path = "/{policyId}/actions/{actionId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	SignOnActionResponse updateAction(ApiCall call, @PathVariable UUID policyId, @PathVariable UUID actionId,
			@Valid @RequestBody SignOnPolicyActionRequest body) {
		return action(call, this.policies.updateAction(call, policyId, actionId, body));
	}

	@DeleteMapping("/{policyId}/actions/{actionId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deleteAction(ApiCall call, @PathVariable UUID policyId, @PathVariable UUID actionId) {
		this.policies.deleteAction(call, policyId, actionId);
	}

	private SignOnActionResponse action(ApiCall call, SignOnPolicyAction action) {
		String environment = call.baseUrl() + "/v1/environments/" + call.environmentId();
		String policy = collection(call) + "/" + action.policyId();
		SignOnPolicyAction.Settings settings = action.settings();
		boolean mfa = SignOnPolicyAction.MFA.equals(action.type());
		return new SignOnActionResponse(
				new SignOnActionLinks(new Link(policy + "/actions/" + action.id()), new Link(environment),
						new Link(policy)),
				action.id(), new SignOnReference(call.environmentId()), new SignOnReference(action.policyId()),
				settings.priority(), action.type(),
				mfa ? new SignOnReference(this.policies.shownDevicePolicy(call, action)) : null,
				mfa ? settings.noDevicesMode() : null, mfa ? null : new SignOnEnabled(settings.recoveryEnabled()),
				mfa ? null
						: new SignOnRegistration(settings.registrationEnabled(),
								(settings.registrationPopulationId() != null)
										? new SignOnReference(settings.registrationPopulationId()) : null));
	}

	private static String collection(ApiCall call) {
		return call.baseUrl() + "/v1/environments/" + call.environmentId() + "/signOnPolicies";
	}

	record SignOnPoliciesResponse(@JsonProperty("_links") SignOnListLinks links,
			@JsonProperty("_embedded") EmbeddedSignOnPolicies embedded, int count, int size) {

	}

	record SignOnListLinks(Link self) {

	}

	record EmbeddedSignOnPolicies(List<SignOnPolicyResponse> signOnPolicies) {

	}

	/**
	 * A sign-on policy as PingOne shows it.
	 *
	 * @param links its own, its environment's and its actions'
	 * @param id its id
	 * @param environment its environment
	 * @param name its name
	 * @param description its description, when it has one
	 * @param isDefault whether it is the environment's default
	 * @param createdAt when it was made
	 * @param updatedAt when it last changed
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record SignOnPolicyResponse(@JsonProperty("_links") SignOnPolicyLinks links, UUID id, SignOnReference environment,
			String name, String description, @JsonProperty("default") boolean isDefault, Instant createdAt,
			Instant updatedAt) {

		static SignOnPolicyResponse of(ApiCall call, SignOnPolicy policy) {
			String self = collection(call) + "/" + policy.id();
			return new SignOnPolicyResponse(new SignOnPolicyLinks(new Link(self),
					new Link(call.baseUrl() + "/v1/environments/" + call.environmentId()), new Link(self + "/actions")),
					policy.id(), new SignOnReference(call.environmentId()), policy.name(), policy.description(),
					policy.isDefault(), policy.createdAt(), policy.updatedAt());
		}

	}

	record SignOnPolicyLinks(Link self, Link environment, Link actions) {

	}

	record SignOnReference(UUID id) {

	}

	record SignOnActionsResponse(@JsonProperty("_links") SignOnListLinks links,
			@JsonProperty("_embedded") EmbeddedActions embedded, int count, int size) {

	}

	record EmbeddedActions(List<SignOnActionResponse> actions) {

	}

	/**
	 * A sign-on policy action as PingOne shows it.
	 *
	 * @param links its own, its environment's and its policy's
	 * @param id its id
	 * @param environment its environment
	 * @param signOnPolicy its policy
	 * @param priority its order in the policy
	 * @param type {@code LOGIN} or {@code MULTI_FACTOR_AUTHENTICATION}
	 * @param deviceAuthenticationPolicy an MFA action's MFA policy
	 * @param noDevicesMode an MFA action's
	 * @param recovery a LOGIN action's
	 * @param registration a LOGIN action's
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record SignOnActionResponse(@JsonProperty("_links") SignOnActionLinks links, UUID id, SignOnReference environment,
			SignOnReference signOnPolicy, int priority, String type, SignOnReference deviceAuthenticationPolicy,
			String noDevicesMode, SignOnEnabled recovery, SignOnRegistration registration) {

	}

	record SignOnActionLinks(Link self, Link environment, Link signOnPolicy) {

	}

	record SignOnEnabled(boolean enabled) {

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record SignOnRegistration(boolean enabled, SignOnReference population) {

	}

}
