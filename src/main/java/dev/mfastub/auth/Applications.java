package dev.mfastub.auth;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.mfastub.environment.EnvironmentClock;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers worker apps and checks their credentials. Secrets are kept only as hashes.
 */
@Service
@Transactional(readOnly = true)
public class Applications {

	/**
	 * Compared against when the client is unknown, so that case takes as long as a wrong
	 * secret.
	 */
	private final String unknownClientHash;

	private final ApplicationRepository applications;

	private final PasswordEncoder passwords;

	private final EnvironmentClock clock;

	Applications(ApplicationRepository applications, PasswordEncoder passwords, EnvironmentClock clock) {
		this.applications = applications;
		this.passwords = passwords;
		this.clock = clock;
		this.unknownClientHash = passwords.encode(UUID.randomUUID().toString());
	}

	/**
	 * Registers a worker app whose secret is already hashed: how reset brings an app back
	 * with the secret its tests hold.
	 * @param environmentId the environment it belongs to
	 * @param clientId its client id
	 * @param name a display name
	 * @param secretHash its secret, as {@link #hash} made it
	 * @param roles its roles
	 * @param grantTypes the grants it may use
	 * @param enabled whether its tokens work
	 * @return the app
	 */
	@Transactional
	public Application restore(UUID environmentId, String clientId, String name, String secretHash, Set<Role> roles,
			List<String> grantTypes, boolean enabled) {
		return this.applications.saveAndFlush(new Application(environmentId, clientId, name, secretHash, roles,
				grantTypes, enabled, this.clock.now(environmentId)));
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
		String hash = application.map(Application::secretHash).orElse(this.unknownClientHash);
		boolean matches = this.passwords.matches(secret, hash);
		return matches ? application : Optional.empty();
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
