package dev.mfastub.auth;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The signing keys shared by every instance on the database.
 */
interface SigningKeyRepository extends JpaRepository<SigningKey, String> {

	List<SigningKey> findAllByOrderByCreatedAtDesc();

}
