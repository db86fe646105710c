package dev.mfastub.population;

import java.util.Map;
import java.util.UUID;

/**
 * What populations need to know of the users in them, answered by the users' feature
 * (which itself depends on populations).
 */
public interface PopulationMembers {

	/**
	 * How many users each population of an environment has.
	 * @param environmentId the environment
	 * @return users by population id; a population without users is absent
	 */
	Map<UUID, Long> countByPopulation(UUID environmentId);

	/**
	 * How many users one population has.
	 * @param environmentId the environment
	 * @param populationId the population
	 * @return its users
	 */
	long countIn(UUID environmentId, UUID populationId);

	/**
	 * Whether a population has any user.
	 * @param environmentId the environment
	 * @param populationId the population
	 * @return {@code true} when at least one user is in it
	 */
	boolean anyIn(UUID environmentId, UUID populationId);

}
