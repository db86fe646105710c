package dev.mfastub.mfa.policy;

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
import tools.jackson.databind.JsonNode;

import dev.mfastub.call.ApiCall;
import dev.mfastub.mfa.IdReference;
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
 * PingOne's device authentication policies:
 * {@code /v1/environments/{envID}/deviceAuthenticationPolicies}. Every environment has
 * its default one, which can be read and updated.
 */
@RestController
@Tag(name = "Device authentication policies")
@RequestMapping("/v1/environments/{environmentId}/deviceAuthenticationPolicies")
class DevicePolicyController {

	private final DevicePolicyService policies;

	DevicePolicyController(DevicePolicyService policies) {
		this.policies = policies;
	}

	@GetMapping
	PoliciesResponse all(ApiCall call) {
		List<PolicyResponse> all = this.policies.all(call)
			.stream()
			.map((policy) -> PolicyResponse.of(call, policy))
			.toList();
		return new PoliciesResponse(new PoliciesLinks(new Link(environmentUrl(call) + "/deviceAuthenticationPolicies")),
				new EmbeddedPolicies(all), all.size(), all.size());
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ApiResponse(responseCode = "201", description = "The new policy; Location names it",
			content = @Content(schema = @Schema(implementation = PolicyResponse.class)))
	ResponseEntity<PolicyResponse> create(ApiCall call, @Valid @RequestBody DevicePolicyRequest body) {
		PolicyResponse created = PolicyResponse.of(call, this.policies.create(call, body));
		return ResponseEntity.created(URI.create(created.links().self().href())).body(created);
	}

	@GetMapping("/{policyId}")
	PolicyResponse one(ApiCall call, @PathVariable UUID policyId) {
		return PolicyResponse.of(call, this.policies.require(call, policyId));
	}

	@PutMapping(path = "/{policyId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	PolicyResponse update(ApiCall call, @PathVariable UUID policyId, @Valid @RequestBody DevicePolicyRequest body) {
		return PolicyResponse.of(call, this.policies.update(call, policyId, body));
	}

	@DeleteMapping("/{policyId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(ApiCall call, @PathVariable UUID policyId) {
		this.policies.delete(call, policyId);
	}

	private static String environmentUrl(ApiCall call) {
		return call.baseUrl() + "/v1/environments/" + call.environmentId();
	}

	record PoliciesResponse(@JsonProperty("_links") PoliciesLinks links,
			@JsonProperty("_embedded") EmbeddedPolicies embedded, int count, int size) {

	}

	record PoliciesLinks(Link self) {

	}

	record EmbeddedPolicies(List<PolicyResponse> deviceAuthenticationPolicies) {

	}

	/**
	 * A device authentication policy, in PingOne's shape.
	 *
	 * @param links the policy and its environment
	 * @param id its id
	 * @param environment its environment
	 * @param name its name
	 * @param sms the SMS method
	 * @param voice the voice method
	 * @param email the email method
	 * @param totp the authenticator-app method
	 * @param authentication how a device authentication picks the device
	 * @param ignoreUserLock whether a locked account may authenticate
	 * @param mobile the mobile-app method as it was sent; absent when none was
	 * @param fido2 the FIDO2 method as it was sent; absent when none was
	 * @param newDeviceNotification the new-device notification as it was sent; absent
	 * when none was
	 * @param forSignOnPolicy PingOne's deprecated flag, always {@code false}
	 * @param isDefault whether it is the environment's default
	 * @param createdAt when it was created
	 * @param updatedAt when it was last changed; its environment's creation while it is
	 * PingOne's, never written
	 */
	record PolicyResponse(@JsonProperty("_links") PolicyLinks links, UUID id, IdReference environment, String name,
			PolicySettings.OfflineMethod sms, PolicySettings.OfflineMethod voice, PolicySettings.OfflineMethod email,
			PolicySettings.TotpMethod totp, PolicySettings.Authentication authentication, boolean ignoreUserLock,
			@JsonInclude(JsonInclude.Include.NON_NULL) JsonNode mobile,
			@JsonInclude(JsonInclude.Include.NON_NULL) JsonNode fido2,
			@JsonInclude(JsonInclude.Include.NON_NULL) String newDeviceNotification, boolean forSignOnPolicy,
			@JsonProperty("default") boolean isDefault, Instant createdAt, Instant updatedAt) {

		static PolicyResponse of(ApiCall call, DevicePolicyService.Policy policy) {
			String environment = environmentUrl(call);
			PolicySettings settings = policy.settings();
			return new PolicyResponse(
					new PolicyLinks(new Link(environment + "/deviceAuthenticationPolicies/" + policy.id()),
							new Link(environment)),
					policy.id(), new IdReference(policy.environmentId()), policy.name(), settings.sms(),
					settings.voice(), settings.email(), settings.totp(),
					new PolicySettings.Authentication(settings.deviceSelection()), settings.ignoresUserLock(),
					settings.mobile(), settings.fido2(), settings.newDeviceNotification(), false, policy.isDefault(),
					policy.createdAt(), policy.updatedAt());
		}

	}

	record PolicyLinks(Link self, Link environment) {

	}

}
