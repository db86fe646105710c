package dev.mfastub.mfa.policy;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of PingOne's "Create" and "Update Device Authentication Policy". The methods
 * the stub does not mimic (mobile, FIDO2, ...) and the notification settings are accepted
 * and not kept.
 *
 * @param name the policy's name
 * @param sms the SMS method
 * @param voice the voice method
 * @param email the email method
 * @param totp the authenticator-app method
 * @param isDefault {@code true} makes it the environment's default policy
 * @param authentication how a device authentication picks the device
 * @param ignoreUserLock {@code true} lets a locked account authenticate
 */
record DevicePolicyRequest(@NotNull @Size(min = 1, max = 256) @Pattern(regexp = "[^\\p{Cc}]*") String name,
		@NotNull @Valid PolicySettings.OfflineMethod sms, @NotNull @Valid PolicySettings.OfflineMethod voice,
		@NotNull @Valid PolicySettings.OfflineMethod email, @NotNull @Valid PolicySettings.TotpMethod totp,
		@JsonProperty("default") Boolean isDefault, @Valid PolicySettings.Authentication authentication,
		Boolean ignoreUserLock) {

	@JsonIgnore
	PolicySettings settings() {
		return new PolicySettings(this.sms, this.voice, this.email, this.totp, this.authentication,
				this.ignoreUserLock);
	}

}
