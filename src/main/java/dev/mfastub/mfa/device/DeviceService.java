package dev.mfastub.mfa.device;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import dev.mfastub.call.ApiCall;
import dev.mfastub.call.EventType;
import dev.mfastub.call.Journal;
import dev.mfastub.environment.EnvironmentService;
import dev.mfastub.mfa.DeviceType;
import dev.mfastub.mfa.policy.DevicePolicyService;
import dev.mfastub.mfa.policy.Passcode;
import dev.mfastub.mfa.policy.PolicySettings;
import dev.mfastub.mfa.settings.MfaSettingsService;
import dev.mfastub.outbox.OutboxService;
import dev.mfastub.user.OneTimeCodes;
import dev.mfastub.user.User;
import dev.mfastub.user.UserService;
import dev.mfastub.web.ApiException;
import dev.mfastub.web.CountedFailureException;
import dev.mfastub.web.ErrorDetail.InnerError;
import dev.mfastub.web.ErrorDetail;
import dev.mfastub.web.PingInstants;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users' MFA devices: creation within the MFA settings' limit and the policy's methods,
 * pairing with a passcode from the outbox or a TOTP code on the environment's clock, and
 * the changes PingOne's device calls make. Every change is journalled with the device
 * before and after, never its secret or passcode.
 */
@Service
@Transactional(readOnly = true)
public class DeviceService {

