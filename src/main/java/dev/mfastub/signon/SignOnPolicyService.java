package dev.mfastub.signon;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.mfastub.call.ApiCall;
import dev.mfastub.call.EventType;
import dev.mfastub.call.Journal;
import dev.mfastub.environment.EnvironmentService;
import dev.mfastub.mfa.policy.DevicePolicyService;
import dev.mfastub.web.ApiException;
import dev.mfastub.web.ErrorDetail;
import dev.mfastub.web.UniqueViolations;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules for sign-on policies and their actions: PingOne's two standard policies in
 * every environment, one default that moves and cannot be deleted, names unique ignoring
 * case, at most 20 actions a policy, and what the runtime reads ({@link SignOnPolicies}).
 */
@Service
@Transactional(readOnly = true)
public class SignOnPolicyService implements SignOnPolicies {

	/** PingOne's "A sign-on policy can have a maximum of 20 associated actions". */
	private static final int MOST_ACTIONS = 20;

	/**
	 * PingOne's data model: these characters, or an absolute URI when there is a colon.
	 */
	private static final Pattern NAME = Pattern.compile("^[a-zA-Z0-9_. -]+$");

	private static final Pattern URI_NAME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:\\S+$");

	private static final Set<String> NO_DEVICES_MODES = Set.of("BLOCK", "BYPASS");

	private final SignOnPolicyRepository policies;

	private final SignOnPolicyActionRepository actions;

	private final SignOnPolicyAssignmentRepository assignments;

	private final EnvironmentService environments;

	private final DevicePolicyService devicePolicies;

	private final Journal journal;

	SignOnPolicyService(SignOnPolicyRepository policies, SignOnPolicyActionRepository actions,
			SignOnPolicyAssignmentRepository assignments, EnvironmentService environments,
			DevicePolicyService devicePolicies, Journal journal) {
		this.policies = policies;
		this.actions = actions;
		this.assignments = assignments;
		this.environments = environments;
		this.devicePolicies = devicePolicies;
		this.journal = journal;
	}

	/**
	 * Writes the sign-on policies an environment starts with: PingOne's "Single_Factor"
	 * (the default) and "Multi_Factor", with their actions.
	 * @param environmentId the environment, already written
	 * @param now the creation instant
	 */
	@Transactional
	public void restore(UUID environmentId, Instant now) {
		this.policies.saveAllAndFlush(StandardSignOnPolicies.policies(environmentId, now));
		this.actions.saveAllAndFlush(StandardSignOnPolicies.actions(environmentId, now));
	}

	@Override
	public Optional<Chosen> choose(UUID environmentId, UUID applicationId, List<String> acrValues) {
		List<SignOnPolicy> usable = this.assignments
			.findByEnvironmentIdAndApplicationIdOrderByPriorityAscCreatedAtAscIdAsc(environmentId, applicationId)
			.stream()
			.flatMap((assignment) -> this.policies.findByEnvironmentIdAndId(environmentId, assignment.policyId())
				.stream())
			.toList();
		if (usable.isEmpty()) {
			usable = this.policies.findDefault(environmentId).stream().toList();
		}
		Optional<SignOnPolicy> chosen;
		if (acrValues.isEmpty()) {
			chosen = usable.stream().findFirst();
		}
		else {
			// acr_values lists names in order of preference; names are matched exactly,
			// as
			// OpenID Connect compares acr values, and the acr claim gives the name back.
			List<SignOnPolicy> candidates = usable;
			chosen = acrValues.stream()
				.flatMap((name) -> candidates.stream().filter((policy) -> policy.name().equals(name)))
				.findFirst();
		}
		return chosen.map((policy) -> new Chosen(policy.name(),
				this.actions
					.findByEnvironmentIdAndPolicyIdOrderByPriorityAscCreatedAtAscIdAsc(environmentId, policy.id())
					.stream()
					.map(SignOnPolicyAction::view)
					.toList()));
	}

	List<SignOnPolicy> list(UUID environmentId) {
		this.environments.require(environmentId);
		return this.policies.findByEnvironmentIdOrderByCreatedAtAscNameKeyAsc(environmentId);
	}

	SignOnPolicy get(UUID environmentId, UUID policyId) {
		return this.policies.findByEnvironmentIdAndId(environmentId, policyId).orElseThrow(ApiException::notFound);
	}

	@Transactional
	SignOnPolicy create(ApiCall call, SignOnPolicyRequest request) {
		this.environments.require(call.environmentId());
		requireName(request.name());
		boolean isDefault = flag(request.isDefault());
		SignOnPolicy currentDefault = lockDefault(call.environmentId());
		UUID id = UUID.randomUUID();
		requireUniqueName(call.environmentId(), request.name(), id);
		SignOnPolicy policy = saveChecked(new SignOnPolicy(call.environmentId(), id, request.name(),
				request.description(), isDefault, call.now()));
		if (isDefault) {
			moveDefault(call, currentDefault);
		}
		this.journal.record(call, EventType.SIGN_ON_POLICY_CREATED, null, null, SignOnPolicySnapshot.of(policy));
		return policy;
	}

