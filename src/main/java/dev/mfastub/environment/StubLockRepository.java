package dev.mfastub.environment;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/**
 * The lock rows of {@code stub_locks}.
 */
interface StubLockRepository extends JpaRepository<StubLock, String> {

	/**
	 * Takes a lock until the transaction ends, waiting for an instance that holds it.
	 * @param name the lock
	 * @return the lock row
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("SELECT l FROM StubLock l WHERE l.name = :name")
	Optional<StubLock> lock(String name);

}
