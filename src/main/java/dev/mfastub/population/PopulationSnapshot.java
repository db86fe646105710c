package dev.mfastub.population;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A population as the journal records it.
 *
 * @param id its id
 * @param name its name
 * @param description its description
 * @param isDefault whether it is the default
 */
record PopulationSnapshot(UUID id, String name, String description, @JsonProperty("default") boolean isDefault) {

	static PopulationSnapshot of(Population population, boolean isDefault) {
		return new PopulationSnapshot(population.id(), population.name(), population.description(), isDefault);
	}

}
