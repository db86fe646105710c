package dev.mfastub.mfa.authentication;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.mfastub.call.ApiCall;
import dev.mfastub.call.EventType;
import dev.mfastub.call.Journal;
import dev.mfastub.mfa.BypassUntil;
import dev.mfastub.mfa.DeviceType;
import dev.mfastub.mfa.device.Device;
import dev.mfastub.mfa.device.DeviceRepository;
import dev.mfastub.mfa.device.DeviceService;
import dev.mfastub.mfa.device.DeviceStatus;
import dev.mfastub.mfa.device.Totp;
import dev.mfastub.mfa.policy.DevicePolicyService;
import dev.mfastub.mfa.policy.Passcode;
import dev.mfastub.mfa.policy.PolicySettings;
import dev.mfastub.mfa.settings.MfaSettings;
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
 * PingOne's device authentications: the runtime MFA flow. {@code mfaEnabled} and the
 * bypass decide whether it runs; the policy picks the device and gives its passcodes'
 * length, life and tries; the MFA settings' lockout counts wrong codes across flows. A
 * flow's row is locked by every action, so concurrent checks of one flow take turns.
 */
@Service
@Transactional(readOnly = true)
class DeviceAuthenticationService {

	/**
	 * How long a flow lives, from its start: PingOne's pages give none; the policy's
	 * longest passcode life.
	 */
	static final Duration LIFETIME = Duration.ofMinutes(30);

	private final DeviceAuthenticationRepository authentications;

	private final DeviceRepository devices;

	private final UserService users;

	private final DevicePolicyService policies;

	private final MfaSettingsService settings;

	private final OutboxService outbox;

	private final Journal journal;

	DeviceAuthenticationService(DeviceAuthenticationRepository authentications, DeviceRepository devices,
			UserService users, DevicePolicyService policies, MfaSettingsService settings, OutboxService outbox,
			Journal journal) {
		this.authentications = authentications;
		this.devices = devices;
		this.users = users;
		this.policies = policies;
		this.settings = settings;
		this.outbox = outbox;
		this.journal = journal;
	}

	/**
	 * The flow, or a 404 once it has expired or when the environment has no such flow.
	 */
	Flow one(ApiCall call, UUID id) {
		DeviceAuthentication authentication = this.authentications.findByEnvironmentIdAndId(call.environmentId(), id)
			.filter((found) -> !found.expiredAt(call.now()) && this.users.reaches(call, found.userId()))
			.orElseThrow(ApiException::notFound);
		return flowOf(call, authentication, policyOf(call, authentication));
	}

	/**
	 * PingOne's "Initialize Device Authentication". A user with MFA off cannot be asked
	 * for it; an active bypass completes at once, without a passcode.
	 */
	@Transactional
	Flow start(ApiCall call, DeviceAuthenticationRequests.Start request) {
		User user = this.users.find(call, request.user().id())
			.orElseThrow(() -> ApiException
				.invalidData(ErrorDetail.invalidValue("user.id", "The environment has no user with this id.")));
		DevicePolicyService.Policy policy = (request.policy() == null) ? this.policies.defaultPolicy(call)
				: this.policies.find(call, request.policy().id())
					.orElseThrow(() -> ApiException.invalidData(ErrorDetail.invalidValue("policy.id",
							"The environment has no device authentication policy with this id.")));
		if (!user.mfaEnabled()) {
			throw ApiException
				.invalidData(ErrorDetail.invalidValue("user.id", "MFA is not enabled for the user (mfaEnabled)."));
		}
		DeviceAuthenticationRequests.SelectedDevice selected = request.selectedDevice();
		DeviceAuthenticationRequests.OneTime oneTime = (selected != null) ? selected.oneTime() : null;
		DeviceType oneTimeType = (oneTime != null) ? DeviceType.valueOf(oneTime.type()) : null;
		String oneTimeAddress = (oneTime != null) ? oneTimeAddressOf(oneTimeType, oneTime) : null;
		DeviceAuthentication authentication = new DeviceAuthentication(call.environmentId(), UUID.randomUUID(),
				user.id(), policy.id(), oneTimeType, oneTimeAddress, call.now(), call.now().plus(LIFETIME));
		if (bypassed(user, call.now())) {
			authentication.complete(call.now());
			return created(call, authentication, "BYPASS", usable(call, user.id(), policy));
		}
		requireUnlocked(call, user, policy);
		if (oneTimeType != null) {
			if (!policy.settings().allows(oneTimeType)) {
				throw ApiException.invalidData(ErrorDetail.invalidValue("selectedDevice.oneTime.type",
						"The device authentication policy does not allow " + oneTimeType + " passcodes."));
			}
			sendPasscode(call, authentication, policy, oneTimeType, oneTimeAddress, null);
			return created(call, authentication, null, List.of());
		}
		List<Device> usable = usable(call, user.id(), policy);
		if (usable.isEmpty()) {
			throw ApiException.invalidData(new ErrorDetail("NO_USABLE_DEVICES", "user.id",
					"The user has no device that can authenticate: none is active, unblocked, unlocked and allowed "
							+ "by the device authentication policy.",
					null));
		}
		Optional<Device> chosen = (selected != null && selected.id() != null)
				? Optional.of(usableOne(usable, selected.id(), "selectedDevice.id"))
				: automaticChoice(policy.settings().deviceSelection(), usable);
		String testOtp = chosen.map((device) -> choose(call, authentication, policy, device)).orElse(null);
		return created(call, authentication, null, usable).withTestOtp(testOtp);
	}

