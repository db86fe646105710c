package dev.mfastub.mfa.policy;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.JsonNode;

import dev.mfastub.web.ApiException;
import dev.mfastub.web.ErrorDetail;

/**
 * The body of PingOne's "Create" and "Update Device Authentication Policy".
 * {@code mobile}, {@code fido2} and {@code newDeviceNotification} are kept as sent
 * (answered back, not acted on: the stub has no mobile or FIDO2 devices); other members
 * the stub does not model are accepted and not kept.
 *
 * @param name the policy's name
 * @param sms the SMS method
 * @param voice the voice method
 * @param email the email method
 * @param totp the authenticator-app method
 * @param isDefault {@code true} makes it the environment's default policy
 * @param authentication how a device authentication picks the device
 * @param ignoreUserLock {@code true} lets a locked account authenticate
 * @param mobile the mobile-app method, kept as sent: a JSON object
 * @param fido2 the FIDO2 method, kept as sent: a JSON object
 * @param newDeviceNotification the new-device notification, kept as sent: one of
 * PingOne's {@code NONE}, {@code EMAIL_THEN_SMS}, {@code SMS_THEN_EMAIL} (its data
 * model's enum)
 */
record DevicePolicyRequest(@NotNull @Size(min = 1, max = 256) @Pattern(regexp = "[^\\p{Cc}]*") String name,
		@NotNull @Valid PolicySettings.OfflineMethod sms, @NotNull @Valid PolicySettings.OfflineMethod voice,
		@NotNull @Valid PolicySettings.OfflineMethod email, @NotNull @Valid PolicySettings.TotpMethod totp,
		@JsonProperty("default") Boolean isDefault, @Valid PolicySettings.Authentication authentication,
		Boolean ignoreUserLock, JsonNode mobile, JsonNode fido2,
		@Pattern(regexp = "NONE|EMAIL_THEN_SMS|SMS_THEN_EMAIL") String newDeviceNotification) {

	/**
	 * The settings to keep.
	 * @return them, {@code mobile} and {@code fido2} as sent
	 * @throws ApiException 400 {@code INVALID_VALUE} when {@code mobile} or {@code fido2}
	 * is not a JSON object
	 */
	@JsonIgnore
	PolicySettings settings() {
		return new PolicySettings(this.sms, this.voice, this.email, this.totp, this.authentication, this.ignoreUserLock,
				object("mobile", this.mobile), object("fido2", this.fido2), this.newDeviceNotification);
	}

	/** A member kept as sent, which PingOne's model has as an object; null as absent. */
	private static JsonNode object(String target, JsonNode value) {
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isObject()) {
			throw ApiException.invalidData(ErrorDetail.invalidValue(target, target + " must be an object."));
		}
		return value;
	}

}
