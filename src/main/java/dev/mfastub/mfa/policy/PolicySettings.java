package dev.mfastub.mfa.policy;

import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.Range;
import tools.jackson.databind.JsonNode;

import dev.mfastub.mfa.DeviceType;

/**
 * The per-method settings of a device authentication policy, in PingOne's shape: read
 * from a request, kept as one JSON document, and answered as they are. A value left out
 * of a request takes PingOne's default.
 *
 * @param sms the SMS method
 * @param voice the voice method
 * @param email the email method
 * @param totp the authenticator-app method
 * @param authentication how a device authentication picks the device
 * @param ignoreUserLock {@code true} lets a locked account authenticate
 * @param mobile PingOne's mobile-app method, kept as sent and not acted on (the stub has
 * no mobile devices); {@code null} when none was sent
 * @param fido2 PingOne's FIDO2 method, kept as sent and not acted on (the stub has no
 * FIDO2 devices); {@code null} when none was sent
 * @param newDeviceNotification PingOne's notification on a new device's pairing (such as
 * {@code EMAIL_THEN_SMS}), kept as sent and not acted on; {@code null} when none was sent
 */
public record PolicySettings(@NotNull @Valid OfflineMethod sms, @NotNull @Valid OfflineMethod voice,
		@NotNull @Valid OfflineMethod email, @NotNull @Valid TotpMethod totp, @Valid Authentication authentication,
		Boolean ignoreUserLock, @JsonInclude(JsonInclude.Include.NON_NULL) JsonNode mobile,
		@JsonInclude(JsonInclude.Include.NON_NULL) JsonNode fido2, @JsonInclude(JsonInclude.Include.NON_NULL) @Pattern(
				regexp = "NONE|EMAIL_THEN_SMS|SMS_THEN_EMAIL") String newDeviceNotification) {

	/**
	 * PingOne's default policy: SMS, voice and email on, with six-digit passcodes that
	 * live 30 minutes and three tries; TOTP off (PingOne's default policy has it off: its
	 * "authenticator app" workflow turns it on first).
	 */
	static PolicySettings defaults() {
		return new PolicySettings(OfflineMethod.defaults(), OfflineMethod.defaults(), OfflineMethod.defaults(),
				new TotpMethod(false, false, new TotpOtp(new Failure(3, new TimeSpan(2, "MINUTES"))), 5, null),
				Authentication.DEFAULT, false, null, null, null);
	}

	/** The same settings with PingOne's defaults wherever a request left a value out. */
	PolicySettings completed() {
		return new PolicySettings(this.sms.completed(), this.voice.completed(), this.email.completed(),
				this.totp.completed(), (this.authentication != null) ? this.authentication : Authentication.DEFAULT,
				Boolean.TRUE.equals(this.ignoreUserLock), this.mobile, this.fido2, this.newDeviceNotification);
	}

	/** The device selection, PingOne's {@code DEFAULT_TO_FIRST} when none was set. */
	public String deviceSelection() {
		return (this.authentication != null) ? this.authentication.deviceSelection()
				: Authentication.DEFAULT.deviceSelection();
	}

	public boolean ignoresUserLock() {
		return Boolean.TRUE.equals(this.ignoreUserLock);
	}

	/** Whether devices of the type may authenticate. */
	public boolean allows(DeviceType type) {
		return (type == DeviceType.TOTP) ? this.totp.enabled() : offline(type).enabled();
	}

	public OfflineMethod offline(DeviceType type) {
		return switch (type) {
			case SMS -> this.sms;
			case VOICE -> this.voice;
			default -> this.email;
		};
	}

	public boolean allowsPairing(DeviceType type) {
		return (type == DeviceType.TOTP) ? this.totp.enabled() && !Boolean.TRUE.equals(this.totp.pairingDisabled())
				: offline(type).enabled() && !Boolean.TRUE.equals(offline(type).pairingDisabled());
	}

	public Failure failure(DeviceType type) {
		return (type == DeviceType.TOTP) ? this.totp.otp().failure() : offline(type).otp().failure();
	}

	/**
	 * @param deviceSelection {@code DEFAULT_TO_FIRST} (the user's first device),
	 * {@code PROMPT_TO_SELECT} (the user chooses when there is more than one) or
	 * {@code ALWAYS_DISPLAY_DEVICES} (the user always chooses)
	 */
	public record Authentication(@NotNull @Pattern(
			regexp = "DEFAULT_TO_FIRST|PROMPT_TO_SELECT|ALWAYS_DISPLAY_DEVICES") String deviceSelection) {

		static final Authentication DEFAULT = new Authentication("DEFAULT_TO_FIRST");

	}

	/**
	 * @param enabled whether devices of the method may be used
	 * @param pairingDisabled whether new devices of the method may not be paired
	 * @param otp its passcodes
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record OfflineMethod(@NotNull Boolean enabled, Boolean pairingDisabled, @Valid OfflineOtp otp) {

		static OfflineMethod defaults() {
			return new OfflineMethod(true, false, OfflineOtp.defaults());
		}

		OfflineMethod completed() {
			return new OfflineMethod(this.enabled, Boolean.TRUE.equals(this.pairingDisabled),
					(this.otp != null) ? this.otp.completed() : OfflineOtp.defaults());
		}

	}

	/**
	 * @param failure wrong codes allowed, and the lock after them
	 * @param lifeTime how long a passcode is good
	 * @param otpLength its digits, 6 to 10
	 */
	public record OfflineOtp(@Valid Failure failure, @Valid TimeSpan lifeTime,
			@Range(min = 6, max = 10) Integer otpLength) {

		static OfflineOtp defaults() {
			return new OfflineOtp(new Failure(3, new TimeSpan(0, "MINUTES")), new TimeSpan(30, "MINUTES"), 6);
		}

		OfflineOtp completed() {
			OfflineOtp defaults = defaults();
			return new OfflineOtp((this.failure != null) ? this.failure.completed() : defaults.failure(),
					(this.lifeTime != null) ? this.lifeTime : defaults.lifeTime(),
					(this.otpLength != null) ? this.otpLength : defaults.otpLength());
		}

	}

	/**
	 * @param enabled whether TOTP devices may be used
	 * @param pairingDisabled whether new ones may not be paired
	 * @param otp its failures
	 * @param passcodeGracePeriod 30-second steps either side a code is still good, 1 to
	 * 10
	 * @param uriParameters extra {@code otpauth} URI parameters, such as {@code issuer}
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record TotpMethod(@NotNull Boolean enabled, Boolean pairingDisabled, @Valid TotpOtp otp,
			@Range(min = 1, max = 10) Integer passcodeGracePeriod,
			@Size(max = 10) Map<String, @Size(max = 256) String> uriParameters) {

		TotpMethod completed() {
			return new TotpMethod(this.enabled, Boolean.TRUE.equals(this.pairingDisabled),
					(this.otp != null && this.otp.failure() != null) ? new TotpOtp(this.otp.failure().completed())
							: new TotpOtp(new Failure(3, new TimeSpan(2, "MINUTES"))),
					(this.passcodeGracePeriod != null) ? this.passcodeGracePeriod : 5, this.uriParameters);
		}

	}

	public record TotpOtp(@Valid Failure failure) {

	}

	/**
	 * @param count wrong codes allowed, 1 to 7
	 * @param coolDown how long the device is locked after them
	 */
	public record Failure(@NotNull @Range(min = 1, max = 7) Integer count, @Valid TimeSpan coolDown) {

		Failure completed() {
			return new Failure(this.count, (this.coolDown != null) ? this.coolDown : new TimeSpan(0, "MINUTES"));
		}

	}

	/**
	 * @param duration how many units, 0 to 30 minutes in all
	 * @param timeUnit {@code SECONDS} or {@code MINUTES}
	 */
	public record TimeSpan(@NotNull @Range(min = 0, max = 1800) Integer duration,
			@NotNull @Pattern(regexp = "SECONDS|MINUTES") String timeUnit) {

		public Duration toDuration() {
			return "MINUTES".equals(this.timeUnit) ? Duration.ofMinutes(this.duration)
					: Duration.ofSeconds(this.duration);
		}

	}

}
