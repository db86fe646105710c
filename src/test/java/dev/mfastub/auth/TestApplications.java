package dev.mfastub.auth;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Worker apps the seed does not have, made and changed the way the stub stores them, for
 * the auth tests. The stub itself registers apps only from seeds and sandbox requests. A
 * bean of every test context (it lives under the application's package).
 */
@Component
class TestApplications {

	private static final Instant CREATED = Instant.parse("2025-11-20T10:00:00Z");

	private final ApplicationRepository applications;

	private final PasswordEncoder passwords;

	private final JdbcTemplate jdbc;

	private final RoleAssignmentRepository assignments;

	TestApplications(ApplicationRepository applications, RoleAssignmentRepository assignments,
			PasswordEncoder passwords, JdbcTemplate jdbc) {
		this.applications = applications;
		this.assignments = assignments;
		this.passwords = passwords;
		this.jdbc = jdbc;
	}

	/**
	 * Registers an app with its secret hashed and its roles over its own environment, as
	 * a seed would.
	 */
	Application register(UUID environmentId, String clientId, String name, String secret, Set<Role> roles,
			List<String> grantTypes, boolean enabled) {
		Application application = this.applications.saveAndFlush(new Application(environmentId, clientId, name,
				this.passwords.encode(secret), grantTypes, enabled, CREATED));
		this.assignments.saveAll(roles.stream()
			.map((role) -> new RoleAssignment(application.id(), role, RoleScope.ENVIRONMENT, environmentId, CREATED))
			.toList());
		return application;
	}

	/** Enables or disables an app, as an administrator would in PingOne's console. */
	void enable(Application application, boolean enabled) {
		this.jdbc.update("UPDATE applications SET enabled = ? WHERE environment_id = ? AND client_id = ?", enabled,
				application.environmentId(), application.clientId());
	}

	/** The app with this client id. */
	Application find(UUID environmentId, String clientId) {
		return this.applications.findByEnvironmentIdAndClientId(environmentId, clientId).orElseThrow();
	}

	/** Removes an app: its tokens stop working. */
	void delete(Application application) {
		this.applications.delete(application);
	}

}
