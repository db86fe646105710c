package dev.mfastub.mfa;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import dev.mfastub.user.UserLinks;
import dev.mfastub.web.Links.Link;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * PingOne's MFA user endpoints, {@code .../users/{userID}/mfaEnabled} and
 * {@code .../users/{userID}/bypassMFA}, with exactly the bodies of PingOne's examples.
 */
@RestController
@Tag(name = "MFA")
@RequestMapping("/v1/environments/{environmentId}/users/{userId}")
class MfaController {

	private final MfaService mfa;

	MfaController(MfaService mfa) {
		this.mfa = mfa;
	}

	@GetMapping("/mfaEnabled")
	MfaEnabledResponse mfaEnabled(@PathVariable UUID environmentId, @PathVariable UUID userId) {
		return MfaEnabledResponse.of(environmentId, userId, this.mfa.mfaEnabled(environmentId, userId));
	}

	@PutMapping(path = "/mfaEnabled", consumes = MediaType.APPLICATION_JSON_VALUE)
	MfaEnabledResponse changeMfaEnabled(@PathVariable UUID environmentId, @PathVariable UUID userId,
			@Valid @RequestBody MfaEnabledRequest request) {
		return MfaEnabledResponse.of(environmentId, userId,
				this.mfa.changeMfaEnabled(environmentId, userId, request.mfaEnabled()));
	}

	@GetMapping("/bypassMFA")
	BypassResponse bypass(@PathVariable UUID environmentId, @PathVariable UUID userId) {
		return BypassResponse.of(environmentId, userId, this.mfa.bypass(environmentId, userId));
	}

	@PutMapping(path = "/bypassMFA", consumes = MediaType.APPLICATION_JSON_VALUE)
	BypassResponse changeBypass(@PathVariable UUID environmentId, @PathVariable UUID userId,
			@Valid @RequestBody BypassRequest request) {
		return BypassResponse.of(environmentId, userId,
				this.mfa.changeBypass(environmentId, userId, request.bypassMFAEnabledUntil()));
	}

	/**
	 * The links of both MFA resources: themselves and their user.
	 *
	 * @param self this resource
	 * @param user the user it belongs to
	 */
	record MfaLinks(Link self, Link user) {

		static MfaLinks of(UUID environmentId, UUID userId, String resource) {
			String user = UserLinks.user(environmentId, userId);
			return new MfaLinks(new Link(user + "/" + resource), new Link(user));
		}

	}

	/**
	 * @param mfaEnabled must be a JSON boolean
	 */
	record MfaEnabledRequest(@NotNull Boolean mfaEnabled) {

	}

	record MfaEnabledResponse(@JsonProperty("_links") MfaLinks links, boolean mfaEnabled) {

		static MfaEnabledResponse of(UUID environmentId, UUID userId, boolean mfaEnabled) {
			return new MfaEnabledResponse(MfaLinks.of(environmentId, userId, "mfaEnabled"), mfaEnabled);
		}

	}

	/**
	 * @param bypassMFAEnabledUntil when the bypass ends, in PingOne's one date format
	 */
	record BypassRequest(@NotNull BypassUntil bypassMFAEnabledUntil) {

	}

	/**
	 * Both fields are omitted when the user has no current bypass.
	 */
	record BypassResponse(@JsonProperty("_links") MfaLinks links, BypassUntil bypassMFAEnabledUntil,
			Boolean canBypassMFA) {

		static BypassResponse of(UUID environmentId, UUID userId, MfaService.Bypass bypass) {
			MfaLinks links = MfaLinks.of(environmentId, userId, "bypassMFA");
			if (bypass.until() == null) {
				return new BypassResponse(links, null, null);
			}
			return new BypassResponse(links, bypass.until(), bypass.active());
		}

	}

}
