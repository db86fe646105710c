package dev.mfastub.signon.flow;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.mfastub.mfa.device.DeviceRequests;

/**
 * The bodies of the Flow API's actions, one per media type.
 */
final class FlowRequests {

	private FlowRequests() {
	}

	/**
	 * {@code usernamePassword.check}.
	 *
	 * @param username the username
	 * @param password the password
	 */
	record UsernamePassword(@NotNull @Size(min = 1, max = 128) String username,
			@NotNull @Size(min = 1, max = 255) String password) {

		@Override
		public String toString() {
			// Never the password.
			return "UsernamePassword[username=" + this.username + "]";
		}

	}

	/**
	 * {@code device.select}.
	 *
	 * @param device the device, by id
	 */
	record DeviceSelect(@NotNull @Valid DeviceRequests.DeviceReference device) {

	}

	/**
	 * {@code otp.check}.
	 *
	 * @param otp the passcode
	 */
	record OtpCheck(@NotNull @Pattern(regexp = DeviceRequests.OTP) String otp) {

		@Override
		public String toString() {
			return "OtpCheck";
		}

	}

}
