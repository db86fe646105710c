package dev.mfastub.auth;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Worker apps the seed does not have, made and changed the way the stub stores them, for
 * the auth tests. The stub itself registers apps only from seeds and sandbox requests.
 */
final class TestApplications {

	private static final Instant CREATED = Instant.parse("2025-11-20T10:00:00Z");

	private TestApplications() {
	}

	/** Registers an app with its secret hashed, as a seed would. */
	static Application register(ApplicationRepository applications, PasswordEncoder passwords, UUID environmentId,
			String clientId, String name, String secret, Set<Role> roles, List<String> grantTypes, boolean enabled) {
		return applications.saveAndFlush(new Application(environmentId, clientId, name, passwords.encode(secret), roles,
				grantTypes, enabled, CREATED));
	}

	/** Enables or disables an app, as an administrator would in PingOne's console. */
	static void enable(JdbcTemplate jdbc, Application application, boolean enabled) {
		jdbc.update("UPDATE applications SET enabled = ? WHERE environment_id = ? AND client_id = ?", enabled,
				application.environmentId(), application.clientId());
	}

}
