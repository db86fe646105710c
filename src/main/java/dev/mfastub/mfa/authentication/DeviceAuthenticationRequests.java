package dev.mfastub.mfa.authentication;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.mfastub.mfa.device.DeviceRequests;

/**
 * The bodies of PingOne's device authentication calls.
 */
final class DeviceAuthenticationRequests {

	private DeviceAuthenticationRequests() {
	}

	/**
	 * "Initialize Device Authentication".
	 *
	 * @param user the user to authenticate
	 * @param policy the device authentication policy; the environment's default when
	 * absent
	 * @param selectedDevice a device chosen in advance: one of the user's, or a one-time
	 * address
	 */
	record Start(@NotNull @Valid DeviceRequests.DeviceReference user, @Valid DeviceRequests.PolicyReference policy,
			@Valid SelectedDevice selectedDevice) {

	}

	/**
	 * @param id one of the user's devices
	 * @param oneTime an address that is no paired device
	 */
	record SelectedDevice(UUID id, @Valid OneTime oneTime) {

	}

	/**
	 * PingOne's one-time device: a passcode to an address the user has not paired.
	 *
	 * @param type {@code EMAIL}, {@code SMS} or {@code VOICE}
	 * @param email where an EMAIL passcode goes
	 * @param phone where an SMS or VOICE passcode goes
	 */
	record OneTime(@NotNull @Pattern(regexp = "EMAIL|SMS|VOICE") String type,
			@Email @Size(min = 1, max = 256) String email,
			@Size(min = 7, max = 32) @Pattern(regexp = DeviceRequests.PHONE) String phone) {

		@Override
		public String toString() {
			// Never the address.
			return "OneTime[type=" + this.type + "]";
		}

	}

	/**
	 * "Select Device for Authentication".
	 *
	 * @param device the device
	 * @param compatibility PingOne's FIDO2 compatibility level: accepted, with no effect
	 */
	record Select(@NotNull @Valid DeviceRequests.DeviceReference device,
			@Pattern(regexp = "FULL|SECURITY_KEY_ONLY|NONE") String compatibility) {

	}

	/**
	 * "Validate OTP for Device".
	 *
	 * @param otp the passcode sent, or the TOTP code
	 */
	record Check(@NotNull @Pattern(regexp = DeviceRequests.OTP) String otp) {

		@Override
		public String toString() {
			// Never the passcode.
			return "Check[]";
		}

	}

	/**
	 * "Cancel Device Authentication".
	 *
	 * @param reason {@code CHANGE_DEVICE}: the user will choose another device
	 */
	record Cancel(@NotNull @Pattern(regexp = "CHANGE_DEVICE") String reason) {

	}

}
