package dev.mfastub.user;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import dev.mfastub.population.PopulationMembers;

/**
 * Answers populations' questions about their users from the users' table.
 */
@Component
class UserPopulationMembers implements PopulationMembers {

	private final UserRepository users;

	UserPopulationMembers(UserRepository users) {
		this.users = users;
	}

	@Override
	public Map<UUID, Long> countByPopulation(UUID environmentId) {
		return this.users.countByPopulation(environmentId)
			.stream()
			.collect(Collectors.toMap(PopulationCount::populationId, PopulationCount::users));
	}

	@Override
	public long countIn(UUID environmentId, UUID populationId) {
		return this.users.countByEnvironmentIdAndPopulationId(environmentId, populationId);
	}

	@Override
	public boolean anyIn(UUID environmentId, UUID populationId) {
		return this.users.existsByEnvironmentIdAndPopulationId(environmentId, populationId);
	}

}
