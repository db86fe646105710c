package dev.mfastub.mfa.settings;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import dev.mfastub.call.ApiCall;
import dev.mfastub.mfa.IdReference;
import dev.mfastub.web.Links.Link;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * PingOne's MFA settings: {@code /v1/environments/{envID}/mfaSettings}, read, update and
 * reset.
 */
@RestController
@Tag(name = "MFA settings")
@RequestMapping("/v1/environments/{environmentId}/mfaSettings")
class MfaSettingsController {

	private final MfaSettingsService settings;

	MfaSettingsController(MfaSettingsService settings) {
		this.settings = settings;
	}

	@GetMapping
	SettingsResponse get(ApiCall call) {
		return SettingsResponse.of(call, this.settings.shown(call));
	}

	@PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	SettingsResponse update(ApiCall call, @Valid @RequestBody MfaSettingsRequest body) {
		return SettingsResponse.of(call, this.settings.update(call, body));
	}

	@DeleteMapping
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void reset(ApiCall call) {
		this.settings.reset(call);
	}

	/**
	 * PingOne's MFA settings.
	 *
	 * @param links the settings and their environment
	 * @param environment the environment
	 * @param pairing the device limit and the pairing key format
	 * @param lockout failures before a lock, and its length
	 * @param phoneExtensions whether phone numbers may carry an extension
	 * @param users whether MFA is enabled by default for new users
	 * @param updatedAt when they were last changed; the environment's creation while they
	 * are the defaults
	 */
	record SettingsResponse(@JsonProperty("_links") SettingsLinks links, IdReference environment,
			MfaSettingsRequest.Pairing pairing, MfaSettingsRequest.Lockout lockout,
			MfaSettingsRequest.PhoneExtensions phoneExtensions, MfaSettingsRequest.Users users, Instant updatedAt) {

		static SettingsResponse of(ApiCall call, MfaSettings settings) {
			String environment = call.baseUrl() + "/v1/environments/" + call.environmentId();
			return new SettingsResponse(
					new SettingsLinks(new Link(environment + "/mfaSettings"), new Link(environment)),
					new IdReference(call.environmentId()),
					new MfaSettingsRequest.Pairing(settings.maxAllowedDevices(), settings.pairingKeyFormat()),
					new MfaSettingsRequest.Lockout(settings.lockoutFailureCount(), settings.lockoutDurationSeconds()),
					new MfaSettingsRequest.PhoneExtensions(settings.phoneExtensions()),
					new MfaSettingsRequest.Users(settings.usersMfaEnabled()), settings.updatedAt());
		}

	}

	record SettingsLinks(Link self, Link environment) {

	}

}
