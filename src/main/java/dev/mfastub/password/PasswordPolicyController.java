package dev.mfastub.password;

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
 * PingOne's password policy endpoints ("Password Policies"):
 * {@code /v1/environments/{envID}/passwordPolicies}.
 */
@RestController
@Tag(name = "Password Policies")
@RequestMapping("/v1/environments/{environmentId}/passwordPolicies")
class PasswordPolicyController {

	private final PasswordPolicyService policies;

	PasswordPolicyController(PasswordPolicyService policies) {
		this.policies = policies;
	}

	@GetMapping
	PasswordPoliciesResponse list(ApiCall call) {
		List<PasswordPolicyResponse> policies = this.policies.list(call.environmentId())
			.stream()
			.map((policy) -> PasswordPolicyResponse.of(call, policy))
			.toList();
		return new PasswordPoliciesResponse(new PasswordPolicyListLinks(new Link(collection(call))),
				new EmbeddedPasswordPolicies(policies), policies.size(), policies.size());
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ApiResponse(responseCode = "201", description = "The new password policy; Location names it",
			content = @Content(schema = @Schema(implementation = PasswordPolicyResponse.class)))
	ResponseEntity<PasswordPolicyResponse> create(ApiCall call, @Valid @RequestBody PasswordPolicyRequest body) {
		PasswordPolicyResponse created = PasswordPolicyResponse.of(call, this.policies.create(call, body));
		return ResponseEntity.created(URI.create(created.links().self().href())).body(created);
	}

	@GetMapping("/{passwordPolicyId}")
	PasswordPolicyResponse get(ApiCall call, @PathVariable UUID passwordPolicyId) {
		return PasswordPolicyResponse.of(call, this.policies.get(call.environmentId(), passwordPolicyId));
	}

	@PutMapping(path = "/{passwordPolicyId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	PasswordPolicyResponse update(ApiCall call, @PathVariable UUID passwordPolicyId,
			@Valid @RequestBody PasswordPolicyRequest body) {
		return PasswordPolicyResponse.of(call, this.policies.update(call, passwordPolicyId, body));
	}

	@DeleteMapping("/{passwordPolicyId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(ApiCall call, @PathVariable UUID passwordPolicyId) {
		this.policies.delete(call, passwordPolicyId);
	}

	private static String collection(ApiCall call) {
		return call.baseUrl() + "/v1/environments/" + call.environmentId() + "/passwordPolicies";
	}

	record PasswordPoliciesResponse(@JsonProperty("_links") PasswordPolicyListLinks links,
			@JsonProperty("_embedded") EmbeddedPasswordPolicies embedded, int count, int size) {

	}

	record PasswordPolicyListLinks(Link self) {

	}

	record EmbeddedPasswordPolicies(List<PasswordPolicyResponse> passwordPolicies) {

	}

	/**
	 * A password policy as PingOne shows it: the members of its data model, a rule only
	 * when it is set.
	 *
	 * @param links its own and its environment's
	 * @param id its id
	 * @param environment its environment
	 * @param name its name
	 * @param description its description, when it has one
	 * @param excludesProfileData not a value of the user's profile
	 * @param notSimilarToCurrent not too like the current password
	 * @param excludesCommonlyUsed not a commonly used password
	 * @param maxRepeatedCharacters the most times one character may follow itself
	 * @param minUniqueCharacters the fewest different characters
	 * @param minComplexity the haystack complexity in days
	 * @param history the earlier passwords that may not come back
	 * @param lockout the wrong passwords before a lockout
	 * @param length the fewest and most characters
	 * @param minCharacters how many characters of each of PingOne's four sets
	 * @param maxAgeDays the days until a password must change
	 * @param minAgeDays the days before a password may change
	 * @param populationCount how many populations name it (the stub's populations name
	 * none)
	 * @param createdAt when it was made
	 * @param updatedAt when it last changed
	 * @param isDefault whether it is the environment's default policy
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record PasswordPolicyResponse(@JsonProperty("_links") PasswordPolicyLinks links, UUID id,
			PasswordPolicyEnvironment environment, String name, String description, boolean excludesProfileData,
			boolean notSimilarToCurrent, boolean excludesCommonlyUsed, Integer maxRepeatedCharacters,
			Integer minUniqueCharacters, Integer minComplexity, PasswordPolicyRules.PasswordHistory history,
			PasswordPolicyRules.PasswordLockout lockout, PasswordPolicyRules.PasswordLength length,
			MinCharacters minCharacters, Integer maxAgeDays, Integer minAgeDays, int populationCount, Instant createdAt,
			Instant updatedAt, @JsonProperty("default") boolean isDefault) {

		static PasswordPolicyResponse of(ApiCall call, PasswordPolicy policy) {
			String environment = call.baseUrl() + "/v1/environments/" + call.environmentId();
			PasswordPolicyRules rules = policy.rules();
			return new PasswordPolicyResponse(
					new PasswordPolicyLinks(new Link(collection(call) + "/" + policy.id()), new Link(environment)),
					policy.id(), new PasswordPolicyEnvironment(call.environmentId()), rules.name(), rules.description(),
					rules.excludesProfileData(), rules.notSimilarToCurrent(), rules.excludesCommonlyUsed(),
					rules.maxRepeatedCharacters(), rules.minUniqueCharacters(), rules.minComplexity(), rules.history(),
					rules.lockout(), rules.length(), rules.minCharacters(), rules.maxAgeDays(), rules.minAgeDays(), 0,
					policy.createdAt(), policy.updatedAt(), policy.isDefault());
		}

	}

	record PasswordPolicyLinks(Link self, Link environment) {

	}

	record PasswordPolicyEnvironment(UUID id) {

	}

}
