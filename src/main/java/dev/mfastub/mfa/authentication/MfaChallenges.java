package dev.mfastub.mfa.authentication;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.mfastub.call.ApiCall;
import dev.mfastub.mfa.device.Device;
import dev.mfastub.web.ApiException;
import dev.mfastub.web.CountedFailureException;

import org.springframework.stereotype.Service;

/**
 * The device authentication rules lent to a sign-on's MFA action: one set of rules for
 * {@code /deviceAuthentications} and for the Flow API. Each challenge is a device
 * authentication underneath, so device choice, passcodes to the outbox, TOTP on the
 * environment's clock, wrong-code counts, device and account lockouts are the same.
 * Whether MFA applies at all ({@code mfaEnabled}, the bypass) is the caller's decision.
 */
@Service
public class MfaChallenges {

	private final DeviceAuthenticationService authentications;

	MfaChallenges(DeviceAuthenticationService authentications) {
		this.authentications = authentications;
	}

	/**
	 * Starts a challenge for a user: the policy's automatic choice of device is made, and
	 * its passcode sent.
	 * @param call the call
	 * @param userId the user
	 * @param policyId the device authentication policy; {@code null} (or one that no
	 * longer exists) for the environment's default
	 * @return the challenge, or empty when the user has no device that can authenticate
	 * @throws ApiException a 400 when the user's account is locked
	 */
	public Optional<Challenge> begin(ApiCall call, UUID userId, UUID policyId) {
		return this.authentications.begin(call, userId, policyId).map(Challenge::of);
	}

	/**
	 * The challenge as it is now.
	 * @param call the call
	 * @param id the challenge
	 * @return it
	 * @throws ApiException a 404 once it expired
	 */
	public Challenge read(ApiCall call, UUID id) {
		return Challenge.of(this.authentications.one(call, id));
	}

	/**
	 * Chooses a device (again): a new passcode is sent.
	 * @param call the call
	 * @param id the challenge
	 * @param deviceId one of its devices
	 * @return the challenge
	 * @throws ApiException a 400 when the device cannot authenticate
	 */
	public Challenge select(ApiCall call, UUID id, UUID deviceId) {
		return Challenge.of(this.authentications.select(call, id, deviceId));
	}

	/**
	 * Checks a passcode; a wrong one is counted (its transaction is not rolled back).
	 * @param call the call
	 * @param id the challenge
	 * @param otp the passcode
	 * @return the challenge, {@code COMPLETED}
	 * @throws CountedFailureException a wrong passcode; the challenge may then be
	 * {@code FAILED}
	 */
	public Challenge check(ApiCall call, UUID id, String otp) {
		return Challenge.of(this.authentications.check(call, id, otp));
	}

	/**
	 * A challenge as a sign-on shows it.
	 *
	 * @param id the device authentication
	 * @param status {@code DEVICE_SELECTION_REQUIRED}, {@code OTP_REQUIRED},
	 * {@code COMPLETED} or {@code FAILED}
	 * @param selectedDeviceId the device chosen, or {@code null}
	 * @param devices the user's devices that can authenticate, in the user's order
	 * @param errorMessage why it failed, or {@code null}
	 * @param testOtp the passcode just sent to a testing device, or {@code null}
	 */
	public record Challenge(UUID id, String status, UUID selectedDeviceId, List<ChallengeDevice> devices,
			String errorMessage, String testOtp) {

		static Challenge of(DeviceAuthenticationService.Flow flow) {
			DeviceAuthentication authentication = flow.authentication();
			return new Challenge(authentication.id(), authentication.status().name(), authentication.selectedDeviceId(),
					flow.devices().stream().map(ChallengeDevice::of).toList(), authentication.errorMessage(),
					flow.testOtp());
		}

		@Override
		public String toString() {
			// Never the test code.
			return "Challenge[" + this.id + ", " + this.status + "]";
		}

	}

	/**
	 * A device that can authenticate, its address masked as PingOne's flows show it.
	 *
	 * @param id its id
	 * @param type its type
	 * @param status {@code ACTIVE}
	 * @param email an EMAIL device's address, masked
	 * @param phone an SMS or VOICE device's number, masked
	 * @param nickname its nickname, or {@code null}
	 */
	public record ChallengeDevice(UUID id, String type, String status, String email, String phone, String nickname) {

		static ChallengeDevice of(Device device) {
			return new ChallengeDevice(device.id(), device.type().name(), device.status().name(),
					DeviceAuthenticationController.Masks.email(device.email()),
					DeviceAuthenticationController.Masks.phone(device.phone()), device.nickname());
		}

	}

}
