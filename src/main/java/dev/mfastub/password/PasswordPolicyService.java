package dev.mfastub.password;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import dev.mfastub.call.ApiCall;
import dev.mfastub.call.EventType;
import dev.mfastub.call.Journal;
import dev.mfastub.environment.EnvironmentService;
import dev.mfastub.web.ApiException;
import dev.mfastub.web.ErrorDetail;
import dev.mfastub.web.UniqueViolations;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules for password policies: PingOne's three standard ones in every environment,
 * names unique per environment ignoring case, exactly one default (the one the user
 * password calls apply), and no delete of the default.
 */
@Service
@Transactional(readOnly = true)
public class PasswordPolicyService {

	private final PasswordPolicyRepository policies;

	private final EnvironmentService environments;

	private final Journal journal;

	PasswordPolicyService(PasswordPolicyRepository policies, EnvironmentService environments, Journal journal) {
		this.policies = policies;
		this.environments = environments;
		this.journal = journal;
	}

	/**
	 * Writes the password policies an environment starts with: PingOne's "Standard" (the
	 * default), "Passphrase" and "Basic".
	 * @param environmentId the environment, already written
	 * @param now the creation instant
	 */
	@Transactional
	public void restore(UUID environmentId, Instant now) {
		for (StandardPasswordPolicies.Standard standard : StandardPasswordPolicies.of(environmentId)) {
			this.policies
				.save(new PasswordPolicy(environmentId, standard.id(), standard.rules(), standard.isDefault(), now));
		}
		this.policies.flush();
	}

	/**
	 * The rules of the environment's default password policy, which every password a user
	 * call sets is held to.
	 * @param environmentId the environment
	 * @return the rules, with the policy's id
	 * @throws ApiException 404 when the environment does not exist
	 */
	public PasswordRules defaultRules(UUID environmentId) {
		return this.policies.findDefault(environmentId)
			.map(PasswordPolicy::passwordRules)
			.orElseThrow(ApiException::notFound);
	}

	/**
	 * The lockout of the environment's default password policy: how many wrong passwords
	 * at sign-on lock the password, and for how long.
	 * @param environmentId the environment
	 * @return the lockout, or empty when the policy has none
	 */
	public Optional<DefaultLockout> defaultLockout(UUID environmentId) {
		return this.policies.findDefault(environmentId)
			.map((policy) -> policy.rules().lockout())
			.filter((lockout) -> lockout.failureCount() != null && lockout.durationSeconds() != null)
			.map((lockout) -> new DefaultLockout(lockout.failureCount(),
					Duration.ofSeconds(lockout.durationSeconds())));
	}

	/**
	 * A password policy's lockout.
	 *
	 * @param failureCount the wrong passwords that lock the password
	 * @param duration how long it stays locked
	 */
	public record DefaultLockout(int failureCount, Duration duration) {

	}

	/**
	 * The policies of an environment: its default first, then the oldest first, those of
	 * one instant (the three an environment starts with) by name.
	 */
	List<PasswordPolicy> list(UUID environmentId) {
		this.environments.require(environmentId);
		return this.policies.findByEnvironmentIdOrderByCreatedAtAscNameKeyAsc(environmentId)
			.stream()
			.sorted(Comparator.comparing((PasswordPolicy policy) -> !policy.isDefault()))
			.toList();
	}

	PasswordPolicy get(UUID environmentId, UUID policyId) {
		this.environments.require(environmentId);
		return this.policies.findByEnvironmentIdAndId(environmentId, policyId).orElseThrow(ApiException::notFound);
	}

	@Transactional
	PasswordPolicy create(ApiCall call, PasswordPolicyRequest request) {
		PasswordPolicyRules rules = request.rules();
		this.environments.require(call.environmentId());
		PasswordPolicy currentDefault = lockDefault(call.environmentId());
		UUID id = UUID.randomUUID();
		requireUniqueName(call.environmentId(), rules.name(), id);
		boolean isDefault = Boolean.TRUE.equals(request.isDefault());
		PasswordPolicy policy = saveChecked(new PasswordPolicy(call.environmentId(), id, rules, isDefault, call.now()));
		if (isDefault) {
			moveDefault(call, currentDefault);
		}
		this.journal.record(call, EventType.PASSWORD_POLICY_CREATED, null, null, PasswordPolicySnapshot.of(policy));
		return policy;
	}

