package dev.mfastub.device;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.mfastub.environment.ApiCall;
import dev.mfastub.environment.Environments;
import dev.mfastub.environment.EventType;
import dev.mfastub.environment.Journal;
import dev.mfastub.web.ApiException;
import dev.mfastub.web.ErrorDetail;

/**
 * Every environment's device authentication policy: its default one, PingOne's until an
 * update changes it. Devices take their passcode lengths, lifetimes and failure counts
 * from here.
 */
@Service
@Transactional(readOnly = true)
class DevicePolicies {

	private static final Duration LONGEST_LIFETIME = Duration.ofMinutes(30);

	private final DevicePolicyRepository policies;

	private final Environments environments;

	private final JsonMapper mapper;

	private final Journal journal;

	DevicePolicies(DevicePolicyRepository policies, Environments environments, JsonMapper mapper, Journal journal) {
		this.policies = policies;
		this.environments = environments;
		this.mapper = mapper;
		this.journal = journal;
	}

	List<Policy> all(ApiCall call) {
		return List.of(defaultPolicy(call));
	}

	/** The policy, or a 404. */
	Policy require(ApiCall call, UUID policyId) {
		if (!DevicePolicy.defaultIdOf(call.environmentId()).equals(policyId)) {
			throw ApiException.notFound();
		}
		return defaultPolicy(call);
	}

	Policy defaultPolicy(ApiCall call) {
		UUID id = DevicePolicy.defaultIdOf(call.environmentId());
		return this.policies.findByEnvironmentIdAndId(call.environmentId(), id)
			.map(this::policyOf)
			.orElseGet(() -> builtIn(call, id));
	}

	/** PingOne's "Update Device Authentication Policy": the whole policy, replaced. */
	@Transactional
	Policy update(ApiCall call, UUID policyId, PolicyRequest request) {
		Policy before = require(call, policyId);
		PolicySettings settings = request.settings().completed();
		requireSpans(settings);
		String json = this.mapper.writeValueAsString(settings);
		DevicePolicy stored = this.policies.lockByEnvironmentIdAndId(call.environmentId(), policyId)
			.orElseGet(() -> new DevicePolicy(call.environmentId(), policyId, before.name(), true, json,
					before.createdAt()));
		stored.change(request.name(), json, call.now());
		Policy after = policyOf(this.policies.saveAndFlush(stored));
		this.journal.record(call, EventType.DEVICE_POLICY_UPDATED, null, Map.of("name", before.name()),
				Map.of("name", after.name()));
		return after;
	}

	private static void requireSpans(PolicySettings settings) {
		for (DeviceType type : List.of(DeviceType.SMS, DeviceType.VOICE, DeviceType.EMAIL)) {
			PolicySettings.OfflineOtp otp = settings.offline(type).otp();
			Duration lifetime = otp.lifeTime().toDuration();
			if (lifetime.compareTo(Duration.ofMinutes(1)) < 0 || lifetime.compareTo(LONGEST_LIFETIME) > 0) {
				throw ApiException.invalidData(ErrorDetail.invalidValue(type.policyMethod() + ".otp.lifeTime",
						"A passcode's lifetime is 1 to 30 minutes."));
			}
		}
		for (DeviceType type : DeviceType.values()) {
			if (settings.failure(type).coolDown().toDuration().compareTo(LONGEST_LIFETIME) > 0) {
				throw ApiException.invalidData(ErrorDetail.invalidValue(type.policyMethod() + ".otp.failure.coolDown",
						"A cool-down lasts at most 30 minutes."));
			}
		}
	}

	private Policy builtIn(ApiCall call, UUID id) {
		return new Policy(call.environmentId(), id, DevicePolicy.DEFAULT_NAME, true, PolicySettings.defaults(),
				this.environments.require(call.environmentId()).createdAt(), null);
	}

	private Policy policyOf(DevicePolicy stored) {
		return new Policy(stored.environmentId(), stored.id(), stored.name(), stored.isDefault(),
				this.mapper.readValue(stored.settings(), PolicySettings.class), stored.createdAt(), stored.updatedAt());
	}

	/**
	 * A policy as the API shows it.
	 *
	 * @param environmentId its environment
	 * @param id its id
	 * @param name its name
	 * @param isDefault whether it is the environment's default
	 * @param settings its per-method settings
	 * @param createdAt when it was created
	 * @param updatedAt when it was last changed; {@code null} while it is PingOne's
	 */
	record Policy(UUID environmentId, UUID id, String name, boolean isDefault, PolicySettings settings,
			java.time.Instant createdAt, java.time.Instant updatedAt) {

	}

}
