package dev.mfastub.environment.lifecycle;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.mfastub.auth.CallerRoles;
import dev.mfastub.environment.Environment;
import dev.mfastub.organization.OrganizationService;
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
 * {@code /v1/environments}: PingOne's Platform API for environments. Listing shows those
 * the caller's roles cover; creating takes Organization Admin over the organization.
 */
@RestController
@Tag(name = "Environments")
@RequestMapping("/v1/environments")
class EnvironmentController {

	private final EnvironmentLifecycleService environments;

	private final JsonMapper mapper;

	EnvironmentController(EnvironmentLifecycleService environments, JsonMapper mapper) {
		this.environments = environments;
		this.mapper = mapper;
	}

	@GetMapping
	EnvironmentsResponse list(CallerRoles caller, HttpServletRequest request) {
		String base = Links.base(request);
		List<EnvironmentResponse> environments = this.environments.list(caller)
			.stream()
			.map((environment) -> EnvironmentResponse.of(base, environment, this.mapper))
			.toList();
		return new EnvironmentsResponse(new EnvironmentListLinks(new Link(base + "/v1/environments")),
				new EmbeddedEnvironments(environments), environments.size(), environments.size());
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ApiResponse(responseCode = "201", description = "The new environment; Location names it",
			content = @Content(schema = @Schema(implementation = EnvironmentResponse.class)))
	ResponseEntity<EnvironmentResponse> create(CallerRoles caller, @Valid @RequestBody EnvironmentRequest body,
			HttpServletRequest request) {
		Environment environment = this.environments.create(caller, body);
		String base = Links.base(request);
		return ResponseEntity.created(URI.create(base + "/v1/environments/" + environment.id()))
			.body(EnvironmentResponse.of(base, environment, this.mapper));
	}

	@GetMapping("/{environmentId}")
	EnvironmentResponse get(@PathVariable UUID environmentId, HttpServletRequest request) {
		return EnvironmentResponse.of(Links.base(request), this.environments.get(environmentId), this.mapper);
	}

	@PutMapping(path = "/{environmentId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	EnvironmentResponse replace(@PathVariable UUID environmentId, @Valid @RequestBody EnvironmentRequest body,
			HttpServletRequest request) {
		return EnvironmentResponse.of(Links.base(request), this.environments.replace(environmentId, body), this.mapper);
	}

	@DeleteMapping("/{environmentId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable UUID environmentId, CallerRoles caller) {
		this.environments.delete(caller, environmentId);
	}

	record EnvironmentsResponse(@JsonProperty("_links") EnvironmentListLinks links,
			@JsonProperty("_embedded") EmbeddedEnvironments embedded, int count, int size) {

	}

	record EnvironmentListLinks(Link self) {

	}

	record EmbeddedEnvironments(List<EnvironmentResponse> environments) {

	}

	/**
	 * An environment as PingOne's Platform API shows it.
	 *
	 * @param links its own, its organization's, its license's and its users'
	 * @param id its id
	 * @param name its name
	 * @param description what it is for
	 * @param organization its organization
	 * @param license its license
	 * @param region its region code
	 * @param type {@code SANDBOX} or {@code PRODUCTION}
	 * @param status {@code ACTIVE}
	 * @param createdAt when it was made
	 * @param updatedAt when it last changed
	 * @param billOfMaterials its products, as given
	 */
	record EnvironmentResponse(@JsonProperty("_links") EnvironmentLinks links, UUID id, String name, String description,
			IdRef organization, IdRef license, String region, String type, String status, Instant createdAt,
			Instant updatedAt, JsonNode billOfMaterials) {

		static EnvironmentResponse of(String base, Environment environment, JsonMapper mapper) {
			String self = base + "/v1/environments/" + environment.id();
			String organization = base + "/v1/organizations/" + environment.organizationId();
			UUID license = OrganizationService.licenseOf(environment.organizationId());
			return new EnvironmentResponse(
					new EnvironmentLinks(new Link(self), new Link(organization),
							new Link(organization + "/licenses/" + license), new Link(self + "/users")),
					environment.id(), environment.name(), environment.description(),
					new IdRef(environment.organizationId()), new IdRef(license), environment.region(),
					environment.type(), "ACTIVE", environment.createdAt(), environment.updatedAt(),
					(environment.billOfMaterials() != null) ? mapper.readTree(environment.billOfMaterials()) : null);
		}

	}

	record EnvironmentLinks(Link self, Link organization, Link license, Link users) {

	}

	record IdRef(UUID id) {

	}

}