	@Transactional
	SignOnPolicy update(ApiCall call, UUID policyId, SignOnPolicyRequest request) {
		this.environments.require(call.environmentId());
		requireName(request.name());
		boolean makeDefault = flag(request.isDefault());
		SignOnPolicy currentDefault = lockDefault(call.environmentId());
		SignOnPolicy policy = get(call.environmentId(), policyId);
		requireUniqueName(call.environmentId(), request.name(), policyId);
		SignOnPolicySnapshot before = SignOnPolicySnapshot.of(policy);
		// "This property can only be set to true": false leaves the default where it is.
		policy.change(request.name(), request.description(), call.now());
		if (makeDefault && !policy.isDefault()) {
			policy.makeDefault(true, call.now());
			moveDefault(call, currentDefault);
		}
		saveChecked(policy);
		this.journal.record(call, EventType.SIGN_ON_POLICY_UPDATED, null, before, SignOnPolicySnapshot.of(policy));
		return policy;
	}

	@Transactional
	void delete(ApiCall call, UUID policyId) {
		this.environments.require(call.environmentId());
		lockDefault(call.environmentId());
		SignOnPolicy policy = get(call.environmentId(), policyId);
		if (policy.isDefault()) {
			throw ApiException.invalidData(new ErrorDetail("CONSTRAINT_VIOLATION", null,
					"The default sign-on policy cannot be deleted: make another sign-on policy the default first.",
					null));
		}
		SignOnPolicySnapshot before = SignOnPolicySnapshot.of(policy);
		// Its actions and its assignments go with it (the schema's cascades).
		this.policies.delete(policy);
		this.policies.flush();
		this.journal.record(call, EventType.SIGN_ON_POLICY_DELETED, null, before, null);
	}

	List<SignOnPolicyAction> actions(UUID environmentId, UUID policyId) {
		get(environmentId, policyId);
		return this.actions.findByEnvironmentIdAndPolicyIdOrderByPriorityAscCreatedAtAscIdAsc(environmentId, policyId);
	}

	SignOnPolicyAction action(UUID environmentId, UUID policyId, UUID actionId) {
		return this.actions.findByEnvironmentIdAndPolicyIdAndId(environmentId, policyId, actionId)
			.orElseThrow(ApiException::notFound);
	}

	@Transactional
	SignOnPolicyAction createAction(ApiCall call, UUID policyId, SignOnPolicyActionRequest request) {
		SignOnPolicy policy = lockPolicy(call, policyId);
		SignOnPolicyAction.Settings settings = settings(call, request);
		if (this.actions.countByEnvironmentIdAndPolicyId(call.environmentId(), policyId) >= MOST_ACTIONS) {
			throw ApiException.invalidData(new ErrorDetail("CONSTRAINT_VIOLATION", null,
					"A sign-on policy can have a maximum of 20 actions.", null));
		}
		SignOnPolicyAction action = this.actions.saveAndFlush(new SignOnPolicyAction(call.environmentId(),
				UUID.randomUUID(), policy.id(), request.type(), settings, call.now()));
		this.journal.record(call, EventType.SIGN_ON_POLICY_ACTION_CREATED, null, null, ActionSnapshot.of(action));
		return action;
	}

	@Transactional
	SignOnPolicyAction updateAction(ApiCall call, UUID policyId, UUID actionId, SignOnPolicyActionRequest request) {
		lockPolicy(call, policyId);
		SignOnPolicyAction action = action(call.environmentId(), policyId, actionId);
		if (!action.type().equals(request.type())) {
			throw ApiException.invalidData(ErrorDetail.invalidValue("type",
					"A sign-on policy action's type cannot change: it is " + action.type() + "."));
		}
		ActionSnapshot before = ActionSnapshot.of(action);
		action.change(settings(call, request));
		this.actions.saveAndFlush(action);
		this.journal.record(call, EventType.SIGN_ON_POLICY_ACTION_UPDATED, null, before, ActionSnapshot.of(action));
		return action;
	}

	@Transactional
	void deleteAction(ApiCall call, UUID policyId, UUID actionId) {
		lockPolicy(call, policyId);
		SignOnPolicyAction action = action(call.environmentId(), policyId, actionId);
		ActionSnapshot before = ActionSnapshot.of(action);
		this.actions.delete(action);
		this.actions.flush();
		this.journal.record(call, EventType.SIGN_ON_POLICY_ACTION_DELETED, null, before, null);
	}

	/**
	 * The id of the MFA policy an MFA action shows: its own, or the environment's default
	 * when it names none.
	 */
	UUID shownDevicePolicy(ApiCall call, SignOnPolicyAction action) {
		UUID own = action.settings().devicePolicyId();
		return (own != null) ? own : this.devicePolicies.defaultPolicy(call).id();
	}

