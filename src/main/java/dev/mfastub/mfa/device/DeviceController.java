package dev.mfastub.mfa.device;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import dev.mfastub.call.ApiCall;
import dev.mfastub.mfa.IdReference;
import dev.mfastub.mfa.TestOtp;
import dev.mfastub.web.Links.Link;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * PingOne's MFA user devices: {@code /v1/environments/{envID}/users/{userID}/devices}.
 * The actions on a device, and on the device order, are told apart by their media type,
 * as in PingOne.
 */
@RestController
@Tag(name = "MFA devices")
@RequestMapping("/v1/environments/{environmentId}/users/{userId}/devices")
class DeviceController {

	static final String ACTIVATE_JSON = "application/vnd.pingidentity.device.activate+json";

	static final String SEND_ACTIVATION_CODE_JSON = "application/vnd.pingidentity.device.sendActivationCode+json";

	static final String BLOCK_JSON = "application/vnd.pingidentity.device.block+json";

	static final String UNBLOCK_JSON = "application/vnd.pingidentity.device.unblock+json";

	static final String UNLOCK_JSON = "application/vnd.pingidentity.device.unlock+json";

	static final String REORDER_JSON = "application/vnd.pingidentity.devices.reorder+json";

	static final String REMOVE_ORDER_JSON = "application/vnd.pingidentity.devices.order.remove+json";

	private final DeviceService devices;

	DeviceController(DeviceService devices) {
		this.devices = devices;
	}

	@GetMapping
	DevicesResponse all(ApiCall call, @PathVariable UUID userId) {
		return DevicesResponse.of(call, userId, this.devices.all(call, userId));
	}

	// The device actions share a path and a method, told apart by media type: each
	// documents every answer of the path, since the OpenAPI document merges them.
	@DevicesAnswers
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<DeviceResponse> create(ApiCall call, @PathVariable UUID userId,
			@Valid @RequestBody DeviceRequests.Create body) {
		DeviceService.CreatedDevice created = this.devices.create(call, userId, body);
		DeviceResponse device = DeviceResponse.of(call, created.device(), created.secret(), created.keyUri(),
				created.testOtp());
		return ResponseEntity.created(URI.create(device.links().self().href())).body(device);
	}

	@DevicesAnswers
	@PostMapping(consumes = REORDER_JSON)
	DevicesResponse reorder(ApiCall call, @PathVariable UUID userId, @Valid @RequestBody DeviceRequests.Order body) {
		return DevicesResponse.of(call, userId, this.devices.reorder(call, userId, body));
	}

	// PingOne's page has Remove Device Order as a POST now; the DELETE the stub served
	// first stays, for the clients written against it.
	@DevicesAnswers
	@PostMapping(consumes = REMOVE_ORDER_JSON)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void removeOrder(ApiCall call, @PathVariable UUID userId) {
		this.devices.removeOrder(call, userId);
	}

	@DeleteMapping(consumes = REMOVE_ORDER_JSON)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void removeOrderByDelete(ApiCall call, @PathVariable UUID userId) {
		this.devices.removeOrder(call, userId);
	}

	@GetMapping("/{deviceId}")
	DeviceResponse one(ApiCall call, @PathVariable UUID userId, @PathVariable UUID deviceId) {
		return DeviceResponse.of(call, this.devices.one(call, userId, deviceId));
	}

	@DeviceAnswers
	@PostMapping(path = "/{deviceId}", consumes = ACTIVATE_JSON)
	DeviceResponse activate(ApiCall call, @PathVariable UUID userId, @PathVariable UUID deviceId,
			@Valid @RequestBody DeviceRequests.Activate body) {
		return DeviceResponse.of(call, this.devices.activate(call, userId, deviceId, body.otp()));
	}

	@DeviceAnswers
	@PostMapping(path = "/{deviceId}", consumes = SEND_ACTIVATION_CODE_JSON)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void sendActivationCode(ApiCall call, @PathVariable UUID userId, @PathVariable UUID deviceId) {
		this.devices.sendActivationCode(call, userId, deviceId);
	}

	@DeviceAnswers
	@PostMapping(path = "/{deviceId}", consumes = BLOCK_JSON)
	DeviceResponse block(ApiCall call, @PathVariable UUID userId, @PathVariable UUID deviceId) {
		return DeviceResponse.of(call, this.devices.block(call, userId, deviceId));
	}

	@DeviceAnswers
	@PostMapping(path = "/{deviceId}", consumes = UNBLOCK_JSON)
	DeviceResponse unblock(ApiCall call, @PathVariable UUID userId, @PathVariable UUID deviceId) {
		return DeviceResponse.of(call, this.devices.unblock(call, userId, deviceId));
	}

	@DeviceAnswers
	@PostMapping(path = "/{deviceId}", consumes = UNLOCK_JSON)
	DeviceResponse unlock(ApiCall call, @PathVariable UUID userId, @PathVariable UUID deviceId) {
		return DeviceResponse.of(call, this.devices.unlock(call, userId, deviceId));
	}

	@PutMapping(path = "/{deviceId}/nickname", consumes = MediaType.APPLICATION_JSON_VALUE)
	DeviceResponse rename(ApiCall call, @PathVariable UUID userId, @PathVariable UUID deviceId,
			@Valid @RequestBody DeviceRequests.Nickname body) {
		return DeviceResponse.of(call, this.devices.rename(call, userId, deviceId, body.nickname()));
	}

