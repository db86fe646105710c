package dev.mfastub.mfa.device;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.mfastub.web.PrintableText;

/**
 * The bodies of PingOne's device calls.
 */
public final class DeviceRequests {

	/**
	 * A phone number as PingOne's device pages accept it: digits with an optional leading
	 * {@code +} and the separators {@code . - ( )} and spaces, such as
	 * {@code +1.5125551234} or {@code +1 (512) 555-1234}.
	 */
	public static final String PHONE = "^\\+?[0-9]([0-9 .()-]*[0-9])?$";

	/** A one-time passcode: 6 to 10 digits. */
	public static final String OTP = "^[0-9]{6,10}$";

	private DeviceRequests() {
	}

	/**
	 * "Create MFA User Device".
	 *
	 * @param type {@code EMAIL}, {@code SMS}, {@code VOICE} or {@code TOTP}
	 * @param status {@code ACTIVE} (the default for a worker app) or
	 * {@code ACTIVATION_REQUIRED}
	 * @param nickname its name for people
	 * @param email where an EMAIL device's passcodes go
	 * @param phone where an SMS or VOICE device's passcodes go
	 * @param extension a VOICE device's extension beside its phone number: 1 to 10 digits
	 * @param policy the device authentication policy; the environment's default when
	 * absent
	 * @param testMode a testing device ("Create MFA User Device for testing"), EMAIL, SMS
	 * or VOICE only: its passcodes are answered in {@code test.otp}; false when absent
	 */
	public record Create(@NotNull @Size(max = 64) String type,
			@Pattern(regexp = "ACTIVE|ACTIVATION_REQUIRED") String status,
			@Size(min = 1, max = 100) @Pattern(regexp = PrintableText.PATTERN) String nickname,
			@Email @Size(min = 1, max = 256) String email,
			@Size(min = 7, max = 32) @Pattern(regexp = PHONE) String phone,
			@Size(min = 1, max = 10) @Pattern(regexp = "[0-9]*") String extension, @Valid PolicyReference policy,
			Boolean testMode) {

		/** Whether it is a testing device; absent (or {@code null}) is false. */
		public boolean testing() {
			return Boolean.TRUE.equals(this.testMode);
		}

	}

	/**
	 * @param id the policy's id
	 */
	public record PolicyReference(@NotNull UUID id) {

	}

	/**
	 * "Activate MFA User Device".
	 *
	 * @param otp the pairing passcode, or the TOTP code
	 */
	public record Activate(@NotNull @Pattern(regexp = OTP) String otp) {

		@Override
		public String toString() {
			// Never the passcode.
			return "Activate[]";
		}

	}

	/**
	 * "Update Device Nickname".
	 *
	 * @param nickname the new name
	 */
	record Nickname(@NotNull @Size(min = 1, max = 100) @Pattern(regexp = PrintableText.PATTERN) String nickname) {

	}

	/**
	 * "Set Device Order".
	 *
	 * @param order the devices, first first
	 */
	record Order(@NotNull @Size(min = 1, max = 15) List<@NotNull @Valid DeviceReference> order) {

	}

	/**
	 * @param id a device's id
	 */
	public record DeviceReference(@NotNull UUID id) {

	}

}
