package dev.mfastub.population;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.mfastub.web.PrintableText;

/**
 * The body of POST (create) and PUT (replace) population. PingOne's other attributes
 * (password policy, theme, language) are not kept.
 *
 * @param name required, unique in the environment ignoring case
 * @param description optional
 * @param isDefault {@code true} makes it the environment's default population
 */
record PopulationRequest(@NotBlank @Size(max = 256) @Pattern(regexp = PrintableText.PATTERN) String name,
		@Size(max = 1024) @Pattern(regexp = PrintableText.PATTERN) String description,
		@JsonProperty("default") Boolean isDefault) {

}
