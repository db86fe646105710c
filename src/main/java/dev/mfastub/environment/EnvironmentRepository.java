package dev.mfastub.environment;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The environments of the store.
 */
public interface EnvironmentRepository extends JpaRepository<Environment, UUID>, EnvironmentClocks {

}
