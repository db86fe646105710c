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
 * PingOne's "Enable Users": {@code /v1/environments/{envID}/users/{userID}/enabled},
 * whether a user may authenticate.
 */
@RestController
@Tag(name = "Users")
@RequestMapping("/v1/environments/{environmentId}/users/{userId}/enabled")
class UserEnabledController {

	private final UserService users;

	UserEnabledController(UserService users) {
		this.users = users;
	}

	@GetMapping
	EnabledResponse get(ApiCall call, @PathVariable UUID userId) {
		return EnabledResponse.of(call, this.users.require(call, userId));
	}

	@PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	EnabledResponse change(ApiCall call, @PathVariable UUID userId, @Valid @RequestBody EnabledRequest body) {
		return EnabledResponse.of(call, this.users.changeEnabled(call, userId, body.enabled()));
	}

	/**
	 * @param enabled must be a JSON boolean
	 */
	record EnabledRequest(@NotNull Boolean enabled) {

	}

	/**
	 * Whether a user is enabled, in the shape of PingOne's other user sub-resources.
	 *
	 * @param links this resource and its user
	 * @param enabled whether the user may authenticate
	 */
	record EnabledResponse(@JsonProperty("_links") EnabledLinks links, boolean enabled) {

		static EnabledResponse of(ApiCall call, User user) {
			String self = UserLinks.user(call, user.id());
			return new EnabledResponse(new EnabledLinks(new Link(self + "/enabled"), new Link(self)), user.enabled());
		}

	}

	record EnabledLinks(Link self, Link user) {

	}

}
