package dev.mfastub.auth;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.mfastub.auth.CallerRoles.Scope;
import dev.mfastub.call.EnvironmentClock;
import dev.mfastub.environment.EnvironmentService;
import dev.mfastub.population.PopulationService;
import dev.mfastub.web.ApiException;
import dev.mfastub.web.ErrorDetail;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * PingOne's application role assignments, with its rules: a role only over a scope it
 * applies to, within the application's organization; an actor assigns and removes only
 * roles it holds over the same or a broader scope (or their read-only variants), and
 * never its own.
 */
@Service
@Transactional(readOnly = true)
public class RoleAssignmentService {

	private final RoleAssignmentRepository assignments;

	private final ApplicationRepository applications;

	private final EnvironmentService environments;

	private final PopulationService populations;

	private final EnvironmentClock clock;

	RoleAssignmentService(RoleAssignmentRepository assignments, ApplicationRepository applications,
			EnvironmentService environments, PopulationService populations, EnvironmentClock clock) {
		this.assignments = assignments;
		this.applications = applications;
		this.environments = environments;
		this.populations = populations;
		this.clock = clock;
	}

	/**
	 * The app a path names: PingOne's application id is its client id.
	 * @param environmentId the environment
	 * @param applicationId the app's id from the path
	 * @return the app
	 * @throws ApiException a 404 when there is none
	 */
	Application requireApplication(UUID environmentId, String applicationId) {
		return (Application.possibleClientId(applicationId)
				? this.applications.findByEnvironmentIdAndClientId(environmentId, applicationId)
				: Optional.<Application>empty())
			.orElseThrow(ApiException::notFound);
	}

	List<RoleAssignment> list(Application application) {
		return this.assignments.findByApplicationIdOrderByCreatedAtAscIdAsc(application.id());
	}

	RoleAssignment get(Application application, UUID assignmentId) {
		return this.assignments.findByIdAndApplicationId(assignmentId, application.id())
			.orElseThrow(ApiException::notFound);
	}

	@Transactional
	RoleAssignment create(CallerRoles caller, Application application, RoleAssignmentRequest request) {
		UUID environmentId = application.environmentId();
		Role role = Role.withId(request.role().id())
			.orElseThrow(() -> ApiException
				.invalidData(ErrorDetail.invalidValue("role.id", "No built-in role has this id.")));
		RoleScope type = request.scope().type();
		if (!role.applicableTo().contains(type)) {
			throw ApiException.invalidData(ErrorDetail.invalidValue("scope",
					"The role " + role.apiName() + " cannot be assigned over a scope of type " + type + "."));
		}
		Scope scope = place(environmentId, type, request.scope().id());
		requireMayChange(caller, application, role, scope);
		UUID id = RoleAssignment.idOf(application.id(), role, type, scope.id());
		if (this.assignments.existsById(id)) {
			throw ApiException
				.invalidData(new ErrorDetail("UNIQUENESS_VIOLATION", "role", "May not assign duplicate Role", null));
		}
		UUID scopeEnvironment = (type == RoleScope.POPULATION) ? scope.environmentId() : null;
		return this.assignments.saveAndFlush(new RoleAssignment(application.id(), role, type, scope.id(),
				scopeEnvironment, this.clock.now(environmentId)));
	}

	@Transactional
	void delete(CallerRoles caller, Application application, UUID assignmentId) {
		RoleAssignment assignment = get(application, assignmentId);
		requireMayChange(caller, application, assignment.role(), scopeOf(application.environmentId(), assignment));
		this.assignments.delete(assignment);
		this.assignments.flush();
	}

	/**
	 * Whether the caller may not remove an assignment: PingOne's {@code readOnly}.
	 * @param caller the caller
	 * @param environmentId the app's environment
	 * @param application the app
	 * @param assignment one of its assignments
	 * @return {@code true} when the caller is the app, or holds no role that could assign
	 * it
	 */
	boolean readOnlyFor(CallerRoles caller, UUID environmentId, Application application, RoleAssignment assignment) {
		return isSelf(caller, application) || !caller.mayAssign(assignment.role(), scopeOf(environmentId, assignment));
	}

	private void requireMayChange(CallerRoles caller, Application application, Role role, Scope scope) {
		if (isSelf(caller, application)) {
			throw forbidden("An application cannot change its own role assignments.");
		}
		if (!caller.mayAssign(role, scope)) {
			throw forbidden("Must have role at the same or broader scope");
		}
	}

	private static boolean isSelf(CallerRoles caller, Application application) {
		return application.environmentId().equals(caller.environmentId())
				&& application.clientId().equals(caller.clientId());
	}

	/** Where a scope named in a request is, within the app's organization. */
	private Scope place(UUID environmentId, RoleScope type, UUID id) {
		UUID organization = this.environments.organizationOf(environmentId).orElseThrow(ApiException::notFound);
		return switch (type) {
			case ORGANIZATION -> {
				if (!id.equals(organization)) {
					throw scopeOutside("scope.id must be the organization of the application's environment.");
				}
				yield new Scope(type, id, null, organization);
			}
			case ENVIRONMENT -> {
				if (!this.environments.organizationOf(id).map(organization::equals).orElse(false)) {
					throw scopeOutside("scope.id must be an environment of the application's organization.");
				}
				yield new Scope(type, id, id, organization);
			}
			case POPULATION -> {
				UUID populationEnvironment = this.populations.environmentsWith(id)
					.stream()
					.filter((candidate) -> this.environments.organizationOf(candidate)
						.map(organization::equals)
						.orElse(false))
					.findFirst()
					.orElseThrow(() -> scopeOutside(
							"scope.id must be a population of an environment of the application's organization."));
				yield new Scope(type, id, populationEnvironment, organization);
			}
			case APPLICATION -> throw ApiException.invalidData(ErrorDetail.invalidValue("scope.type",
					"The stub does not support role assignments over an APPLICATION scope."));
		};
	}

	/** Where a stored assignment's scope is. */
	private Scope scopeOf(UUID environmentId, RoleAssignment assignment) {
		UUID organization = this.environments.organizationOf(environmentId).orElseThrow(ApiException::notFound);
		UUID environment = switch (assignment.scopeType()) {
			case ENVIRONMENT -> assignment.scopeId();
			case POPULATION -> assignment.scopeEnvironmentId();
			default -> null;
		};
		return new Scope(assignment.scopeType(), assignment.scopeId(), environment, organization);
	}

	private static ApiException scopeOutside(String message) {
		return ApiException.invalidData(ErrorDetail.invalidValue("scope.id", message));
	}

	private static ApiException forbidden(String message) {
		return ApiException.accessFailed(HttpStatus.FORBIDDEN,
				new ErrorDetail("INSUFFICIENT_PERMISSIONS", null, message, null));
	}

}
