package dev.mfastub.auth;

import java.security.SecureRandom;
import java.time.Duration;
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
 * PingOne's application API for worker apps and OIDC sign-on apps: an app made here gets
 * a generated secret (readable through {@code /secret} by an actor whose roles cover the
 * app's, and replaced through {@code POST /secret}); a worker also gets, unless told
 * otherwise, the caller's role assignments within the organization, as PingOne's
 * worker-app page says. A sign-on app's grant types, response types, URIs and client
 * authentication follow the rules {@link SignOnAppRules} checks.
 */
@Service
@Transactional(readOnly = true)
public class ApplicationService {

	static final String WORKER = "WORKER";

	static final String OPENID_CONNECT = "OPENID_CONNECT";

	static final String CLIENT_CREDENTIALS = "CLIENT_CREDENTIALS";

	static final Set<String> AUTH_METHODS = Set.of("CLIENT_SECRET_BASIC", "CLIENT_SECRET_POST");

	/** The longest a replaced secret may stay valid: PingOne's "up to 30 days". */
	private static final Duration LONGEST_PREVIOUS = Duration.ofDays(30);

	/** The shortest: PingOne's "1 minute". */
	private static final Duration SHORTEST_PREVIOUS = Duration.ofMinutes(1);

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
		SignOnAppRules.Checked signOn = check(request, null);
		requireUniqueName(environmentId, request.name(), null);
		Instant now = this.clock.now(environmentId);
		String secret = newSecret();
		Application application = new Application(environmentId, UUID.randomUUID().toString(), request.name(),
				this.credentials.hash(secret), List.of(Application.CLIENT_CREDENTIALS),
				Boolean.TRUE.equals(request.enabled()), now);
		application.describe(request.name(), request.description(), Boolean.TRUE.equals(request.enabled()),
				request.tokenEndpointAuthMethod(), now);
		application.keepSecret(secret);
		if (signOn != null) {
			application.signOnApp(request.type());
			application.configureSignOn(signOn.grantTypes(), signOn.signOn());
		}
		Application saved = this.applications.saveAndFlush(application);
		// A sign-on app acts for its users, not with roles of its own.
		if (signOn == null && !Boolean.FALSE.equals(request.assignActorRoles())) {
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
		SignOnAppRules.Checked signOn = check(request, application.type());
		requireUniqueName(environmentId, request.name(), application.id());
		application.describe(request.name(), request.description(), Boolean.TRUE.equals(request.enabled()),
				request.tokenEndpointAuthMethod(), this.clock.now(environmentId));
		if (signOn != null) {
			application.configureSignOn(signOn.grantTypes(), signOn.signOn());
		}
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
	Secret secret(CallerRoles caller, UUID environmentId, String applicationId) {
		Application application = readableSecretOf(caller, environmentId, applicationId);
		Instant now = this.clock.now(environmentId);
		String secret = application.secret()
			.orElseThrow(() -> ApiException.invalidRequest("The stub keeps only a hash of this application's "
					+ "secret: it was given in the seed, or in the answer that made its sandbox."));
		return new Secret(secret,
				application.previousSecretExpiresAt(now)
					.map((expiresAt) -> new Previous(application.previousSecret(now).orElse(null), expiresAt))
					.orElse(null));
	}

	/**
	 * Replaces the app's secret (PingOne's "Update Application Secret"), for an actor
	 * that may read it: the replaced one stops at once, or at {@code previousExpiresAt}
	 * (from one minute to 30 days ahead).
	 * @param caller the actor
	 * @param environmentId the environment
	 * @param applicationId the app
	 * @param previousExpiresAt until when the replaced secret stays valid, or
	 * {@code null}
	 * @return the new secret, and the previous one while it is valid
	 */
	@Transactional
	Secret rotateSecret(CallerRoles caller, UUID environmentId, String applicationId, Instant previousExpiresAt) {
		Application application = readableSecretOf(caller, environmentId, applicationId);
		Instant now = this.clock.now(environmentId);
		if (previousExpiresAt != null && (previousExpiresAt.isBefore(now.plus(SHORTEST_PREVIOUS))
				|| previousExpiresAt.isAfter(now.plus(LONGEST_PREVIOUS)))) {
			throw ApiException.invalidData(ErrorDetail.invalidValue("previous.expiresAt",
					"previous.expiresAt must be from 1 minute to 30 days from now."));
		}
		String secret = newSecret();
		application.rotateSecret(secret, this.credentials.hash(secret), previousExpiresAt);
		this.applications.saveAndFlush(application);
		return new Secret(secret,
				application.previousSecretExpiresAt(now)
					.map((expiresAt) -> new Previous(application.previousSecret(now).orElse(null), expiresAt))
					.orElse(null));
	}

	private Application readableSecretOf(CallerRoles caller, UUID environmentId, String applicationId) {
		Application application = get(environmentId, applicationId);
		if (!application.worker() && "NONE".equals(application.tokenEndpointAuthMethod())) {
			throw ApiException.invalidRequest("The application's tokenEndpointAuthMethod is NONE: it has no secret.");
		}
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
		return application;
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

	/**
	 * Checks a request against its type's rules.
	 * @param request the request
	 * @param existingType the app's type, on a replace; {@code null} on a create
	 * @return what a sign-on app is configured with; {@code null} for a worker
	 */
	private static SignOnAppRules.Checked check(ApplicationRequest request, String existingType) {
		if (!SignOnAppRules.TYPES.contains(request.type()) && !WORKER.equals(request.type())) {
			throw ApiException.invalidData(ErrorDetail.invalidValue("type",
					"The stub supports WORKER, WEB_APP, SINGLE_PAGE_APP and NATIVE_APP applications, not "
							+ request.type() + "."));
		}
		if (existingType != null && !existingType.equals(request.type())) {
			throw ApiException.invalidData(ErrorDetail.invalidValue("type",
					"An application's type cannot change: it is " + existingType + "."));
		}
		if (!OPENID_CONNECT.equals(request.protocol())) {
			throw ApiException.invalidData(ErrorDetail.invalidValue("protocol",
					"A " + request.type() + " application's protocol is OPENID_CONNECT."));
		}
		if (!WORKER.equals(request.type())) {
			return SignOnAppRules.check(request);
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
		return null;
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

	/**
	 * An app's secret as {@code /secret} shows it.
	 *
	 * @param secret the current one
	 * @param previous the replaced one while it is valid, or {@code null}
	 */
	record Secret(String secret, Previous previous) {

	}

	/**
	 * A replaced secret that is still valid.
	 *
	 * @param secret it in the clear, or {@code null} when the stub only had its hash
	 * @param expiresAt when it stops
	 */
	record Previous(String secret, Instant expiresAt) {

	}

	private static ApiException forbidden(String message) {
		return ApiException.accessFailed(HttpStatus.FORBIDDEN,
				new ErrorDetail("INSUFFICIENT_PERMISSIONS", null, message, null));
	}

}
