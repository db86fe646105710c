package dev.mfastub.user;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.mfastub.environment.ApiCall;
import dev.mfastub.web.Links.Link;

/**
 * PingOne's user password endpoints: read the password state; set a password
 * ({@code password.set+json}), update it as the user or an administrator
 * ({@code password.reset+json}) and check one ({@code password.check+json}).
 */
@RestController
@Tag(name = "Users")
@RequestMapping("/v1/environments/{environmentId}/users/{userId}/password")
class UserPasswordController {

	static final String PASSWORD_SET_JSON = "application/vnd.pingidentity.password.set+json";

	static final String PASSWORD_RESET_JSON = "application/vnd.pingidentity.password.reset+json";

	static final String PASSWORD_CHECK_JSON = "application/vnd.pingidentity.password.check+json";

	private final UserPasswords passwords;

	UserPasswordController(UserPasswords passwords) {
		this.passwords = passwords;
	}

	@GetMapping
	PasswordResponse get(@PathVariable UUID environmentId, @PathVariable UUID userId, ApiCall call) {
		return PasswordResponse.of(call, this.passwords.state(call, userId));
	}

	@PutMapping(consumes = PASSWORD_SET_JSON)
	PasswordResponse set(@PathVariable UUID environmentId, @PathVariable UUID userId, ApiCall call,
			@Valid @RequestBody PasswordSetRequest body) {
		return PasswordResponse.of(call, this.passwords.set(call, userId, body));
	}

	@PutMapping(consumes = PASSWORD_RESET_JSON)
	PasswordResponse update(@PathVariable UUID environmentId, @PathVariable UUID userId, ApiCall call,
			@Valid @RequestBody PasswordResetRequest body) {
		return PasswordResponse.of(call, this.passwords.update(call, userId, body));
	}

	@PostMapping(consumes = PASSWORD_CHECK_JSON)
	PasswordResponse check(@PathVariable UUID environmentId, @PathVariable UUID userId, ApiCall call,
			@Valid @RequestBody PasswordCheckRequest body) {
		return PasswordResponse.of(call, this.passwords.check(call, userId, body));
	}

	/**
	 * A user's password state, as PingOne shows it: never the password.
	 *
	 * @param links its own, its environment's and its user's
	 * @param environment the environment
	 * @param user the user
	 * @param passwordPolicy the environment's password policy
	 * @param status {@code NO_PASSWORD}, {@code OK} or {@code MUST_CHANGE_PASSWORD}
	 * @param lastChangedAt when it was last set; absent while there is none
	 */
	record PasswordResponse(@JsonProperty("_links") PasswordLinks links, UserResponse.Reference environment,
			UserResponse.Reference user, UserResponse.Reference passwordPolicy, String status,
			@JsonInclude(JsonInclude.Include.NON_NULL) Instant lastChangedAt) {

		static PasswordResponse of(ApiCall call, User user) {
			String environment = call.baseUrl() + "/v1/environments/" + call.environmentId();
			String self = UserLinks.user(call, user.id());
			return new PasswordResponse(
					new PasswordLinks(new Link(self + "/password"), new Link(environment), new Link(self)),
					new UserResponse.Reference(call.environmentId()), new UserResponse.Reference(user.id()),
					new UserResponse.Reference(PasswordPolicy.idOf(call.environmentId())), user.passwordStatus(),
					user.passwordChangedAt());
		}

	}

	record PasswordLinks(Link self, Link environment, Link user) {

	}

}