	@DeleteMapping("/{deviceId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(ApiCall call, @PathVariable UUID userId, @PathVariable UUID deviceId) {
		this.devices.delete(call, userId, deviceId);
	}

	private static String userUrl(ApiCall call, UUID userId) {
		return call.baseUrl() + "/v1/environments/" + call.environmentId() + "/users/" + userId;
	}

	record DevicesResponse(@JsonProperty("_links") DeviceListLinks links,
			@JsonProperty("_embedded") EmbeddedDevices embedded, int count, int size) {

		static DevicesResponse of(ApiCall call, UUID userId, List<Device> devices) {
			List<DeviceResponse> all = devices.stream().map((device) -> DeviceResponse.of(call, device)).toList();
			return new DevicesResponse(new DeviceListLinks(new Link(userUrl(call, userId) + "/devices")),
					new EmbeddedDevices(all), all.size(), all.size());
		}

	}

	record DeviceListLinks(Link self) {

	}

	record EmbeddedDevices(List<DeviceResponse> devices) {

	}

	/**
	 * A device, in PingOne's shape.
	 *
	 * @param links the device, its environment and user; {@code device.activate} while it
	 * waits for activation
	 * @param id its id
	 * @param environment its environment
	 * @param user its user
	 * @param type {@code EMAIL}, {@code SMS}, {@code VOICE} or {@code TOTP}
	 * @param status {@code ACTIVE} or {@code ACTIVATION_REQUIRED}
	 * @param nickname its name for people
	 * @param email an EMAIL device's address
	 * @param phone an SMS or VOICE device's number
	 * @param extension a VOICE device's extension, when it was created with one
	 * @param testMode {@code true} for a testing device; absent otherwise (PingOne's page
	 * shows no response with it)
	 * @param secret a new TOTP device's secret, in base32: only in the answer to its
	 * creation
	 * @param keyUri the {@code otpauth://} URI for an authenticator app: likewise
	 * @param lock {@code LOCKED} after too many wrong codes, until {@code expiresAt}
	 * @param block {@code BLOCKED} since {@code blockedAt}, or {@code UNBLOCKED}
	 * @param policy its device authentication policy
	 * @param test a testing device's pairing code, {@code otp}: only in the answer to its
	 * creation, when created {@code ACTIVATION_REQUIRED}
	 * @param createdAt when it was created
	 * @param updatedAt when it last changed
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record DeviceResponse(@JsonProperty("_links") DeviceLinks links, UUID id, IdReference environment, IdReference user,
			String type, String status, String nickname, String email, String phone, String extension, Boolean testMode,
			String secret, String keyUri, Lock lock, Block block, IdReference policy, TestOtp test, Instant createdAt,
			Instant updatedAt) {

		static DeviceResponse of(ApiCall call, Device device) {
			return of(call, device, null, null, null);
		}

		static DeviceResponse of(ApiCall call, Device device, String secret, String keyUri, String testOtp) {
			String user = userUrl(call, device.userId());
			String self = user + "/devices/" + device.id();
			boolean pending = device.status() == DeviceStatus.ACTIVATION_REQUIRED;
			return new DeviceResponse(
					new DeviceLinks(new Link(self),
							new Link(call.baseUrl() + "/v1/environments/" + call.environmentId()), new Link(user),
							pending ? new Link(self) : null),
					device.id(), new IdReference(device.environmentId()), new IdReference(device.userId()),
					device.type().name(), device.status().name(), device.nickname(), device.email(), device.phone(),
					device.extension(), device.testMode() ? Boolean.TRUE : null, secret, keyUri,
					device.lockedAt(call.now()) ? new Lock("LOCKED", device.lockedUntil()) : new Lock("UNLOCKED", null),
					(device.blockedAt() != null) ? new Block("BLOCKED", device.blockedAt())
							: new Block("UNBLOCKED", null),
					new IdReference(device.policyId()), TestOtp.of(testOtp), device.createdAt(), device.updatedAt());
		}

		@Override
		public String toString() {
			// Never the secret or the test code.
			return "DeviceResponse[id=" + this.id + ", type=" + this.type + ", status=" + this.status + "]";
		}

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record DeviceLinks(Link self, Link environment, Link user, @JsonProperty("device.activate") Link activate) {

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Lock(String status, Instant expiresAt) {

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Block(String status, Instant blockedAt) {

	}

	/**
	 * Every answer of {@code POST .../devices}, whose actions (create, reorder, remove
	 * the order) share a path and a method: the OpenAPI document merges them into one
	 * operation, so each documents them all.
	 */
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@ApiResponses({
			@ApiResponse(responseCode = "201", description = "The new device; Location names it",
					content = @Content(schema = @Schema(implementation = DeviceResponse.class))),
			@ApiResponse(responseCode = "200", description = "The devices, in the order set",
					content = @Content(schema = @Schema(implementation = DevicesResponse.class))),
			@ApiResponse(responseCode = "204", description = "The order was removed: the user has no default device",
					content = @Content) })
	@interface DevicesAnswers {

	}

	/**
	 * Every answer of {@code POST .../devices/{deviceID}}, whose actions (activate, send
	 * an activation code, block, unblock, unlock) share a path and a method.
	 */
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@ApiResponses({
			@ApiResponse(responseCode = "200", description = "The device",
					content = @Content(schema = @Schema(implementation = DeviceResponse.class))),
			@ApiResponse(responseCode = "204", description = "A new activation code was sent", content = @Content) })
	@interface DeviceAnswers {

	}

}
