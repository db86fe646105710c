package dev.mfastub.environment;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * The journals of all environments, read oldest first.
 */
interface EventRepository extends JpaRepository<Event, Long> {

	List<Event> findByEnvironmentIdAndIdGreaterThanOrderByIdAsc(UUID environmentId, long after, Limit limit);

	@Modifying
	@Query("delete from Event e where e.environmentId = :environmentId")
	void deleteByEnvironment(UUID environmentId);

}