	/**
	 * A device authentication for a sign-on's MFA action ({@link MfaChallenges}), after
	 * the sign-on decided that MFA applies (MFA on, no bypass): the same rules as
	 * {@link #start}, from the user's lock to the policy's automatic choice.
	 * @return the flow, or empty when the user has no device that can authenticate
	 */
	@Transactional
	Optional<Flow> begin(ApiCall call, UUID userId, UUID policyId) {
		User user = this.users.require(call, userId);
		DevicePolicyService.Policy policy = (policyId == null) ? this.policies.defaultPolicy(call)
				: this.policies.find(call, policyId).orElseGet(() -> this.policies.defaultPolicy(call));
		requireUnlocked(call, user, policy);
		List<Device> usable = usable(call, user.id(), policy);
		if (usable.isEmpty()) {
			return Optional.empty();
		}
		DeviceAuthentication authentication = new DeviceAuthentication(call.environmentId(), UUID.randomUUID(),
				user.id(), policy.id(), null, null, call.now(), call.now().plus(LIFETIME));
		Optional<Device> chosen = automaticChoice(policy.settings().deviceSelection(), usable);
		String testOtp = chosen.map((device) -> choose(call, authentication, policy, device)).orElse(null);
		return Optional.of(created(call, authentication, "SIGN_ON", usable).withTestOtp(testOtp));
	}

	/** PingOne's "Select Device for Authentication": again, to resend a passcode. */
	@Transactional
	Flow select(ApiCall call, UUID id, UUID deviceId) {
		DeviceAuthentication authentication = lock(call, id);
		requirePending(authentication, "device.select");
		if (authentication.oneTimeType() != null) {
			throw ApiException.invalidRequest("A flow with a one-time device has no devices to select.");
		}
		DevicePolicyService.Policy policy = policyOf(call, authentication);
		requireUnlocked(call, this.users.require(call, authentication.userId()), policy);
		List<Device> usable = usable(call, authentication.userId(), policy);
		String testOtp = choose(call, authentication, policy, usableOne(usable, deviceId, "device.id"));
		return new Flow(saved(call, authentication, EventType.DEVICE_AUTHENTICATION_SELECTED), usable, testOtp);
	}

