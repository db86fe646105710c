package dev.mfastub.user;

import java.util.UUID;

/**
 * How many users one population has.
 *
 * @param populationId the population
 * @param users its users
 */
record PopulationCount(UUID populationId, long users) {

}
