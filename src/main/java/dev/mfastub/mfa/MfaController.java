package dev.mfastub.mfa;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import dev.mfastub.call.ApiCall;
import dev.mfastub.user.UserLinks;
import dev.mfastub.web.Links.Link;

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
	MfaEnabledResponse mfaEnabled(ApiCall call, @PathVariable UUID userId) {
		return MfaEnabledResponse.of(call, userId, this.mfa.mfaEnabled(call, userId));
	}

	@PutMapping(path = "/mfaEnabled", consumes = MediaType.APPLICATION_JSON_VALUE)
	MfaEnabledResponse changeMfaEnabled(ApiCall call, @PathVariable UUID userId,
			@Valid @RequestBody MfaEnabledRequest request) {
		return MfaEnabledResponse.of(call, userId, this.mfa.changeMfaEnabled(call, userId, request.mfaEnabled()));
	}

	@GetMapping("/bypassMFA")
	BypassResponse bypass(ApiCall call, @PathVariable UUID userId) {
		return BypassResponse.of(call, userId, this.mfa.bypass(call, userId));
	}

	@PutMapping(path = "/bypassMFA", consumes = MediaType.APPLICATION_JSON_VALUE)
	BypassResponse changeBypass(ApiCall call, @PathVariable UUID userId, @Valid @RequestBody BypassRequest request) {
		return BypassResponse.of(call, userId, this.mfa.changeBypass(call, userId, request.bypassMFAEnabledUntil()));
	}

	/**
	 * The links of both MFA resources: themselves and their user.
	 *
	 * @param self this resource
	 * @param user the user it belongs to
	 */
	record MfaLinks(Link self, Link user) {

		static MfaLinks of(ApiCall call, UUID userId, String resource) {
			String user = UserLinks.user(call, userId);
			return new MfaLinks(new Link(user + "/" + resource), new Link(user));
		}

	}

	/**
	 * @param mfaEnabled must be a JSON boolean
	 */
	record MfaEnabledRequest(@NotNull Boolean mfaEnabled) {

	}

	record MfaEnabledResponse(@JsonProperty("_links") MfaLinks links, boolean mfaEnabled) {

		static MfaEnabledResponse of(ApiCall call, UUID userId, boolean mfaEnabled) {
			return new MfaEnabledResponse(MfaLinks.of(call, userId, "mfaEnabled"), mfaEnabled);
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

		static BypassResponse of(ApiCall call, UUID userId, MfaService.Bypass bypass) {
			MfaLinks links = MfaLinks.of(call, userId, "bypassMFA");
			if (bypass.until() == null) {
				return new BypassResponse(links, null, null);
			}
			return new BypassResponse(links, bypass.until(), bypass.active());
		}

	}

}
