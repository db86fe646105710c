package dev.mfastub.control;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * The fault rules of each environment, in the order they were given.
 */
interface FaultRuleRepository extends JpaRepository<FaultRule, UUID>, FaultRulePresence {

	List<FaultRule> findByEnvironmentIdOrderByPosition(UUID environmentId);

	/** The rules, locked: two requests on any instances never take the same count. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from FaultRule r where r.environmentId = :environmentId order by r.position")
	List<FaultRule> lockByEnvironment(UUID environmentId);

	@Modifying
	@Query("delete from FaultRule r where r.environmentId = :environmentId")
	void deleteByEnvironment(UUID environmentId);

}
