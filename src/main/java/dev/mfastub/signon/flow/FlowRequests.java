package dev.mfastub.signon.flow;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

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
	record DeviceSelect(@NotNull @Valid DeviceId device) {

	}

	/**
	 * @param id one of the flow's devices
	 */
	record DeviceId(@NotNull UUID id) {

	}

	/**
	 * {@code otp.check}.
	 *
	 * @param otp the passcode
	 */
	record OtpCheck(@NotNull @Size(min = 1, max = 32) String otp) {

		@Override
		public String toString() {
			return "OtpCheck";
		}

	}

}
