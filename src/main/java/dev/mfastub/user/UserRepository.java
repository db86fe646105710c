package dev.mfastub.user;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/**
 * The users of all environments. Every lookup names the environment, so one environment
 * can never see another's users.
 */
public interface UserRepository extends JpaRepository<User, User.Key>, JpaSpecificationExecutor<User> {

	Optional<User> findByEnvironmentIdAndId(UUID environmentId, UUID id);

	List<User> findByEnvironmentIdOrderById(UUID environmentId);

	boolean existsByEnvironmentIdAndUsernameKey(UUID environmentId, String usernameKey);

	boolean existsByEnvironmentIdAndUsernameKeyAndIdNot(UUID environmentId, String usernameKey, UUID id);

}
