package dev.mfastub.auth;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.mfastub.call.EnvironmentClock;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers worker apps and checks their credentials. Secrets are kept only as hashes.
 */
@Service
@Transactional(readOnly = true)
public class CredentialService {

	/**
	 * Compared against when the client is unknown, so that case takes as long as a wrong
	 * secret.
	 */
	private final String unknownClientHash;

	private final ApplicationRepository applications;

	private final PasswordEncoder passwords;

	private final EnvironmentClock clock;

	private final RoleAssignmentRepository assignments;

	CredentialService(ApplicationRepository applications, RoleAssignmentRepository assignments,
			PasswordEncoder passwords, EnvironmentClock clock) {
		this.applications = applications;
		this.assignments = assignments;
		this.passwords = passwords;
		this.clock = clock;
		this.unknownClientHash = passwords.encode(UUID.randomUUID().toString());
	}

	/**
	 * Registers a worker app whose secret is already hashed, with its role assignments:
	 * how reset brings an app back with the secret its tests hold.
	 * @param environmentId the environment it belongs to
	 * @param organizationId that environment's organization
	 * @param clientId its client id
	 * @param name a display name
	 * @param secretHash its secret, as {@link #hash} made it
	 * @param grants its roles, over its environment or its organization
	 * @param grantTypes the grants it may use
	 * @param enabled whether its tokens work
	 * @return the app
	 */
	@Transactional
	public Application restore(UUID environmentId, UUID organizationId, String clientId, String name, String secretHash,
			List<RoleGrant> grants, List<String> grantTypes, boolean enabled) {
		Instant now = this.clock.now(environmentId);
		Application application = this.applications
			.saveAndFlush(new Application(environmentId, clientId, name, secretHash, grantTypes, enabled, now));
		this.assignments.saveAll(grants.stream()
			.distinct()
			.map((grant) -> new RoleAssignment(application.id(), grant.role(), grant.scope(),
					(grant.scope() == RoleScope.ORGANIZATION) ? organizationId : environmentId, now))
			.toList());
		return application;
	}

	/**
	 * Gives an app roles over an environment, those it does not hold there yet: what
	 * PingOne assigns an actor over an environment it creates.
	 * @param environmentId the app's own environment
	 * @param clientId the app
	 * @param roles the roles
	 * @param over the environment they are over
	 */
	@Transactional
	public void grantOverEnvironment(UUID environmentId, String clientId, List<Role> roles, UUID over) {
		Application application = find(environmentId, clientId).orElseThrow();
		Instant now = this.clock.now(environmentId);
		this.assignments.saveAll(roles.stream()
			.filter((role) -> !this.assignments
				.existsById(RoleAssignment.idOf(application.id(), role, RoleScope.ENVIRONMENT, over)))
			.map((role) -> new RoleAssignment(application.id(), role, RoleScope.ENVIRONMENT, over, now))
			.toList());
	}

	/** Removes every role held over an environment that is gone, by apps anywhere. */
	@Transactional
	public void forgetEnvironment(UUID environmentId) {
		this.assignments.deleteByScope(RoleScope.ENVIRONMENT, environmentId);
		this.assignments.deleteByScopeEnvironment(environmentId);
	}

	/** Whether any role the app holds, over anything, may change users. */
	boolean canWrite(Application application) {
		return this.assignments.findByApplicationIdOrderByCreatedAtAscIdAsc(application.id())
			.stream()
			.anyMatch((assignment) -> assignment.role().userAccess() == Role.Access.WRITE);
	}

	/** The stored form of a secret. */
	public String hash(String secret) {
		return this.passwords.encode(secret);
	}

	/**
	 * The app whose credentials these are, if they are right.
	 * @param environmentId the environment whose auth server was asked
	 * @param clientId the client id presented
	 * @param secret the secret presented
	 * @return the app, or empty when the client is unknown or the secret wrong
	 */
	Optional<Application> authenticate(UUID environmentId, String clientId, String secret) {
		Optional<Application> application = find(environmentId, clientId);
		return (application.isPresent() ? matches(application.get(), secret) : matchesNone(secret)) ? application
				: Optional.empty();
	}

	/**
	 * Whether a secret is the app's current one, or the one it replaced while that is
	 * still valid on its environment's clock (PingOne's "Update Application Secret").
	 */
	boolean matches(Application application, String secret) {
		if (secret == null) {
			return matchesNone("");
		}
		if (this.passwords.matches(secret, application.secretHash())) {
			return true;
		}
		return application.previousSecretHash(this.clock.now(application.environmentId()))
			.map((hash) -> this.passwords.matches(secret, hash))
			.orElse(false);
	}

	/** Takes as long as a wrong secret of a known client, and is always false. */
	boolean matchesNone(String secret) {
		this.passwords.matches((secret != null) ? secret : "", this.unknownClientHash);
		return false;
	}

	/**
	 * The app a token request names. A client id no app can have (a NUL in it, say, which
	 * PostgreSQL cannot even compare) names none, without a query.
	 */
	Optional<Application> find(UUID environmentId, String clientId) {
		return Application.possibleClientId(clientId)
				? this.applications.findByEnvironmentIdAndClientId(environmentId, clientId) : Optional.empty();
	}

}