	/**
	 * PingOne's "Validate OTP for Device". A wrong code is counted even though the call
	 * fails: towards the policy's tries for this flow (the device is then locked for the
	 * policy's cool-down) and the MFA settings' lockout of the user.
	 */
	@Transactional(noRollbackFor = CountedFailureException.class)
	Flow check(ApiCall call, UUID id, String otp) {
		DeviceAuthentication authentication = lock(call, id);
		if (authentication.status() != DeviceAuthenticationStatus.OTP_REQUIRED) {
			throw wrongStatus(authentication, "otp.check");
		}
		DevicePolicyService.Policy policy = policyOf(call, authentication);
		User user = this.users.requireForUpdate(call, authentication.userId());
		requireUnlocked(call, user, policy);
		Device device = (authentication.selectedDeviceId() != null) ? this.devices
			.lockByEnvironmentIdAndUserIdAndId(call.environmentId(), authentication.userId(),
					authentication.selectedDeviceId())
			.orElse(null) : null;
		if (authentication.oneTimeType() == null && (device == null || !usableNow(device, policy, call.now()))) {
			// Deleted, blocked or locked since it was chosen.
			throw ApiException.invalidData(ErrorDetail.invalidValue("selectedDevice.id",
					"The selected device can no longer authenticate: select another."));
		}
		if (matches(call, authentication, policy, device, otp)) {
			this.users.clearMfaFailures(call, user);
			authentication.complete(call.now());
			return flowOf(call, saved(call, authentication, EventType.DEVICE_AUTHENTICATION_COMPLETED), policy);
		}
		throw refuse(call, authentication, policy, user, device);
	}

	/**
	 * PingOne's cancel, with reason {@code CHANGE_DEVICE}: the passcode sent is void and
	 * the user chooses a device again.
	 */
	@Transactional
	Flow cancel(ApiCall call, UUID id) {
		DeviceAuthentication authentication = lock(call, id);
		requirePending(authentication, "cancel");
		if (authentication.oneTimeType() != null) {
			throw ApiException.invalidRequest("A flow with a one-time device has no other device to change to.");
		}
		DevicePolicyService.Policy policy = policyOf(call, authentication);
		authentication.deselect(call.now());
		return flowOf(call, saved(call, authentication, EventType.DEVICE_AUTHENTICATION_CANCELED), policy);
	}

	private boolean matches(ApiCall call, DeviceAuthentication authentication, DevicePolicyService.Policy policy,
			Device device, String otp) {
		if (device != null && device.type() == DeviceType.TOTP) {
			return Totp.matches(device.totpSecret(), otp, call.now(), policy.settings().totp().passcodeGracePeriod());
		}
		if (!call.now().isBefore(authentication.otp().expiresAt())) {
			throw ApiException.invalidData(ErrorDetail.invalidValue("otp",
					"The passcode has expired: select the device again (device.select) for a new one."));
		}
		return OneTimeCodes.matches(otp, authentication.otp().hash());
	}

	/**
	 * A wrong code: counted, and at the policy's tries the flow fails (and a paired
	 * device is locked for the cool-down); at the settings' count the user's account is
	 * locked and the flow fails too. A one-time device blocks nobody, as PingOne's MFA
	 * policy page says.
	 */
	private CountedFailureException refuse(ApiCall call, DeviceAuthentication authentication,
			DevicePolicyService.Policy policy, User user, Device device) {
		Instant now = call.now();
		DeviceType type = (device != null) ? device.type() : authentication.oneTimeType();
		PolicySettings.Failure failure = policy.settings().failure(type);
		int remaining = authentication.fail(failure.count(), now);
		if (device != null && !policy.settings().ignoresUserLock()) {
			MfaSettings lockout = this.settings.of(call);
			Duration lockFor = Duration.ofSeconds(lockout.lockoutDurationSeconds());
			if (this.users.countMfaFailure(call, user, lockout.lockoutFailureCount(), lockFor)) {
				return failed(call, authentication, "Too many wrong passcodes: the user's account is locked until "
						+ PingInstants.format(now.plus(lockFor)) + ".");
			}
		}
		if (remaining > 0) {
			saved(call, authentication, EventType.DEVICE_AUTHENTICATION_REJECTED);
			return new CountedFailureException(
					new ErrorDetail("INVALID_OTP", "otp", "Invalid OTP.", InnerError.failuresRemaining(remaining)));
		}
		if (device == null || failure.coolDown().duration() == 0) {
			return failed(call, authentication, "Too many wrong passcodes: the authentication failed.");
		}
		Instant until = now.plus(failure.coolDown().toDuration());
		DeviceService.DeviceSnapshot before = DeviceService.DeviceSnapshot.of(device, now);
		device.lockUntil(until, now);
		Device locked = this.devices.saveAndFlush(device);
		this.journal.record(call, EventType.DEVICE_LOCKED, locked.userId(), before,
				DeviceService.DeviceSnapshot.of(locked, now));
		return failed(call, authentication,
				"Too many wrong passcodes: the device is locked until " + PingInstants.format(until) + ".");
	}

