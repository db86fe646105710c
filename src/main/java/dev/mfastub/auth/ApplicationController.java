package dev.mfastub.auth;

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
 * PingOne's application endpoints, for worker apps:
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
		String secret = this.applications.secret(caller, call.environmentId(), applicationId);
		String environment = call.baseUrl() + "/v1/environments/" + call.environmentId();
		String application = environment + "/applications/" + applicationId;
		return new SecretResponse(
				new SecretLinks(new Link(application + "/secret"), new Link(environment), new Link(application)),
				new EnvironmentReference(call.environmentId()), secret);
	}

	record ApplicationsResponse(@JsonProperty("_links") ApplicationListLinks links,
			@JsonProperty("_embedded") EmbeddedApplications embedded, int count, int size) {

	}

	record ApplicationListLinks(Link self) {

	}

	record EmbeddedApplications(List<ApplicationResponse> applications) {

	}

	/**
	 * A worker app as PingOne shows it. Never its secret: that is {@code /secret}'s.
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
	 */
	record ApplicationResponse(@JsonProperty("_links") ApplicationLinks links, EnvironmentReference environment,
			String id, String name, @JsonInclude(JsonInclude.Include.NON_NULL) String description, boolean enabled,
			String type, String protocol, Instant createdAt, Instant updatedAt, List<String> grantTypes,
			String tokenEndpointAuthMethod) {

		static ApplicationResponse of(String base, Application application) {
			String environment = base + "/v1/environments/" + application.environmentId();
			String self = environment + "/applications/" + application.clientId();
			return new ApplicationResponse(
					new ApplicationLinks(new Link(self), new Link(environment), new Link(self + "/secret"),
							new Link(self + "/roleAssignments")),
					new EnvironmentReference(application.environmentId()), application.clientId(), application.name(),
					application.description(), application.enabled(), ApplicationService.WORKER,
					ApplicationService.OPENID_CONNECT, application.createdAt(), application.updatedAt(),
					List.of(ApplicationService.CLIENT_CREDENTIALS), application.tokenEndpointAuthMethod());
		}

	}

	record ApplicationLinks(Link self, Link environment, Link secret, Link roleAssignments) {

	}

	record EnvironmentReference(UUID id) {

	}

	/**
	 * An app's secret, as PingOne's "Read Application Secret" answers it.
	 *
	 * @param links its own, its environment's and its app's
	 * @param environment the environment
	 * @param secret the secret
	 */
	record SecretResponse(@JsonProperty("_links") SecretLinks links, EnvironmentReference environment, String secret) {

	}

	record SecretLinks(Link self, Link environment, Link application) {

	}

}
