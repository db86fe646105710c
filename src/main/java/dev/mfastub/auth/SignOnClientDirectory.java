package dev.mfastub.auth;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link SignOnClients} over the applications table: the sign-on apps made through
 * PingOne's application API, their secrets checked as the token endpoint checks a
 * worker's.
 */
@Component
@Transactional(readOnly = true)
class SignOnClientDirectory implements SignOnClients {

	private final CredentialService credentials;

	private final ApplicationRepository applications;

	SignOnClientDirectory(CredentialService credentials, ApplicationRepository applications) {
		this.credentials = credentials;
		this.applications = applications;
	}

	@Override
	public Optional<SignOnClient> find(UUID environmentId, String clientId) {
		return this.credentials.find(environmentId, clientId)
			.filter((application) -> !application.worker())
			.map(SignOnClientDirectory::client);
	}

	@Override
	public boolean secretMatches(SignOnClient client, String secret) {
		Optional<Application> application = this.applications.findById(client.applicationId())
			.filter((found) -> !found.worker() && found.environmentId().equals(client.environmentId())
					&& !"NONE".equals(found.tokenEndpointAuthMethod()));
		return application.isPresent() ? this.credentials.matches(application.get(), secret)
				: this.credentials.matchesNone(secret);
	}

	private static SignOnClient client(Application application) {
		return new SignOnClient(application.id(), application.environmentId(), application.clientId(),
				application.name(), application.type(), application.enabled(), application.redirectUris(),
				application.postLogoutRedirectUris(),
				application.grantTypes().stream().map((grant) -> grant.toUpperCase(Locale.ROOT)).toList(),
				application.responseTypes(), application.pkceEnforcement(), application.tokenEndpointAuthMethod());
	}

}
