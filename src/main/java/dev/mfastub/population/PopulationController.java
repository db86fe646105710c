package dev.mfastub.population;

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
 * PingOne's population endpoints: {@code /v1/environments/{envID}/populations}.
 */
@RestController
@Tag(name = "Populations")
@RequestMapping("/v1/environments/{environmentId}/populations")
class PopulationController {

	private final PopulationService populations;

	PopulationController(PopulationService populations) {
		this.populations = populations;
	}

	@GetMapping
	PopulationsResponse list(ApiCall call) {
		List<PopulationResponse> populations = this.populations.list(call.environmentId())
			.stream()
			.map((population) -> PopulationResponse.of(call, population))
			.toList();
		return new PopulationsResponse(new PopulationListLinks(new Link(collection(call))),
				new EmbeddedPopulations(populations), populations.size(), populations.size());
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ApiResponse(responseCode = "201", description = "The new population; Location names it",
			content = @Content(schema = @Schema(implementation = PopulationResponse.class)))
	ResponseEntity<PopulationResponse> create(ApiCall call, @Valid @RequestBody PopulationRequest body) {
		PopulationResponse created = PopulationResponse.of(call, this.populations.create(call, body));
		return ResponseEntity.created(URI.create(created.links().self().href())).body(created);
	}

	@GetMapping("/{populationId}")
	PopulationResponse get(ApiCall call, @PathVariable UUID populationId) {
		return PopulationResponse.of(call, this.populations.get(call.environmentId(), populationId));
	}

	@PutMapping(path = "/{populationId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	PopulationResponse replace(ApiCall call, @PathVariable UUID populationId,
			@Valid @RequestBody PopulationRequest body) {
		return PopulationResponse.of(call, this.populations.replace(call, populationId, body));
	}

	@DeleteMapping("/{populationId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(ApiCall call, @PathVariable UUID populationId) {
		this.populations.delete(call, populationId);
	}

	private static String collection(ApiCall call) {
		return call.baseUrl() + "/v1/environments/" + call.environmentId() + "/populations";
	}

	record PopulationsResponse(@JsonProperty("_links") PopulationListLinks links,
			@JsonProperty("_embedded") EmbeddedPopulations embedded, int count, int size) {

	}

	record PopulationListLinks(Link self) {

	}

	record EmbeddedPopulations(List<PopulationResponse> populations) {

	}

	/**
	 * A population as PingOne shows it.
	 *
	 * @param links its own and its environment's
	 * @param id its id
	 * @param environment its environment
	 * @param name its name
	 * @param description its description, when it has one
	 * @param userCount how many users are in it
	 * @param createdAt when it was made
	 * @param updatedAt when it last changed
	 * @param isDefault whether it is the environment's default population
	 */
	record PopulationResponse(@JsonProperty("_links") PopulationLinks links, UUID id, EnvironmentRef environment,
			String name, @JsonInclude(JsonInclude.Include.NON_NULL) String description, long userCount,
			Instant createdAt, Instant updatedAt, @JsonProperty("default") boolean isDefault) {

		static PopulationResponse of(ApiCall call, PopulationService.Counted counted) {
			Population population = counted.population();
			String environment = call.baseUrl() + "/v1/environments/" + call.environmentId();
			return new PopulationResponse(
					new PopulationLinks(new Link(collection(call) + "/" + population.id()), new Link(environment)),
					population.id(), new EnvironmentRef(call.environmentId()), population.name(),
					population.description(), counted.userCount(), population.createdAt(), population.updatedAt(),
					counted.isDefault());
		}

	}

	record PopulationLinks(Link self, Link environment) {

	}

	record EnvironmentRef(UUID id) {

	}

}