	/**
	 * The order PingOne lists a user's devices in: the order a client set, then by
	 * activation time, as PingOne's default order is; devices waiting for activation
	 * last, by creation.
	 */
	public static final Comparator<Device> ORDER = Comparator
		.comparing(Device::position, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(Device::activatedAt, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(Device::createdAt)
		.thenComparing(Device::id);

	private final DeviceRepository devices;

	private final UserService users;

	private final DevicePolicyService policies;

	private final MfaSettingsService settings;

	private final OutboxService outbox;

	private final EnvironmentService environments;

	private final Journal journal;

	DeviceService(DeviceRepository devices, UserService users, DevicePolicyService policies,
			MfaSettingsService settings, OutboxService outbox, EnvironmentService environments, Journal journal) {
		this.devices = devices;
		this.users = users;
		this.policies = policies;
		this.settings = settings;
		this.outbox = outbox;
		this.environments = environments;
		this.journal = journal;
	}

	public List<Device> all(ApiCall call, UUID userId) {
		this.users.require(call, userId);
		return ordered(call, userId);
	}

	Device one(ApiCall call, UUID userId, UUID deviceId) {
		this.users.require(call, userId);
		return this.devices.findByEnvironmentIdAndUserIdAndId(call.environmentId(), userId, deviceId)
			.orElseThrow(ApiException::notFound);
	}

	/**
	 * PingOne's "Create MFA User Device". The user's row is locked first, so two
	 * creations for one user count each other against the limit.
	 * @return the device, and for TOTP the secret, shown this once
	 */
	@Transactional
	public CreatedDevice create(ApiCall call, UUID userId, DeviceRequests.Create request) {
		User user = this.users.requireForUpdate(call, userId);
		DeviceType type = typeOf(request.type());
		if (request.testing() && !type.sendsPasscodes()) {
			throw ApiException.invalidData(ErrorDetail.invalidValue("testMode",
					"Only EMAIL, SMS and VOICE devices can be testing devices (testMode)."));
		}
		if (request.extension() != null && type != DeviceType.VOICE) {
			throw ApiException
				.invalidData(ErrorDetail.invalidValue("extension", "Only VOICE devices have an extension."));
		}
		DevicePolicyService.Policy policy = policyOf(call, request.policy());
		if (!policy.settings().allowsPairing(type)) {
			throw ApiException.invalidData(ErrorDetail.invalidValue("type",
					"The device authentication policy does not allow pairing " + type + " devices."));
		}
		String address = addressOf(type, request);
		requireRoomForAPairedDevice(call, userId);
		boolean pairs = type == DeviceType.TOTP || "ACTIVATION_REQUIRED".equals(request.status());
		Device device = new Device(call.environmentId(), UUID.randomUUID(), userId, type,
				pairs ? DeviceStatus.ACTIVATION_REQUIRED : DeviceStatus.ACTIVE, address, request.nickname(),
				policy.id(), call.now());
		if (request.extension() != null) {
			device.useExtension(request.extension());
		}
		if (request.testing()) {
			device.useTestMode();
		}
		String secret = null;
		String testOtp = null;
		if (type == DeviceType.TOTP) {
			secret = Totp.newSecret();
			device.useTotpSecret(secret);
		}
		else if (pairs) {
			String code = sendPasscode(call, device, policy);
			// PingOne's page: a testing device created ACTIVATION_REQUIRED answers its
			// pairing code in test.otp. The outbox keeps it too, as for every device.
			testOtp = device.testMode() ? code : null;
		}
		else {
			// Created active, it is paired now: it joins the end of any order, as an
			// activated device does.
			appendToOrder(call, device);
		}
		Device saved = this.devices.saveAndFlush(device);
		this.journal.record(call, EventType.DEVICE_CREATED, userId, null, DeviceSnapshot.of(saved, call.now()));
		return new CreatedDevice(saved, secret, (secret != null) ? keyUri(call, user, policy, secret) : null, testOtp);
	}

	/**
	 * PingOne's "Activate MFA User Device". A wrong code is counted even though the call
	 * fails; two activations of one device take turns on its row.
	 */
	@Transactional(noRollbackFor = CountedFailureException.class)
	public Device activate(ApiCall call, UUID userId, UUID deviceId, String otp) {
		// The user's row first, as a creation and a device authentication take it: the
		// paired devices are counted while no other change of the user's can pair one.
		this.users.requireForUpdate(call, userId);
		Device device = lockOfHeldUser(call, userId, deviceId);
		if (device.status() != DeviceStatus.ACTIVATION_REQUIRED) {
			throw ApiException.invalidData(
					ErrorDetail.invalidValue("status", "The device is already active: it needs no activation."));
		}
		requireUsable(call, device);
		requireRoomForAPairedDevice(call, userId);
		DevicePolicyService.Policy policy = this.policies.forDevice(call, device.policyId());
		boolean matches;
		if (device.type() == DeviceType.TOTP) {
			matches = Totp.matches(device.totpSecret(), otp, call.now(),
					policy.settings().totp().passcodeGracePeriod());
		}
		else {
			if (device.otp().hash() == null) {
				throw ApiException.invalidData(ErrorDetail.invalidValue("otp",
						"No passcode is waiting for this device: send a new one (device.sendActivationCode)."));
			}
			if (!call.now().isBefore(device.otp().expiresAt())) {
				throw ApiException.invalidData(ErrorDetail.invalidValue("otp",
						"The passcode has expired: send a new one (device.sendActivationCode)."));
			}
			matches = OneTimeCodes.matches(otp, device.otp().hash());
		}
		if (!matches) {
			refuse(call, device, policy);
		}
		DeviceSnapshot before = DeviceSnapshot.of(device, call.now());
		device.activate(call.now());
		appendToOrder(call, device);
		return changed(call, EventType.DEVICE_ACTIVATED, before, device);
	}

	/** PingOne's resend of a pairing passcode: a new one, and the old one void. */
	@Transactional
	void sendActivationCode(ApiCall call, UUID userId, UUID deviceId) {
		Device device = lock(call, userId, deviceId);
		if (device.status() != DeviceStatus.ACTIVATION_REQUIRED || !device.type().sendsPasscodes()) {
			throw ApiException.invalidData(ErrorDetail.invalidValue("status",
					(device.type().sendsPasscodes()) ? "The device is already active: it needs no activation code."
							: "A TOTP device is activated with a code from its secret: nothing is sent."));
		}
		requireUsable(call, device);
		sendPasscode(call, device, this.policies.forDevice(call, device.policyId()));
		this.devices.saveAndFlush(device);
	}

	@Transactional
	public Device block(ApiCall call, UUID userId, UUID deviceId) {
		return change(call, userId, deviceId, EventType.DEVICE_BLOCKED, (device) -> device.block(call.now()));
	}

	@Transactional
	public Device unblock(ApiCall call, UUID userId, UUID deviceId) {
		return change(call, userId, deviceId, EventType.DEVICE_UNBLOCKED, (device) -> device.unblock(call.now()));
	}

	@Transactional
	public Device unlock(ApiCall call, UUID userId, UUID deviceId) {
		return change(call, userId, deviceId, EventType.DEVICE_UNLOCKED, (device) -> device.unlock(call.now()));
	}

	@Transactional
	Device rename(ApiCall call, UUID userId, UUID deviceId, String nickname) {
		return change(call, userId, deviceId, EventType.DEVICE_RENAMED,
				(device) -> device.rename(nickname, call.now()));
	}

	@Transactional
	public void delete(ApiCall call, UUID userId, UUID deviceId) {
		Device device = lock(call, userId, deviceId);
		this.devices.delete(device);
		this.journal.record(call, EventType.DEVICE_DELETED, userId, DeviceSnapshot.of(device, call.now()), null);
	}

	/**
	 * PingOne's "Set Device Order", of "a user's active devices": the devices listed come
	 * first, in that order, the first the default; the others follow by activation. A
	 * device that is not active has no place in it.
	 */
	@Transactional
	List<Device> reorder(ApiCall call, UUID userId, DeviceRequests.Order request) {
		this.users.requireForUpdate(call, userId);
		Map<UUID, Device> byId = new LinkedHashMap<>();
		ordered(call, userId).forEach((device) -> byId.put(device.id(), device));
		List<UUID> before = List.copyOf(byId.keySet());
		Set<UUID> seen = new HashSet<>();
		List<UUID> order = new ArrayList<>();
		for (int i = 0; i < request.order().size(); i++) {
			UUID id = request.order().get(i).id();
			if (!byId.containsKey(id)) {
				throw ApiException.invalidData(
						ErrorDetail.invalidValue("order[" + i + "].id", "The user has no device with this id."));
			}
			Device device = byId.get(id);
			if (device.status() != DeviceStatus.ACTIVE) {
				throw ApiException.invalidData(ErrorDetail.invalidValue("order[" + i + "].id", "The device " + id
						+ " is not ACTIVE (" + device.status() + "): only active devices have a place in the order."));
			}
			if (!seen.add(id)) {
				throw ApiException.invalidData(
						ErrorDetail.invalidValue("order[" + i + "].id", "A device can appear in the order once."));
			}
			order.add(id);
		}
		byId.values().forEach((device) -> device.placeAt(positionIn(order, device.id()), call.now()));
		this.devices.saveAllAndFlush(byId.values());
		List<Device> after = ordered(call, userId);
		this.journal.record(call, EventType.DEVICES_REORDERED, userId, Map.of("order", before),
				Map.of("order", after.stream().map(Device::id).toList()));
		return after;
	}

	/**
	 * PingOne's "Remove Device Order": "the user no longer has a default device", until a
	 * new order is set. The devices are listed by activation.
	 */
	@Transactional
	void removeOrder(ApiCall call, UUID userId) {
		this.users.requireForUpdate(call, userId);
		List<Device> all = ordered(call, userId);
		List<UUID> before = all.stream().map(Device::id).toList();
		all.forEach((device) -> device.removeFromOrder(call.now()));
		this.devices.saveAllAndFlush(all);
		this.journal.record(call, EventType.DEVICES_REORDERED, userId, Map.of("order", before),
				Map.of("order", ordered(call, userId).stream().map(Device::id).toList()));
	}

	private static Integer positionIn(List<UUID> order, UUID id) {
		int index = order.indexOf(id);
		return (index >= 0) ? index : null;
	}

	private List<Device> ordered(ApiCall call, UUID userId) {
		List<Device> all = new ArrayList<>(this.devices.findByEnvironmentIdAndUserId(call.environmentId(), userId));
		all.sort(ORDER);
		return all;
	}

	/**
	 * PingOne's "MFA Settings" page: {@code maxAllowedDevices} is "the maximum number of
	 * paired MFA devices each user within an environment can have". Only paired
	 * ({@code ACTIVE}) devices count; the caller holds the user's row.
	 */
	private void requireRoomForAPairedDevice(ApiCall call, UUID userId) {
		int limit = this.settings.of(call).maxAllowedDevices();
		if (this.devices.countByEnvironmentIdAndUserIdAndStatus(call.environmentId(), userId,
				DeviceStatus.ACTIVE) >= limit) {
			throw ApiException.requestFailed(new ErrorDetail("LIMIT_EXCEEDED", null,
					"Maximum allowed devices has been reached", InnerError.maximumAllowed(limit)));
		}
	}

	private Device lock(ApiCall call, UUID userId, UUID deviceId) {
		this.users.require(call, userId);
		return lockOfHeldUser(call, userId, deviceId);
	}

	/** The device locked, for a caller that has already found (and locked) its user. */
	private Device lockOfHeldUser(ApiCall call, UUID userId, UUID deviceId) {
		return this.devices.lockByEnvironmentIdAndUserIdAndId(call.environmentId(), userId, deviceId)
			.orElseThrow(ApiException::notFound);
	}

	/** The one locked change path: lock, snapshot, change, save, journal. */
	private Device change(ApiCall call, UUID userId, UUID deviceId, EventType type, Consumer<Device> change) {
		Device device = lock(call, userId, deviceId);
		DeviceSnapshot before = DeviceSnapshot.of(device, call.now());
		change.accept(device);
		return changed(call, type, before, device);
	}

	private Device changed(ApiCall call, EventType type, DeviceSnapshot before, Device device) {
		Device saved = this.devices.saveAndFlush(device);
		this.journal.record(call, type, device.userId(), before, DeviceSnapshot.of(saved, call.now()));
		return saved;
	}

	private static void requireUsable(ApiCall call, Device device) {
		if (device.blockedAt() != null) {
			throw ApiException.invalidData(ErrorDetail.invalidValue("block.status", "The device is blocked."));
		}
		if (device.lockedAt(call.now())) {
			throw ApiException.invalidData(
					new ErrorDetail("LIMIT_EXCEEDED", "otp", "Too many wrong passcodes: the device is locked until "
							+ PingInstants.format(device.lockedUntil()) + ".", null));
		}
	}

	private void refuse(ApiCall call, Device device, DevicePolicyService.Policy policy) {
		PolicySettings.Failure failure = policy.settings().failure(device.type());
		Instant now = call.now();
		if (device.lockedUntil() != null && !device.lockedAt(now)) {
			// A lock that has run out starts a fresh count.
			device.unlock(now);
		}
		int remaining = device.fail(failure.count(), now.plus(failure.coolDown().toDuration()), now);
		this.devices.saveAndFlush(device);
		if (remaining == 0) {
			throw new CountedFailureException(new ErrorDetail("LIMIT_EXCEEDED", "otp",
					device.lockedAt(now)
							? "Too many wrong passcodes: the device is locked until "
									+ PingInstants.format(device.lockedUntil()) + "."
							: "Too many wrong passcodes: send a new one (device.sendActivationCode).",
					null));
		}
		throw new CountedFailureException(
				new ErrorDetail("INVALID_OTP", "otp", "Invalid OTP.", InnerError.failuresRemaining(remaining)));
	}

	/**
	 * A new pairing passcode, to the outbox.
	 * @return the code sent, for a testing device's {@code test.otp} only
	 */
	private String sendPasscode(ApiCall call, Device device, DevicePolicyService.Policy policy) {
		Passcode passcode = Passcode.issue(policy.settings().offline(device.type()).otp(), call.now());
		device.expectPasscode(passcode.hash(), passcode.expiresAt());
		this.outbox.send(call, device.type().name(), device.address(), device.userId(), device.id(), passcode.code(),
				OutboxService.PAIRING);
		return passcode.code();
	}

	/**
	 * A device just activated joins the end of the user's order; while the order is
	 * removed (every other active device out of it), it stays out too, so the user still
	 * has no default device.
	 */
	private void appendToOrder(ApiCall call, Device device) {
		List<Device> all = ordered(call, device.userId());
		List<Device> otherActive = all.stream()
			.filter((other) -> !other.id().equals(device.id()) && other.status() == DeviceStatus.ACTIVE)
			.toList();
		if (!otherActive.isEmpty() && otherActive.stream().allMatch(Device::orderRemoved)) {
			device.removeFromOrder(call.now());
			return;
		}
		Integer last = all.stream()
			.filter((other) -> !other.id().equals(device.id()))
			.map(Device::position)
			.filter((position) -> position != null)
			.max(Integer::compare)
			.orElse(null);
		// Back in an order: by its place, or by its activation time when none is set.
		device.placeAt((last != null) ? last + 1 : null, call.now());
	}

	private static DeviceType typeOf(String value) {
		return DeviceType.parse(value)
			.orElseThrow(
					() -> ApiException.invalidData(DeviceType.UNSUPPORTED.contains(value)
							? ErrorDetail.invalidValue("type",
									"The stub does not support " + value
											+ " devices: it mimics EMAIL, SMS, VOICE and TOTP.")
							: ErrorDetail.invalidValue("type", "type must be one of EMAIL, SMS, VOICE, TOTP.",
									InnerError.allowedValues(List.of("EMAIL", "SMS", "VOICE", "TOTP")))));
	}

	private DevicePolicyService.Policy policyOf(ApiCall call, DeviceRequests.PolicyReference reference) {
		if (reference == null) {
			return this.policies.defaultPolicy(call);
		}
		return this.policies.find(call, reference.id())
			.orElseThrow(() -> ApiException.invalidData(ErrorDetail.invalidValue("policy.id",
					"The environment has no device authentication policy with this id.")));
	}

	private static String addressOf(DeviceType type, DeviceRequests.Create request) {
		String attribute = type.addressAttribute();
		if (attribute == null) {
			return null;
		}
		String address = (type == DeviceType.EMAIL) ? request.email() : request.phone();
		if (address == null) {
			throw ApiException.invalidData(ErrorDetail.requiredValue(attribute));
		}
		return address;
	}

	private String keyUri(ApiCall call, User user, DevicePolicyService.Policy policy, String secret) {
		Map<String, String> parameters = policy.settings().totp().uriParameters();
		String issuer = (parameters != null && parameters.get("issuer") != null) ? parameters.get("issuer")
				: this.environments.require(call.environmentId()).name();
		String label = encode(issuer) + ":" + encode(user.profile().username());
		return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer) + "&algorithm=SHA1&digits="
				+ Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	/**
	 * A new device, and the TOTP secret and key URI PingOne shows once.
	 */
	/**
	 * @param testOtp a testing device's pairing code, answered in {@code test.otp};
	 * {@code null} for any other device
	 */
	record CreatedDevice(Device device, String secret, String keyUri, String testOtp) {

		@Override
		public String toString() {
			// Never the secret or the test code.
			return "CreatedDevice[" + this.device + "]";
		}

	}

	/** What the journal keeps of a device: never its secret or passcode. */
	public record DeviceSnapshot(UUID id, String type, String status, String nickname, String email, String phone,
			String lock, String block, Integer position) {

		public static DeviceSnapshot of(Device device, Instant now) {
			return new DeviceSnapshot(device.id(), device.type().name(), device.status().name(), device.nickname(),
					device.email(), device.phone(), device.lockedAt(now) ? "LOCKED" : "UNLOCKED",
					(device.blockedAt() != null) ? "BLOCKED" : "UNBLOCKED", device.position());
		}

	}

}
