package dev.mfastub.mfa.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import dev.mfastub.call.ApiCall;
import dev.mfastub.call.EventType;
import dev.mfastub.call.Journal;
import dev.mfastub.environment.EnvironmentService;
import dev.mfastub.mfa.DeviceType;
import dev.mfastub.web.ApiException;
import dev.mfastub.web.ErrorDetail;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every environment's device authentication policy: its default one, PingOne's until an
 * update changes it. Devices take their passcode lengths, lifetimes and failure counts
 * from here.
 */
@Service
@Transactional(readOnly = true)
public class DevicePolicyService {

	private static final Duration LONGEST_LIFETIME = Duration.ofMinutes(30);

	private final DevicePolicyRepository policies;

	private final EnvironmentService environments;

	private final JsonMapper mapper;

	private final Journal journal;

	DevicePolicyService(DevicePolicyRepository policies, EnvironmentService environments, JsonMapper mapper,
			Journal journal) {
		this.policies = policies;
		this.environments = environments;
		this.mapper = mapper;
		this.journal = journal;
	}

	/** The environment's policies, the default one first, then by creation. */
	List<Policy> all(ApiCall call) {
		UUID builtInId = DevicePolicy.defaultIdOf(call.environmentId());
		List<DevicePolicy> stored = this.policies.findByEnvironmentIdOrderByCreatedAtAscIdAsc(call.environmentId());
		List<Policy> all = new ArrayList<>(
				stored.stream().filter((policy) -> !policy.deleted()).map(this::policyOf).toList());
		if (stored.stream().noneMatch((policy) -> policy.id().equals(builtInId))) {
			// Until it is changed, the policy every environment starts with is PingOne's.
			all.add(0, builtIn(call, builtInId));
		}
		all.sort(Comparator.comparing((Policy policy) -> !policy.isDefault()));
		return all;
	}

	/** The policy, or a 404. */
	Policy require(ApiCall call, UUID policyId) {
		return find(call, policyId).orElseThrow(ApiException::notFound);
	}

	public Optional<Policy> find(ApiCall call, UUID policyId) {
		return find(all(call), policyId);
	}

	public Policy defaultPolicy(ApiCall call) {
		return all(call).get(0);
	}

	/**
	 * The policy a device keeps to: its own, or the default once its own is deleted.
	 */
	public Policy forDevice(ApiCall call, UUID policyId) {
		List<Policy> all = all(call);
		return find(all, policyId).orElse(all.get(0));
	}

	private static Optional<Policy> find(List<Policy> policies, UUID policyId) {
		return policies.stream().filter((policy) -> policy.id().equals(policyId)).findFirst();
	}

	/** PingOne's "Create Device Authentication Policy". */
	@Transactional
	Policy create(ApiCall call, DevicePolicyRequest request) {
		PolicySettings settings = request.settings().completed();
		requireSpans(settings);
		boolean makeDefault = Boolean.TRUE.equals(request.isDefault());
		if (makeDefault) {
			clearDefault(call);
		}
		DevicePolicy created = this.policies.saveAndFlush(new DevicePolicy(call.environmentId(), UUID.randomUUID(),
				request.name(), makeDefault, this.mapper.writeValueAsString(settings), call.now()));
		Policy policy = policyOf(created);
		this.journal.record(call, EventType.DEVICE_POLICY_CREATED, null, null, PolicySnapshot.of(policy));
		return policy;
	}

	/**
	 * PingOne's "Update Device Authentication Policy": the whole policy, replaced.
	 * {@code default: true} makes it the environment's default; the default cannot be
	 * made not to be one.
	 */
	@Transactional
	Policy update(ApiCall call, UUID policyId, DevicePolicyRequest request) {
		Policy before = require(call, policyId);
		if (before.isDefault() && Boolean.FALSE.equals(request.isDefault())) {
			throw ApiException.invalidData(ErrorDetail.invalidValue("default",
					"An environment always has a default policy: make another one the default instead."));
		}
		PolicySettings settings = request.settings().completed();
		requireSpans(settings);
		boolean makeDefault = !before.isDefault() && Boolean.TRUE.equals(request.isDefault());
		if (makeDefault) {
			clearDefault(call);
		}
		String json = this.mapper.writeValueAsString(settings);
		DevicePolicy stored = this.policies.lockByEnvironmentIdAndId(call.environmentId(), policyId)
			.orElseGet(() -> new DevicePolicy(call.environmentId(), policyId, before.name(), before.isDefault(), json,
					before.createdAt()));
		stored.change(request.name(), json, makeDefault || before.isDefault(), call.now());
		Policy after = policyOf(this.policies.saveAndFlush(stored));
		this.journal.record(call, EventType.DEVICE_POLICY_UPDATED, null, PolicySnapshot.of(before),
				PolicySnapshot.of(after));
		return after;
	}

	/**
	 * PingOne's "Delete Device Authentication Policy". The default cannot go; devices of
	 * a deleted policy keep to the default.
	 */
	@Transactional
	void delete(ApiCall call, UUID policyId) {
		Policy policy = require(call, policyId);
		if (policy.isDefault()) {
			throw ApiException.invalidData(ErrorDetail.invalidValue("id",
					"The default device authentication policy cannot be deleted: make another one the default first."));
		}
		DevicePolicy stored = this.policies.lockByEnvironmentIdAndId(call.environmentId(), policyId)
			.orElseThrow(() -> new IllegalStateException("A policy other than the default is always stored"));
		stored.delete(call.now());
		this.policies.saveAndFlush(stored);
		this.journal.record(call, EventType.DEVICE_POLICY_DELETED, null, PolicySnapshot.of(policy), null);
	}

	/**
	 * The current default stops being one; PingOne's own, until then no row, gets one.
	 */
	private void clearDefault(ApiCall call) {
		Policy current = defaultPolicy(call);
		DevicePolicy stored = this.policies.lockByEnvironmentIdAndId(call.environmentId(), current.id())
			.orElseGet(() -> new DevicePolicy(call.environmentId(), current.id(), current.name(), true,
					this.mapper.writeValueAsString(current.settings()), current.createdAt()));
		stored.change(stored.name(), stored.settings(), false, call.now());
		this.policies.saveAndFlush(stored);
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

	/** What the journal keeps of a policy. */
	record PolicySnapshot(UUID id, String name, boolean isDefault, PolicySettings settings) {

		static PolicySnapshot of(Policy policy) {
			return new PolicySnapshot(policy.id(), policy.name(), policy.isDefault(), policy.settings());
		}

	}

	private Policy builtIn(ApiCall call, UUID id) {
		// Never written: created, and last updated, with its environment.
		Instant since = this.environments.require(call.environmentId()).createdAt();
		return new Policy(call.environmentId(), id, DevicePolicy.DEFAULT_NAME, true, PolicySettings.defaults(), since,
				since);
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
	 * @param updatedAt when it was last changed; its environment's creation while it is
	 * PingOne's, never written
	 */
	public record Policy(UUID environmentId, UUID id, String name, boolean isDefault, PolicySettings settings,
			Instant createdAt, Instant updatedAt) {

	}

}
