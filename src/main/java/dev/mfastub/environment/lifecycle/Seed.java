package dev.mfastub.environment.lifecycle;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * A seed file: the environments, and the users and apps in them, that the store starts
 * with. Each is an {@link EnvironmentSpec}, as a sandbox request is.
 *
 * @param environments the environments to create
 */
record Seed(@NotNull List<@Valid @NotNull EnvironmentSpec> environments) {

	static final Seed EMPTY = new Seed(List.of());

}