	private CountedFailureException failed(ApiCall call, DeviceAuthentication authentication, String message) {
		authentication.failWith("LIMIT_EXCEEDED", message, call.now());
		saved(call, authentication, EventType.DEVICE_AUTHENTICATION_FAILED);
		return new CountedFailureException(new ErrorDetail("LIMIT_EXCEEDED", "otp", message, null));
	}

	/**
	 * The device is chosen: a passcode goes out for email, SMS and voice.
	 * @return the code sent to a testing device, for the answer's {@code test.otp} only;
	 * {@code null} for any other device
	 */
	private String choose(ApiCall call, DeviceAuthentication authentication, DevicePolicyService.Policy policy,
			Device device) {
		if (device.type().sendsPasscodes()) {
			String code = sendPasscode(call, authentication, policy, device.type(), device.address(), device.id());
			return device.testMode() ? code : null;
		}
		authentication.select(device.id(), null, null, call.now());
		return null;
	}

	private String sendPasscode(ApiCall call, DeviceAuthentication authentication, DevicePolicyService.Policy policy,
			DeviceType type, String address, UUID deviceId) {
		Passcode passcode = Passcode.issue(policy.settings().offline(type).otp(), call.now());
		authentication.select(deviceId, passcode.hash(), passcode.expiresAt(), call.now());
		this.outbox.send(call, type.name(), address, authentication.userId(), deviceId, passcode.code(),
				OutboxService.AUTHENTICATION);
		return passcode.code();
	}

	/**
	 * The user's devices that can authenticate now, in the user's order: active,
	 * unblocked, unlocked, and of a method the policy allows.
	 */
	private List<Device> usable(ApiCall call, UUID userId, DevicePolicyService.Policy policy) {
		return this.devices.findByEnvironmentIdAndUserId(call.environmentId(), userId)
			.stream()
			.filter((device) -> usableNow(device, policy, call.now()))
			.sorted(DeviceService.ORDER)
			.toList();
	}

	private static boolean usableNow(Device device, DevicePolicyService.Policy policy, Instant now) {
		return device.status() == DeviceStatus.ACTIVE && device.blockedAt() == null && !device.lockedAt(now)
				&& policy.settings().allows(device.type());
	}

	private static Device usableOne(List<Device> usable, UUID deviceId, String target) {
		return usable.stream()
			.filter((device) -> device.id().equals(deviceId))
			.findFirst()
			.orElseThrow(() -> ApiException.invalidData(ErrorDetail.invalidValue(target,
					"The user has no device with this id that can authenticate (active, unblocked, unlocked and "
							+ "allowed by the policy).")));
	}

	/**
	 * The policy's {@code deviceSelection}: the user's first device (the default), or the
	 * only one when the user is to choose among several, or none when the user always
	 * chooses. A user whose order was removed has no default device: among several, the
	 * user chooses even under {@code DEFAULT_TO_FIRST}.
	 */
	private static Optional<Device> automaticChoice(String deviceSelection, List<Device> usable) {
		Optional<Device> only = (usable.size() == 1) ? Optional.of(usable.get(0)) : Optional.empty();
		return switch (deviceSelection) {
			case "ALWAYS_DISPLAY_DEVICES" -> Optional.empty();
			case "PROMPT_TO_SELECT" -> only;
			default -> usable.get(0).orderRemoved() ? only : Optional.of(usable.get(0));
		};
	}

	private static boolean bypassed(User user, Instant now) {
		return user.bypassMfaUntil() != null && new BypassUntil(user.bypassMfaUntil()).isActiveAt(now);
	}

