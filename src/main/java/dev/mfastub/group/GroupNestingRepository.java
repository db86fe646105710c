package dev.mfastub.group;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

import dev.mfastub.environment.EnvironmentScopedId;

/**
 * Groups nested in groups; the schema deletes a nesting with either group.
 */
interface GroupNestingRepository extends JpaRepository<GroupNesting, EnvironmentScopedId> {

	/**
	 * Every nesting of an environment: its groups' graph, small enough to walk in memory.
	 */
	List<GroupNesting> findByEnvironmentId(UUID environmentId);

	List<GroupNesting> findByEnvironmentIdAndGroupIdOrderByCreatedAtAscParentIdAsc(UUID environmentId, UUID groupId);

	Optional<GroupNesting> findByEnvironmentIdAndGroupIdAndParentId(UUID environmentId, UUID groupId, UUID parentId);

}
