package dev.mfastub.outbox;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The outboxes of all environments.
 */
interface NotificationRepository extends JpaRepository<Notification, Long> {

	List<Notification> findByEnvironmentIdAndIdGreaterThanOrderByIdAsc(UUID environmentId, long after, Limit limit);

}
