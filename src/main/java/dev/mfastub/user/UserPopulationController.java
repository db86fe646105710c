package dev.mfastub.user;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import dev.mfastub.call.ApiCall;
import dev.mfastub.web.Links.Link;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * PingOne's "User Populations":
 * {@code /v1/environments/{envID}/users/{userID}/population}, the population a user is
 * in, and moving it to another.
 */
@RestController
@Tag(name = "Users")
@RequestMapping("/v1/environments/{environmentId}/users/{userId}/population")
class UserPopulationController {

	private final UserService users;

	UserPopulationController(UserService users) {
		this.users = users;
	}

	@GetMapping
	UserPopulationResponse get(ApiCall call, @PathVariable UUID userId) {
		return UserPopulationResponse.of(call, this.users.require(call, userId));
	}

	@PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	UserPopulationResponse move(ApiCall call, @PathVariable UUID userId,
			@Valid @RequestBody UserPopulationRequest body) {
		return UserPopulationResponse.of(call, this.users.move(call, userId, body.id()));
	}

	/**
	 * @param id the population to move the user to
	 */
	record UserPopulationRequest(@NotNull UUID id) {

	}

	/**
	 * A user's population, as PingOne's user-populations data model has it: its id.
	 *
	 * @param links this resource, its user and the population
	 * @param id the population's id
	 */
	record UserPopulationResponse(@JsonProperty("_links") UserPopulationLinks links, UUID id) {

		static UserPopulationResponse of(ApiCall call, User user) {
			String self = UserLinks.user(call, user.id());
			String population = call.baseUrl() + "/v1/environments/" + call.environmentId() + "/populations/"
					+ user.populationId();
			return new UserPopulationResponse(
					new UserPopulationLinks(new Link(self + "/population"), new Link(self), new Link(population)),
					user.populationId());
		}

	}

	record UserPopulationLinks(Link self, Link user, Link population) {

	}

}