	/**
	 * The policy, after the environment's default: writes in an environment take turns.
	 */
	private SignOnPolicy lockPolicy(ApiCall call, UUID policyId) {
		this.environments.require(call.environmentId());
		lockDefault(call.environmentId());
		return get(call.environmentId(), policyId);
	}

	private SignOnPolicyAction.Settings settings(ApiCall call, SignOnPolicyActionRequest request) {
		int priority = request.priority();
		if (SignOnPolicyAction.LOGIN.equals(request.type())) {
			return new SignOnPolicyAction.Settings(priority, null, null,
					(request.recovery() != null) ? request.recovery().enabled() : Boolean.TRUE,
					(request.registration() != null) ? request.registration().enabled() : Boolean.FALSE,
					(request.registration() != null && request.registration().population() != null)
							? request.registration().population().id() : null);
		}
		if (!SignOnPolicyAction.MFA.equals(request.type())) {
			throw ApiException.invalidData(ErrorDetail.invalidValue("type",
					"The stub supports LOGIN and MULTI_FACTOR_AUTHENTICATION actions, not " + request.type() + "."));
		}
		if (request.deviceAuthenticationPolicy() == null) {
			throw ApiException.invalidData(ErrorDetail.requiredValue("deviceAuthenticationPolicy.id"));
		}
		UUID devicePolicy = request.deviceAuthenticationPolicy().id();
		if (this.devicePolicies.find(call, devicePolicy).isEmpty()) {
			throw ApiException.invalidData(ErrorDetail.invalidValue("deviceAuthenticationPolicy.id",
					"No MFA device authentication policy of the environment has this id."));
		}
		String noDevicesMode = (request.noDevicesMode() != null) ? request.noDevicesMode() : "BLOCK";
		if (!NO_DEVICES_MODES.contains(noDevicesMode)) {
			throw ApiException
				.invalidData(ErrorDetail.invalidValue("noDevicesMode", "noDevicesMode must be BLOCK or BYPASS."));
		}
		return new SignOnPolicyAction.Settings(priority, devicePolicy, noDevicesMode, null, null, null);
	}

	private static void requireName(String name) {
		if (!NAME.matcher(name).matches() && !(name.contains(":") && URI_NAME.matcher(name).matches())) {
			throw ApiException.invalidData(ErrorDetail.invalidValue("name",
					"A sign-on policy's name is letters, digits, '_', '.', '-' and spaces, or an absolute URI."));
		}
	}

	/** PingOne's {@code default}: a boolean, or the string its own examples send. */
	private static boolean flag(Object value) {
		if (value == null) {
			return false;
		}
		if (value instanceof Boolean bool) {
			return bool;
		}
		if ("true".equals(value) || "false".equals(value)) {
			return "true".equals(value);
		}
		throw ApiException.invalidData(ErrorDetail.invalidValue("default", "default must be true or false."));
	}

	private SignOnPolicy lockDefault(UUID environmentId) {
		return this.policies.lockDefault(environmentId)
			.orElseThrow(() -> new IllegalStateException("Environment " + environmentId + " has no default policy"));
	}

	private void moveDefault(ApiCall call, SignOnPolicy formerDefault) {
		SignOnPolicySnapshot before = SignOnPolicySnapshot.of(formerDefault);
		formerDefault.makeDefault(false, call.now());
		this.policies.saveAndFlush(formerDefault);
		this.journal.record(call, EventType.SIGN_ON_POLICY_UPDATED, null, before,
				SignOnPolicySnapshot.of(formerDefault));
	}

	private void requireUniqueName(UUID environmentId, String name, UUID except) {
		if (this.policies.existsByEnvironmentIdAndNameKeyAndIdNot(environmentId, SignOnPolicy.nameKey(name), except)) {
			throw nameTaken();
		}
	}

	private SignOnPolicy saveChecked(SignOnPolicy policy) {
		return UniqueViolations.writeOr(() -> this.policies.saveAndFlush(policy), SignOnPolicyService::nameTaken);
	}

	private static ApiException nameTaken() {
		return ApiException.invalidData(new ErrorDetail("UNIQUENESS_VIOLATION", "name",
				"A sign-on policy with this name already exists in the environment.", null));
	}

	/**
	 * A sign-on policy as the journal records it.
	 *
	 * @param id its id
	 * @param name its name
	 * @param description its description
	 * @param isDefault whether it is the default
	 */
	record SignOnPolicySnapshot(UUID id, String name, String description, boolean isDefault) {

		static SignOnPolicySnapshot of(SignOnPolicy policy) {
			return new SignOnPolicySnapshot(policy.id(), policy.name(), policy.description(), policy.isDefault());
		}

	}

	/**
	 * A sign-on policy action as the journal records it.
	 *
	 * @param id its id
	 * @param policyId its policy
	 * @param type its type
	 * @param settings what it is set to
	 */
	record ActionSnapshot(UUID id, UUID policyId, String type, SignOnPolicyAction.Settings settings) {

		static ActionSnapshot of(SignOnPolicyAction action) {
			return new ActionSnapshot(action.id(), action.policyId(), action.type(), action.settings());
		}

	}

}
