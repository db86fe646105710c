package dev.mfastub.auth;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * PingOne's application endpoints, for worker apps and OIDC sign-on apps:
 * {@code /v1/environments/{envID}/applications[/{appID}[/secret]]}. An app's id is its
 * client id, as in PingOne.
 */
@RestController
@Tag(name = "Applications")
@RequestMapping("/v1/environments/{environmentId}/applications")
class ApplicationController {

	private final ApplicationService applications;

	ApplicationController(ApplicationService applications) {
		this.applications = applications;
	}

	@GetMapping
	ApplicationsResponse list(ApiCall call) {
		String base = call.baseUrl();
		List<ApplicationResponse> items = this.applications.list(call.environmentId())
			.stream()
			.map((application) -> ApplicationResponse.of(base, application))
			.toList();
		return new ApplicationsResponse(
				new ApplicationListLinks(new Link(base + "/v1/environments/" + call.environmentId() + "/applications")),
				new EmbeddedApplications(items), items.size(), items.size());
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ApiResponse(responseCode = "201", description = "The new worker app; Location names it",
			content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
	ResponseEntity<ApplicationResponse> create(ApiCall call, @Valid @RequestBody ApplicationRequest body,
			CallerRoles caller) {
		ApplicationResponse created = ApplicationResponse.of(call.baseUrl(),
				this.applications.create(caller, call.environmentId(), body));
		return ResponseEntity.created(URI.create(created.links().self().href())).body(created);
	}

	@GetMapping("/{applicationId}")
	ApplicationResponse get(ApiCall call, @PathVariable String applicationId) {
		return ApplicationResponse.of(call.baseUrl(), this.applications.get(call.environmentId(), applicationId));
	}

	@PutMapping(path = "/{applicationId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	ApplicationResponse replace(ApiCall call, @PathVariable String applicationId,
			@Valid @RequestBody ApplicationRequest body) {
		return ApplicationResponse.of(call.baseUrl(),
				this.applications.replace(call.environmentId(), applicationId, body));
	}

	@DeleteMapping("/{applicationId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(ApiCall call, @PathVariable String applicationId) {
		this.applications.delete(call.environmentId(), applicationId);
	}

	@GetMapping("/{applicationId}/secret")
	SecretResponse secret(ApiCall call, @PathVariable String applicationId, CallerRoles caller) {
		return SecretResponse.of(call, applicationId,
				this.applications.secret(caller, call.environmentId(), applicationId));
	}

	/**
	 * PingOne's "Update Application Secret": a new secret; the body may keep the replaced
	 * one valid until {@code previous.expiresAt}.
	 */
	@PostMapping(path = "/{applicationId}/secret", consumes = MediaType.APPLICATION_JSON_VALUE)
	SecretResponse rotateSecret(ApiCall call, @PathVariable String applicationId, CallerRoles caller,
			@Valid @RequestBody(required = false) SecretRequest body) {
		Instant previousExpiresAt = (body != null && body.previous() != null) ? body.previous().expiresAt() : null;
		return SecretResponse.of(call, applicationId,
				this.applications.rotateSecret(caller, call.environmentId(), applicationId, previousExpiresAt));
	}

	/**
	 * The body of {@code POST .../secret}.
	 *
	 * @param previous how long the replaced secret stays valid; absent: it stops at once
	 */
	record SecretRequest(@Valid PreviousRequest previous) {

	}

	/**
	 * @param expiresAt from one minute to 30 days from now
	 */
	record PreviousRequest(@jakarta.validation.constraints.NotNull Instant expiresAt) {

	}

	record ApplicationsResponse(@JsonProperty("_links") ApplicationListLinks links,
			@JsonProperty("_embedded") EmbeddedApplications embedded, int count, int size) {

	}

	record ApplicationListLinks(Link self) {

	}

	record EmbeddedApplications(List<ApplicationResponse> applications) {

	}

	/**
	 * An app as PingOne shows it. Never its secret: that is {@code /secret}'s. A worker
	 * has none of the sign-on fields.
	 *
	 * @param links its own, its environment's, its secret's and its role assignments'
	 * @param environment its environment
	 * @param id its id, which is its client id
	 * @param name its name
	 * @param description its description, when it has one
	 * @param enabled whether its tokens work
	 * @param type {@code WORKER}
	 * @param protocol {@code OPENID_CONNECT}
	 * @param createdAt when it was made
	 * @param updatedAt when it last changed
	 * @param grantTypes {@code ["CLIENT_CREDENTIALS"]}
	 * @param tokenEndpointAuthMethod its client authentication
	 * @param responseTypes a sign-on app's
	 * @param redirectUris a sign-on app's, when it has some
	 * @param postLogoutRedirectUris a sign-on app's, when it has some
	 * @param pkceEnforcement a sign-on app's
	 * @param refreshTokenDuration a sign-on app's, in seconds
	 * @param refreshTokenRollingDuration a sign-on app's, in seconds
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record ApplicationResponse(@JsonProperty("_links") ApplicationLinks links, EnvironmentReference environment,
			String id, String name, String description, boolean enabled, String type, String protocol,
			Instant createdAt, Instant updatedAt, List<String> grantTypes, String tokenEndpointAuthMethod,
			List<String> responseTypes, List<String> redirectUris, List<String> postLogoutRedirectUris,
			String pkceEnforcement, Integer refreshTokenDuration, Integer refreshTokenRollingDuration) {

		static ApplicationResponse of(String base, Application application) {
			String environment = base + "/v1/environments/" + application.environmentId();
			String self = environment + "/applications/" + application.clientId();
			boolean worker = application.worker();
			ApplicationLinks links = new ApplicationLinks(new Link(self), new Link(environment),
					new Link(self + "/secret"), new Link(self + "/roleAssignments"),
					worker ? null : new Link(self + "/signOnPolicyAssignments"));
			if (worker) {
				return new ApplicationResponse(links, new EnvironmentReference(application.environmentId()),
						application.clientId(), application.name(), application.description(), application.enabled(),
						ApplicationService.WORKER, ApplicationService.OPENID_CONNECT, application.createdAt(),
						application.updatedAt(), List.of(ApplicationService.CLIENT_CREDENTIALS),
						application.tokenEndpointAuthMethod(), null, null, null, null, null, null);
			}
			return new ApplicationResponse(links, new EnvironmentReference(application.environmentId()),
					application.clientId(), application.name(), application.description(), application.enabled(),
					application.type(), ApplicationService.OPENID_CONNECT, application.createdAt(),
					application.updatedAt(),
					application.grantTypes().stream().map((grant) -> grant.toUpperCase(Locale.ROOT)).toList(),
					application.tokenEndpointAuthMethod(), application.responseTypes(),
					emptyToNull(application.redirectUris()), emptyToNull(application.postLogoutRedirectUris()),
					application.pkceEnforcement(), application.refreshTokenDuration(),
					application.refreshTokenRollingDuration());
		}

		private static List<String> emptyToNull(List<String> values) {
			return values.isEmpty() ? null : values;
		}

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record ApplicationLinks(Link self, Link environment, Link secret, Link roleAssignments,
			Link signOnPolicyAssignments) {

	}

	record EnvironmentReference(UUID id) {

	}

	/**
	 * An app's secret, as PingOne's "Read Application Secret" and "Update Application
	 * Secret" answer it.
	 *
	 * @param links its own, its environment's and its app's
	 * @param environment the environment
	 * @param secret the secret
	 * @param previous the replaced secret while it is valid
	 */
	record SecretResponse(@JsonProperty("_links") SecretLinks links, EnvironmentReference environment, String secret,
			@JsonInclude(JsonInclude.Include.NON_NULL) PreviousSecret previous) {

		static SecretResponse of(ApiCall call, String applicationId, ApplicationService.Secret secret) {
			String environment = call.baseUrl() + "/v1/environments/" + call.environmentId();
			String application = environment + "/applications/" + applicationId;
			return new SecretResponse(
					new SecretLinks(new Link(application + "/secret"), new Link(environment), new Link(application)),
					new EnvironmentReference(call.environmentId()), secret.secret(), (secret.previous() != null)
							? new PreviousSecret(secret.previous().secret(), secret.previous().expiresAt()) : null);
		}

	}

	/**
	 * @param secret the replaced secret, when the stub knew it in the clear
	 * @param expiresAt when it stops
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record PreviousSecret(String secret, Instant expiresAt) {

	}

	record SecretLinks(Link self, Link environment, Link application) {

	}

}
