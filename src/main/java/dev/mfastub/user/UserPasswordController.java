package dev.mfastub.user;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import dev.mfastub.call.ApiCall;
import dev.mfastub.web.Links.Link;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * PingOne's user password endpoints: read the password state; set a password
 * ({@code password.set+json}), update it as the user or an administrator
 * ({@code password.reset+json}), check one ({@code password.check+json}), and recover a
 * forgotten one with a code sent to the user's email
 * ({@code password.sendRecoveryCode+json}, then {@code password.recover+json}).
 */
@RestController
@Tag(name = "Users")
@RequestMapping("/v1/environments/{environmentId}/users/{userId}/password")
class UserPasswordController {

	static final String PASSWORD_SET_JSON = "application/vnd.pingidentity.password.set+json";

	static final String PASSWORD_RESET_JSON = "application/vnd.pingidentity.password.reset+json";

	static final String PASSWORD_CHECK_JSON = "application/vnd.pingidentity.password.check+json";

	static final String SEND_RECOVERY_CODE_JSON = "application/vnd.pingidentity.password.sendRecoveryCode+json";

	static final String PASSWORD_RECOVER_JSON = "application/vnd.pingidentity.password.recover+json";

	private final UserPasswordService passwords;

	UserPasswordController(UserPasswordService passwords) {
		this.passwords = passwords;
	}

	@GetMapping
	PasswordResponse get(ApiCall call, @PathVariable UUID userId) {
		return PasswordResponse.of(call, this.passwords.state(call, userId));
	}

	@PutMapping(consumes = PASSWORD_SET_JSON)
	PasswordResponse set(ApiCall call, @PathVariable UUID userId, @Valid @RequestBody PasswordSetRequest body) {
		return PasswordResponse.of(call, this.passwords.set(call, userId, body));
	}

	@PutMapping(consumes = PASSWORD_RESET_JSON)
	PasswordResponse update(ApiCall call, @PathVariable UUID userId, @Valid @RequestBody PasswordResetRequest body) {
		return PasswordResponse.of(call, this.passwords.update(call, userId, body));
	}

	// One POST path, three actions told apart by media type: each documents every answer
	// of the path, since the OpenAPI document merges them into one operation.
	@ApiResponses({
			@ApiResponse(responseCode = "200", description = "The password state",
					content = @Content(schema = @Schema(implementation = PasswordResponse.class))),
			@ApiResponse(responseCode = "204", description = "A recovery code was sent", content = @Content) })
	@PostMapping(consumes = PASSWORD_CHECK_JSON)
	PasswordResponse check(ApiCall call, @PathVariable UUID userId, @Valid @RequestBody PasswordCheckRequest body) {
		return PasswordResponse.of(call, this.passwords.check(call, userId, body));
	}

	@ApiResponses({
			@ApiResponse(responseCode = "200", description = "The password state",
					content = @Content(schema = @Schema(implementation = PasswordResponse.class))),
			@ApiResponse(responseCode = "204", description = "A recovery code was sent", content = @Content) })
	@PostMapping(consumes = SEND_RECOVERY_CODE_JSON)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void sendRecoveryCode(ApiCall call, @PathVariable UUID userId) {
		this.passwords.sendRecoveryCode(call, userId);
	}

	@ApiResponses({
			@ApiResponse(responseCode = "200", description = "The password state",
					content = @Content(schema = @Schema(implementation = PasswordResponse.class))),
			@ApiResponse(responseCode = "204", description = "A recovery code was sent", content = @Content) })
	@PostMapping(consumes = PASSWORD_RECOVER_JSON)
	PasswordResponse recover(ApiCall call, @PathVariable UUID userId, @Valid @RequestBody PasswordRecoverRequest body) {
		return PasswordResponse.of(call, this.passwords.recover(call, userId, body));
	}

	/**
	 * A user's password state, as PingOne shows it: never the password.
	 *
	 * @param links its own, its environment's and its user's
	 * @param environment the environment
	 * @param user the user
	 * @param passwordPolicy the environment's default password policy, the one that
	 * applies
	 * @param status {@code NO_PASSWORD}, {@code OK}, {@code MUST_CHANGE_PASSWORD} or
	 * {@code PASSWORD_LOCKED_OUT}
	 * @param lastChangedAt when it was last set; absent while there is none
	 */
	record PasswordResponse(@JsonProperty("_links") PasswordLinks links, UserResponse.Reference environment,
			UserResponse.Reference user, UserResponse.Reference passwordPolicy, String status,
			@JsonInclude(JsonInclude.Include.NON_NULL) Instant lastChangedAt) {

		static PasswordResponse of(ApiCall call, UserPasswordService.PasswordState state) {
			User user = state.user();
			String environment = call.baseUrl() + "/v1/environments/" + call.environmentId();
			String self = UserLinks.user(call, user.id());
			return new PasswordResponse(
					new PasswordLinks(new Link(self + "/password"), new Link(environment), new Link(self)),
					new UserResponse.Reference(call.environmentId()), new UserResponse.Reference(user.id()),
					new UserResponse.Reference(state.policyId()), user.passwordStatus(), user.passwordChangedAt());
		}

	}

	record PasswordLinks(Link self, Link environment, Link user) {

	}

}