	@Transactional
	PasswordPolicy update(ApiCall call, UUID policyId, PasswordPolicyRequest request) {
		PasswordPolicyRules rules = request.rules();
		this.environments.require(call.environmentId());
		PasswordPolicy currentDefault = lockDefault(call.environmentId());
		PasswordPolicy policy = this.policies.findByEnvironmentIdAndId(call.environmentId(), policyId)
			.orElseThrow(ApiException::notFound);
		if (policy.isDefault() && Boolean.FALSE.equals(request.isDefault())) {
			throw ApiException.invalidData(ErrorDetail.invalidValue("default",
					"An environment always has a default password policy: make another one the default instead."));
		}
		requireUniqueName(call.environmentId(), rules.name(), policyId);
		PasswordPolicySnapshot before = PasswordPolicySnapshot.of(policy);
		policy.change(rules, call.now());
		if (Boolean.TRUE.equals(request.isDefault()) && !policy.isDefault()) {
			policy.makeDefault(true, call.now());
			moveDefault(call, currentDefault);
		}
		saveChecked(policy);
		this.journal.record(call, EventType.PASSWORD_POLICY_UPDATED, null, before, PasswordPolicySnapshot.of(policy));
		return policy;
	}

	@Transactional
	void delete(ApiCall call, UUID policyId) {
		this.environments.require(call.environmentId());
		lockDefault(call.environmentId());
		PasswordPolicy policy = this.policies.findByEnvironmentIdAndId(call.environmentId(), policyId)
			.orElseThrow(ApiException::notFound);
		if (policy.isDefault()) {
			// PingOne's page: "You cannot delete a password policy if it is set as the
			// default for the environment"; it shows no body, so the population's is
			// followed.
			throw ApiException.invalidData(new ErrorDetail("CONSTRAINT_VIOLATION", null,
					"The default password policy cannot be deleted: make another password policy the default first.",
					null));
		}
		PasswordPolicySnapshot before = PasswordPolicySnapshot.of(policy);
		this.policies.delete(policy);
		this.policies.flush();
		this.journal.record(call, EventType.PASSWORD_POLICY_DELETED, null, before, null);
	}

	/** The default, locked: the environment's policies change in turns. */
	private PasswordPolicy lockDefault(UUID environmentId) {
		return this.policies.lockDefault(environmentId)
			.orElseThrow(() -> new IllegalStateException("Environment " + environmentId + " has no default policy"));
	}

	/** The former default is one no longer: another has just become it. */
	private void moveDefault(ApiCall call, PasswordPolicy formerDefault) {
		PasswordPolicySnapshot before = PasswordPolicySnapshot.of(formerDefault);
		formerDefault.makeDefault(false, call.now());
		this.policies.saveAndFlush(formerDefault);
		this.journal.record(call, EventType.PASSWORD_POLICY_UPDATED, null, before,
				PasswordPolicySnapshot.of(formerDefault));
	}

	private void requireUniqueName(UUID environmentId, String name, UUID except) {
		if (this.policies.existsByEnvironmentIdAndNameKeyAndIdNot(environmentId, PasswordPolicy.nameKey(name),
				except)) {
			throw nameTaken();
		}
	}

	private PasswordPolicy saveChecked(PasswordPolicy policy) {
		return UniqueViolations.writeOr(() -> this.policies.saveAndFlush(policy), PasswordPolicyService::nameTaken);
	}

	private static ApiException nameTaken() {
		return ApiException.invalidData(new ErrorDetail("UNIQUENESS_VIOLATION", "name",
				"A password policy with this name already exists in the environment.", null));
	}

	/**
	 * A password policy as the journal records it.
	 *
	 * @param id its id
	 * @param rules its members
	 * @param isDefault whether it is the default
	 */
	record PasswordPolicySnapshot(UUID id, @JsonUnwrapped PasswordPolicyRules rules,
			@JsonProperty("default") boolean isDefault) {

		static PasswordPolicySnapshot of(PasswordPolicy policy) {
			return new PasswordPolicySnapshot(policy.id(), policy.rules(), policy.isDefault());
		}

	}

}
