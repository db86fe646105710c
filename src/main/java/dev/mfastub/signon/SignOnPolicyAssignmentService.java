package dev.mfastub.signon;

import java.util.List;
import java.util.UUID;

import dev.mfastub.auth.SignOnClient;
import dev.mfastub.auth.SignOnClients;
import dev.mfastub.call.ApiCall;
import dev.mfastub.call.EventType;
import dev.mfastub.call.Journal;
import dev.mfastub.web.ApiException;
import dev.mfastub.web.ErrorDetail;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules for applications' sign-on policy assignments: only sign-on apps have them (a
 * worker signs no one on), and a policy is assigned only once it has an action, as
 * PingOne's pages say.
 */
@Service
@Transactional(readOnly = true)
class SignOnPolicyAssignmentService {

	private final SignOnPolicyAssignmentRepository assignments;

	private final SignOnPolicyRepository policies;

	private final SignOnPolicyActionRepository actions;

	private final SignOnClients clients;

	private final Journal journal;

	SignOnPolicyAssignmentService(SignOnPolicyAssignmentRepository assignments, SignOnPolicyRepository policies,
			SignOnPolicyActionRepository actions, SignOnClients clients, Journal journal) {
		this.assignments = assignments;
		this.policies = policies;
		this.actions = actions;
		this.clients = clients;
		this.journal = journal;
	}

	List<SignOnPolicyAssignment> list(UUID environmentId, String applicationId) {
		SignOnClient client = requireClient(environmentId, applicationId);
		return this.assignments.findByEnvironmentIdAndApplicationIdOrderByPriorityAscCreatedAtAscIdAsc(environmentId,
				client.applicationId());
	}

	SignOnPolicyAssignment get(UUID environmentId, String applicationId, UUID assignmentId) {
		SignOnClient client = requireClient(environmentId, applicationId);
		return this.assignments
			.findByEnvironmentIdAndApplicationIdAndId(environmentId, client.applicationId(), assignmentId)
			.orElseThrow(ApiException::notFound);
	}

	@Transactional
	SignOnPolicyAssignment create(ApiCall call, String applicationId, SignOnPolicyAssignmentRequest request) {
		SignOnClient client = requireClient(call.environmentId(), applicationId);
		UUID policyId = requireAssignable(call.environmentId(), request.signOnPolicy().id());
		SignOnPolicyAssignment assignment = this.assignments
			.saveAndFlush(new SignOnPolicyAssignment(call.environmentId(), UUID.randomUUID(), client.applicationId(),
					policyId, request.priority(), call.now()));
		this.journal.record(call, EventType.SIGN_ON_ASSIGNMENT_CREATED, null, null, Snapshot.of(client, assignment));
		return assignment;
	}

	@Transactional
	SignOnPolicyAssignment update(ApiCall call, String applicationId, UUID assignmentId,
			SignOnPolicyAssignmentRequest request) {
		SignOnClient client = requireClient(call.environmentId(), applicationId);
		SignOnPolicyAssignment assignment = get(call.environmentId(), applicationId, assignmentId);
		UUID policyId = requireAssignable(call.environmentId(), request.signOnPolicy().id());
		Snapshot before = Snapshot.of(client, assignment);
		assignment.change(policyId, request.priority());
		this.assignments.saveAndFlush(assignment);
		this.journal.record(call, EventType.SIGN_ON_ASSIGNMENT_UPDATED, null, before, Snapshot.of(client, assignment));
		return assignment;
	}

	@Transactional
	void delete(ApiCall call, String applicationId, UUID assignmentId) {
		SignOnClient client = requireClient(call.environmentId(), applicationId);
		SignOnPolicyAssignment assignment = get(call.environmentId(), applicationId, assignmentId);
		Snapshot before = Snapshot.of(client, assignment);
		this.assignments.delete(assignment);
		this.assignments.flush();
		this.journal.record(call, EventType.SIGN_ON_ASSIGNMENT_DELETED, null, before, null);
	}

	/** A sign-on app of the environment; a worker or an unknown id is a 404. */
	private SignOnClient requireClient(UUID environmentId, String applicationId) {
		return this.clients.find(environmentId, applicationId).orElseThrow(ApiException::notFound);
	}

	private UUID requireAssignable(UUID environmentId, UUID policyId) {
		if (this.policies.findByEnvironmentIdAndId(environmentId, policyId).isEmpty()) {
			throw ApiException.invalidData(
					ErrorDetail.invalidValue("signOnPolicy.id", "No sign-on policy of the environment has this id."));
		}
		if (this.actions.countByEnvironmentIdAndPolicyId(environmentId, policyId) == 0) {
			throw ApiException.invalidData(ErrorDetail.invalidValue("signOnPolicy.id",
					"The sign-on policy has no actions: it must have at least one before it is assigned."));
		}
		return policyId;
	}

	/**
	 * An assignment as the journal records it.
	 *
	 * @param id its id
	 * @param application the app's client id
	 * @param signOnPolicy the policy
	 * @param priority its priority
	 */
	record Snapshot(UUID id, String application, UUID signOnPolicy, int priority) {

		static Snapshot of(SignOnClient client, SignOnPolicyAssignment assignment) {
			return new Snapshot(assignment.id(), client.clientId(), assignment.policyId(), assignment.priority());
		}

	}

}
