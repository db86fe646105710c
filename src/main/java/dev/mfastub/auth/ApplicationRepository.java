package dev.mfastub.auth;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The worker apps of all environments, always looked up within one environment.
 */
public interface ApplicationRepository extends JpaRepository<Application, UUID> {

	Optional<Application> findByEnvironmentIdAndClientId(UUID environmentId, String clientId);

	/**
	 * The roles of an enabled app, as stored (comma-separated), without loading the app:
	 * asked on every API call.
	 * @param environmentId the environment the token names
	 * @param clientId the client the token names
	 * @return its roles, or empty when the app is gone or disabled
	 */
	@Query("SELECT a.roles FROM Application a "
			+ "WHERE a.environmentId = :environmentId AND a.clientId = :clientId AND a.enabled = true")
	Optional<String> findRolesOfEnabled(UUID environmentId, String clientId);

}
