package dev.mfastub.environment.lifecycle;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.JsonNode;

import dev.mfastub.environment.lifecycle.PlatformValues.Region;
import dev.mfastub.environment.lifecycle.PlatformValues.Type;

/**
 * The body of {@code POST} and {@code PUT /v1/environments[/{envID}]}, as PingOne's
 * "Create Environment" and "Update Environment" pages give it.
 *
 * @param name required, unique in the organization
 * @param description what it is for
 * @param region where it runs; required to create, and unchangeable
 * @param type {@code SANDBOX} or {@code PRODUCTION}
 * @param license the license it uses: the organization's one license when absent
 * @param billOfMaterials its products, kept as given: an object with a {@code products}
 * array
 */
record EnvironmentRequest(@NotBlank @Size(max = 256) @Pattern(regexp = EnvironmentSpec.TEXT_PATTERN) String name,
		@Size(max = 1024) String description, Region region, @NotNull Type type, @Valid LicenseRef license,
		JsonNode billOfMaterials) {

	/**
	 * A license by id.
	 *
	 * @param id its id
	 */
	record LicenseRef(@NotNull UUID id) {

	}

}
