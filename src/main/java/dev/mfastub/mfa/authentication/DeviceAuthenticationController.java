package dev.mfastub.mfa.authentication;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import dev.mfastub.call.ApiCall;
import dev.mfastub.mfa.DeviceType;
import dev.mfastub.mfa.IdReference;
import dev.mfastub.mfa.TestOtp;
import dev.mfastub.mfa.device.Device;
import dev.mfastub.web.Links.Link;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * PingOne's device authentications, on the auth server's paths:
 * {@code /{envID}/deviceAuthentications}. The actions on a flow are told apart by their
 * media type, as in PingOne.
 */
@RestController
@Tag(name = "MFA device authentications")
@RequestMapping("/{environmentId}/deviceAuthentications")
class DeviceAuthenticationController {

	static final String DEVICE_SELECT_JSON = "application/vnd.pingidentity.device.select+json";

	static final String OTP_CHECK_JSON = "application/vnd.pingidentity.otp.check+json";

	static final String CANCEL_JSON = "application/vnd.pingidentity.cancel.push.authentication+json";

	private final DeviceAuthenticationService authentications;

	DeviceAuthenticationController(DeviceAuthenticationService authentications) {
		this.authentications = authentications;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ApiResponse(responseCode = "201", description = "The new flow; Location names it",
			content = @Content(schema = @Schema(implementation = AuthenticationResponse.class)))
	ResponseEntity<AuthenticationResponse> start(ApiCall call,
			@Valid @RequestBody DeviceAuthenticationRequests.Start body) {
		AuthenticationResponse flow = AuthenticationResponse.of(call, this.authentications.start(call, body));
		return ResponseEntity.created(URI.create(flow.links().self().href())).body(flow);
	}

	@GetMapping("/{authenticationId}")
	AuthenticationResponse one(ApiCall call, @PathVariable UUID authenticationId) {
		return AuthenticationResponse.of(call, this.authentications.one(call, authenticationId));
	}

	@PostMapping(path = "/{authenticationId}", consumes = DEVICE_SELECT_JSON)
	AuthenticationResponse select(ApiCall call, @PathVariable UUID authenticationId,
			@Valid @RequestBody DeviceAuthenticationRequests.Select body) {
		return AuthenticationResponse.of(call, this.authentications.select(call, authenticationId, body.device().id()));
	}

	@PostMapping(path = "/{authenticationId}", consumes = OTP_CHECK_JSON)
	AuthenticationResponse check(ApiCall call, @PathVariable UUID authenticationId,
			@Valid @RequestBody DeviceAuthenticationRequests.Check body) {
		return AuthenticationResponse.of(call, this.authentications.check(call, authenticationId, body.otp()));
	}

	@PostMapping(path = "/{authenticationId}", consumes = CANCEL_JSON)
	AuthenticationResponse cancel(ApiCall call, @PathVariable UUID authenticationId,
			@Valid @RequestBody DeviceAuthenticationRequests.Cancel body) {
		return AuthenticationResponse.of(call, this.authentications.cancel(call, authenticationId));
	}

	/**
	 * A device authentication, in PingOne's shape.
	 *
	 * @param links the flow; {@code device.select} while it is pending and has paired
	 * devices to choose from (not on a one-time device), {@code otp.check} only while it
	 * waits for a passcode ({@code OTP_REQUIRED})
	 * @param embedded the user's devices that can authenticate, their addresses masked;
	 * the one-time device
	 * @param id its id
	 * @param environment its environment
	 * @param status {@code DEVICE_SELECTION_REQUIRED}, {@code OTP_REQUIRED},
	 * {@code COMPLETED} or {@code FAILED}
	 * @param policy its device authentication policy
	 * @param selectedDevice the device chosen: a paired one's id, or the one-time device
	 * @param user the user
	 * @param error why a {@code FAILED} flow failed
	 * @param test the passcode just sent to a testing device, {@code otp}: only in the
	 * answer of the call that sent it (PingOne's "Create MFA User Device for testing")
	 * @param createdAt when it started
	 * @param updatedAt when it last changed
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record AuthenticationResponse(@JsonProperty("_links") AuthenticationLinks links,
			@JsonProperty("_embedded") AuthenticationDevices embedded, UUID id, IdReference environment, String status,
			IdReference policy, SelectedDeviceAnswer selectedDevice, IdReference user, AuthenticationError error,
			TestOtp test, Instant createdAt, Instant updatedAt) {

		static AuthenticationResponse of(ApiCall call, DeviceAuthenticationService.Flow flow) {
			DeviceAuthentication authentication = flow.authentication();
			Link self = new Link(
					call.baseUrl() + "/" + call.environmentId() + "/deviceAuthentications/" + authentication.id());
			boolean pending = authentication.status().pending();
			OneTimeAnswer oneTime = (authentication.oneTimeType() != null)
					? OneTimeAnswer.of(authentication.oneTimeType(), authentication.oneTimeAddress()) : null;
			List<AuthenticationDevice> devices = (oneTime != null)
					? List.of(new AuthenticationDevice(null, oneTime.type(), null, oneTime.email(), oneTime.phone()))
					: flow.devices().stream().map(AuthenticationDevice::of).toList();
			SelectedDeviceAnswer selected = (oneTime != null) ? new SelectedDeviceAnswer(null, oneTime)
					: (authentication.selectedDeviceId() != null)
							? new SelectedDeviceAnswer(authentication.selectedDeviceId(), null) : null;
			return new AuthenticationResponse(
					// A one-time device is the flow's only device: it refuses
					// device.select.
					new AuthenticationLinks(self, (pending && oneTime == null) ? self : null,
							(authentication.status() == DeviceAuthenticationStatus.OTP_REQUIRED) ? self : null),
					new AuthenticationDevices(devices), authentication.id(),
					new IdReference(authentication.environmentId()), authentication.status().name(),
					new IdReference(authentication.policyId()), selected, new IdReference(authentication.userId()),
					(authentication.errorCode() != null)
							? new AuthenticationError(authentication.errorCode(), authentication.errorMessage()) : null,
					TestOtp.of(flow.testOtp()), authentication.createdAt(), authentication.updatedAt());
		}

		@Override
		public String toString() {
			// Never the test code.
			return "AuthenticationResponse[id=" + this.id + ", status=" + this.status + "]";
		}

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record AuthenticationLinks(Link self, @JsonProperty("device.select") Link deviceSelect,
			@JsonProperty("otp.check") Link otpCheck) {

	}

	record AuthenticationDevices(List<AuthenticationDevice> devices) {

	}

	/**
	 * A device that can authenticate, as a flow shows it: its address masked.
	 *
	 * @param id its id; absent for a one-time device
	 * @param type its type
	 * @param status {@code ACTIVE}; absent for a one-time device
	 * @param email an EMAIL device's address, masked
	 * @param phone an SMS or VOICE device's number, masked
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record AuthenticationDevice(UUID id, String type, String status, String email, String phone) {

		static AuthenticationDevice of(Device device) {
			return new AuthenticationDevice(device.id(), device.type().name(), device.status().name(),
					Masks.email(device.email()), Masks.phone(device.phone()));
		}

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record SelectedDeviceAnswer(UUID id, OneTimeAnswer oneTime) {

	}

	/**
	 * @param type {@code EMAIL}, {@code SMS} or {@code VOICE}
	 * @param email the address, masked
	 * @param phone the number, masked
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record OneTimeAnswer(String type, String email, String phone) {

		static OneTimeAnswer of(DeviceType type, String address) {
			return (type == DeviceType.EMAIL) ? new OneTimeAnswer(type.name(), Masks.email(address), null)
					: new OneTimeAnswer(type.name(), null, Masks.phone(address));
		}

	}

	/**
	 * @param code {@code LIMIT_EXCEEDED}
	 * @param message why
	 */
	record AuthenticationError(String code, String message) {

	}

	/**
	 * Addresses as PingOne's flows show them: enough to recognise, not to read.
	 */
	static final class Masks {

		private Masks() {
		}

		/**
		 * The first two characters of the local part (one if it is that short), then
		 * ****.
		 */
		static String email(String email) {
			if (email == null) {
				return null;
			}
			int at = email.lastIndexOf('@');
			int kept = Math.min(2, Math.max(1, at - 1));
			return email.substring(0, Math.min(kept, at)) + "****" + email.substring(at);
		}

		/** Every digit but the last four as {@code *}, a leading {@code +} kept. */
		static String phone(String phone) {
			if (phone == null) {
				return null;
			}
			String digits = phone.replaceAll("[^0-9]", "");
			int shown = Math.min(4, digits.length());
			return (phone.startsWith("+") ? "+" : "") + "*".repeat(digits.length() - shown)
					+ digits.substring(digits.length() - shown);
		}

	}

}
