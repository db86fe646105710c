package dev.mfastub.auth;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The worker apps of all environments, always looked up within one environment.
 */
public interface ApplicationRepository extends JpaRepository<Application, UUID>, ApplicationGrants {

	Optional<Application> findByEnvironmentIdAndClientId(UUID environmentId, String clientId);

	List<Application> findByEnvironmentIdOrderByCreatedAtAscClientIdAsc(UUID environmentId);

}
