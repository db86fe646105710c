package dev.mfastub.group;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import dev.mfastub.environment.EnvironmentScopedId;

/**
 * Users added to groups directly; the schema deletes them with their user or group.
 */
interface GroupMembershipRepository extends JpaRepository<GroupMembership, EnvironmentScopedId> {

	Optional<GroupMembership> findByEnvironmentIdAndUserIdAndGroupId(UUID environmentId, UUID userId, UUID groupId);

	boolean existsByEnvironmentIdAndUserIdAndGroupId(UUID environmentId, UUID userId, UUID groupId);

	List<GroupMembership> findByEnvironmentIdAndUserId(UUID environmentId, UUID userId);

	long countByEnvironmentIdAndGroupId(UUID environmentId, UUID groupId);

	long countByEnvironmentIdAndUserId(UUID environmentId, UUID userId);

	@Query("SELECT DISTINCT m.userId FROM GroupMembership m WHERE m.environmentId = :environmentId "
			+ "AND m.groupId IN :groupIds")
	Set<UUID> findUserIdsIn(UUID environmentId, Collection<UUID> groupIds);

	@Query("SELECT new dev.mfastub.group.GroupCount(m.groupId, COUNT(m)) "
			+ "FROM GroupMembership m WHERE m.environmentId = :environmentId GROUP BY m.groupId")
	List<GroupCount> countByGroup(UUID environmentId);

	/**
	 * Takes a user out of the groups of every population but its own.
	 * @param environmentId the environment
	 * @param userId the user
	 * @param populationId its population
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("DELETE FROM GroupMembership m WHERE m.environmentId = :environmentId AND m.userId = :userId "
			+ "AND m.groupId IN (SELECT g.id FROM IdentityGroup g WHERE g.environmentId = :environmentId "
			+ "AND g.populationId IS NOT NULL AND g.populationId <> :populationId)")
	void deleteOutsidePopulation(UUID environmentId, UUID userId, UUID populationId);

}