	private static void requireUnlocked(ApiCall call, User user, DevicePolicyService.Policy policy) {
		if (user.lockedAt(call.now()) && !policy.settings().ignoresUserLock()) {
			throw ApiException.invalidData(ErrorDetail.invalidValue("user.id",
					"The user's account is locked until " + PingInstants.format(user.unlockAt()) + "."));
		}
	}

	private static void requirePending(DeviceAuthentication authentication, String action) {
		if (!authentication.status().pending()) {
			throw wrongStatus(authentication, action);
		}
	}

	private static ApiException wrongStatus(DeviceAuthentication authentication, String action) {
		return ApiException.invalidRequest("The " + action + " action is not valid while the device authentication is "
				+ authentication.status() + ".");
	}

	private static String oneTimeAddressOf(DeviceType type, DeviceAuthenticationRequests.OneTime oneTime) {
		String address = (type == DeviceType.EMAIL) ? oneTime.email() : oneTime.phone();
		if (address == null) {
			throw ApiException
				.invalidData(ErrorDetail.requiredValue("selectedDevice.oneTime." + type.addressAttribute()));
		}
		return address;
	}

	private DeviceAuthentication lock(ApiCall call, UUID id) {
		return this.authentications.lockByEnvironmentIdAndId(call.environmentId(), id)
			.filter((found) -> !found.expiredAt(call.now()) && this.users.reaches(call, found.userId()))
			.orElseThrow(ApiException::notFound);
	}

	private DevicePolicyService.Policy policyOf(ApiCall call, DeviceAuthentication authentication) {
		return this.policies.forDevice(call, authentication.policyId());
	}

	/**
	 * A new flow, stored and journalled, with the devices its answer shows: found once,
	 * as the flow was decided.
	 */
	private Flow created(ApiCall call, DeviceAuthentication authentication, String reason, List<Device> devices) {
		DeviceAuthentication saved = this.authentications.saveAndFlush(authentication);
		this.journal.record(call, EventType.DEVICE_AUTHENTICATION_CREATED, saved.userId(), null,
				FlowSnapshot.of(saved, reason));
		return new Flow(saved, devices);
	}

	private DeviceAuthentication saved(ApiCall call, DeviceAuthentication authentication, EventType type) {
		DeviceAuthentication saved = this.authentications.saveAndFlush(authentication);
		this.journal.record(call, type, saved.userId(), null, FlowSnapshot.of(saved, null));
		return saved;
	}

	private Flow flowOf(ApiCall call, DeviceAuthentication authentication, DevicePolicyService.Policy policy) {
		List<Device> devices = (authentication.oneTimeType() != null) ? List.of()
				: usable(call, authentication.userId(), policy);
		return new Flow(authentication, devices);
	}

	/**
	 * A flow and the user's devices that can authenticate now, for its answer.
	 */
	/**
	 * @param testOtp the passcode just sent to a testing device, answered in
	 * {@code test.otp} by this call only; {@code null} otherwise
	 */
	record Flow(DeviceAuthentication authentication, List<Device> devices, String testOtp) {

		Flow(DeviceAuthentication authentication, List<Device> devices) {
			this(authentication, devices, null);
		}

		Flow withTestOtp(String otp) {
			return new Flow(this.authentication, this.devices, otp);
		}

		@Override
		public String toString() {
			// Never the test code.
			return "Flow[" + this.authentication.id() + "]";
		}

	}

	/** What the journal keeps of a flow: never a passcode or a one-time address. */
	record FlowSnapshot(UUID id, String status, UUID selectedDevice, String oneTimeType, UUID policy,
			int wrongPasscodes, String error, String reason) {

		static FlowSnapshot of(DeviceAuthentication authentication, String reason) {
			return new FlowSnapshot(authentication.id(), authentication.status().name(),
					authentication.selectedDeviceId(),
					(authentication.oneTimeType() != null) ? authentication.oneTimeType().name() : null,
					authentication.policyId(), authentication.otp().failures(), authentication.errorCode(), reason);
		}

	}

}
