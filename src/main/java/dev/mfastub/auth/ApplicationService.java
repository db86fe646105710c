package dev.mfastub.auth;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import dev.mfastub.call.EnvironmentClock;
import dev.mfastub.environment.EnvironmentService;
import dev.mfastub.web.ApiException;
import dev.mfastub.web.ErrorDetail;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * PingOne's application API for worker apps: an app made here gets a generated secret
 * (readable through {@code /secret} by an actor whose roles cover the app's) and, unless
 * told otherwise, the caller's role assignments within the organization, as PingOne's
 * worker-app page says.
 */
@Service
@Transactional(readOnly = true)
public class ApplicationService {

	static final String WORKER = "WORKER";

	static final String OPENID_CONNECT = "OPENID_CONNECT";

	static final String CLIENT_CREDENTIALS = "CLIENT_CREDENTIALS";

	static final Set<String> AUTH_METHODS = Set.of("CLIENT_SECRET_BASIC", "CLIENT_SECRET_POST");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ApplicationRepository applications;

	private final RoleAssignmentRepository assignments;

	private final RoleAssignmentService roleAssignments;

	private final CredentialService credentials;

	private final EnvironmentService environments;

	private final EnvironmentClock clock;

	ApplicationService(ApplicationRepository applications, RoleAssignmentRepository assignments,
			RoleAssignmentService roleAssignments, CredentialService credentials, EnvironmentService environments,
			EnvironmentClock clock) {
		this.applications = applications;
		this.assignments = assignments;
		this.roleAssignments = roleAssignments;
		this.credentials = credentials;
		this.environments = environments;
		this.clock = clock;
	}

	List<Application> list(UUID environmentId) {
		this.environments.require(environmentId);
		return this.applications.findByEnvironmentIdOrderByCreatedAtAscClientIdAsc(environmentId);
	}

	Application get(UUID environmentId, String applicationId) {
		return this.roleAssignments.requireApplication(environmentId, applicationId);
	}

	@Transactional
	Application create(CallerRoles caller, UUID environmentId, ApplicationRequest request) {
		UUID organization = this.environments.organizationOf(environmentId).orElseThrow(ApiException::notFound);
		requireWorker(request);
		requireUniqueName(environmentId, request.name(), null);
		Instant now = this.clock.now(environmentId);
		String secret = newSecret();
		Application application = new Application(environmentId, UUID.randomUUID().toString(), request.name(),
				this.credentials.hash(secret), List.of(Application.CLIENT_CREDENTIALS),
				Boolean.TRUE.equals(request.enabled()), now);
		application.describe(request.name(), request.description(), Boolean.TRUE.equals(request.enabled()),
				request.tokenEndpointAuthMethod(), now);
		application.keepSecret(secret);
		Application saved = this.applications.saveAndFlush(application);
		if (!Boolean.FALSE.equals(request.assignActorRoles())) {
			this.assignments.saveAll(caller.held()
				.stream()
				.filter((held) -> held.scopeType() != RoleScope.APPLICATION && inOrganization(held, organization))
				.distinct()
				.map((held) -> new RoleAssignment(saved.id(), held.role(), held.scopeType(), held.scopeId(),
						held.scopeEnvironmentId(), now))
				.toList());
		}
		return saved;
	}

	@Transactional
	Application replace(UUID environmentId, String applicationId, ApplicationRequest request) {
		Application application = get(environmentId, applicationId);
		requireWorker(request);
		requireUniqueName(environmentId, request.name(), application.id());
		application.describe(request.name(), request.description(), Boolean.TRUE.equals(request.enabled()),
				request.tokenEndpointAuthMethod(), this.clock.now(environmentId));
		return this.applications.saveAndFlush(application);
	}

	@Transactional
	void delete(UUID environmentId, String applicationId) {
		Application application = get(environmentId, applicationId);
		// Its role assignments go with it (the schema's cascade); its tokens stop at
		// once.
		this.applications.delete(application);
		this.applications.flush();
	}

	/**
	 * The app's secret, for an actor whose roles cover all of the app's, and never the
	 * app itself (PingOne's "Read Application Secret").
	 */
	String secret(CallerRoles caller, UUID environmentId, String applicationId) {
		Application application = get(environmentId, applicationId);
		if (application.environmentId().equals(caller.environmentId())
				&& application.clientId().equals(caller.clientId())) {
			throw forbidden("A worker application cannot read its own secret.");
		}
		boolean covers = this.assignments.findByApplicationIdOrderByCreatedAtAscIdAsc(application.id())
			.stream()
			.allMatch(
					(assignment) -> !this.roleAssignments.readOnlyFor(caller, environmentId, application, assignment));
		if (!covers) {
			throw forbidden("Reading the secret takes every role the application holds, over the same or a "
					+ "broader scope.");
		}
		return application.secret()
			.orElseThrow(() -> ApiException.invalidRequest("The stub keeps only a hash of this application's "
					+ "secret: it was given in the seed, or in the answer that made its sandbox."));
	}

	private boolean inOrganization(CallerRoles.Held held, UUID organization) {
		return switch (held.scopeType()) {
			case ORGANIZATION -> held.scopeId().equals(organization);
			case ENVIRONMENT ->
				this.environments.organizationOf(held.scopeId()).map(organization::equals).orElse(false);
			case POPULATION ->
				this.environments.organizationOf(held.scopeEnvironmentId()).map(organization::equals).orElse(false);
			case APPLICATION -> false;
		};
	}

	private static void requireWorker(ApplicationRequest request) {
		if (!WORKER.equals(request.type())) {
			throw ApiException.invalidData(ErrorDetail.invalidValue("type",
					"The stub supports only WORKER applications, not " + request.type() + "."));
		}
		if (!OPENID_CONNECT.equals(request.protocol())) {
			throw ApiException.invalidData(
					ErrorDetail.invalidValue("protocol", "A WORKER application's protocol is OPENID_CONNECT."));
		}
		if (request.grantTypes() != null && (request.grantTypes().isEmpty()
				|| !request.grantTypes().stream().allMatch(CLIENT_CREDENTIALS::equals))) {
			throw ApiException.invalidData(ErrorDetail.invalidValue("grantTypes",
					"A WORKER application's grantTypes are [\"CLIENT_CREDENTIALS\"]."));
		}
		if (!AUTH_METHODS.contains(request.tokenEndpointAuthMethod())) {
			throw ApiException.invalidData(ErrorDetail.invalidValue("tokenEndpointAuthMethod",
					"tokenEndpointAuthMethod must be CLIENT_SECRET_BASIC or CLIENT_SECRET_POST."));
		}
	}

	private void requireUniqueName(UUID environmentId, String name, UUID except) {
		boolean taken = this.applications.findByEnvironmentIdOrderByCreatedAtAscClientIdAsc(environmentId)
			.stream()
			.anyMatch((other) -> !other.id().equals(except)
					&& other.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)));
		if (taken) {
			throw ApiException.invalidData(new ErrorDetail("UNIQUENESS_VIOLATION", "name",
					"An application with this name already exists in the environment.", null));
		}
	}

	private static String newSecret() {
		byte[] bytes = new byte[48];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static ApiException forbidden(String message) {
		return ApiException.accessFailed(HttpStatus.FORBIDDEN,
				new ErrorDetail("INSUFFICIENT_PERMISSIONS", null, message, null));
	}

}
