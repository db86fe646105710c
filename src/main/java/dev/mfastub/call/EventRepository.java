package dev.mfastub.call;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * The journals of all environments, read oldest first.
 */
interface EventRepository extends JpaRepository<Event, Long>, EventInserts {

	List<Event> findByEnvironmentIdAndIdGreaterThanOrderByIdAsc(UUID environmentId, long after, Limit limit);

	List<Event> findByEnvironmentIdAndUserIdAndTypeOrderByIdDesc(UUID environmentId, UUID userId, EventType type,
			Limit limit);

	List<Event> findByEnvironmentIdAndUserIdAndTypeInAndIdGreaterThanEqualOrderByIdAsc(UUID environmentId, UUID userId,
			Collection<EventType> types, long from);

	/**
	 * Ids of an environment's events, newest first: the page of one at offset {@code n}
	 * is the oldest of the newest {@code n + 1}.
	 */
	@Query("SELECT e.id FROM Event e WHERE e.environmentId = :environmentId ORDER BY e.id DESC")
	List<Long> findIdsNewestFirst(UUID environmentId, Pageable page);

	@Modifying
	@Query("DELETE FROM Event e WHERE e.environmentId = :environmentId AND e.id < :id")
	void deleteOlderThan(UUID environmentId, long id);

}
