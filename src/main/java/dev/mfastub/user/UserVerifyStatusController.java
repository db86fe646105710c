package dev.mfastub.user;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

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
 * PingOne's user verification status:
 * {@code /v1/environments/{envID}/users/{userID}/verifyStatus}, whether ID verification
 * can be done for a user. The stub runs no ID verification; it keeps the status a client
 * sets, as the user's {@code verifyStatus} shows it.
 */
@RestController
@Tag(name = "Users")
@RequestMapping("/v1/environments/{environmentId}/users/{userId}/verifyStatus")
class UserVerifyStatusController {

	private final UserService users;

	UserVerifyStatusController(UserService users) {
		this.users = users;
	}

	@GetMapping
	VerifyStatusResponse get(ApiCall call, @PathVariable UUID userId) {
		return VerifyStatusResponse.of(call, this.users.require(call, userId));
	}

	@PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	VerifyStatusResponse change(ApiCall call, @PathVariable UUID userId, @Valid @RequestBody VerifyStatusRequest body) {
		return VerifyStatusResponse.of(call, this.users.changeVerifyStatus(call, userId, body.verifyStatus()));
	}

	/**
	 * @param verifyStatus PingOne's {@code NOT_INITIATED}, {@code ENABLED} or
	 * {@code DISABLED}
	 */
	record VerifyStatusRequest(@NotNull @Pattern(regexp = "^(NOT_INITIATED|ENABLED|DISABLED)$") String verifyStatus) {

	}

	/**
	 * A user's verification status, in the shape of PingOne's other user sub-resources.
	 *
	 * @param links this resource and its user
	 * @param verifyStatus the status
	 */
	record VerifyStatusResponse(@JsonProperty("_links") VerifyStatusLinks links, String verifyStatus) {

		static VerifyStatusResponse of(ApiCall call, User user) {
			String self = UserLinks.user(call, user.id());
			return new VerifyStatusResponse(new VerifyStatusLinks(new Link(self + "/verifyStatus"), new Link(self)),
					user.verifyStatus());
		}

	}

	record VerifyStatusLinks(Link self, Link user) {

	}

}
