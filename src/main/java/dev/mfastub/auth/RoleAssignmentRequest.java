package dev.mfastub.auth;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The body of "Create Application Role Assignment".
 *
 * @param role the built-in role, by id
 * @param scope what it is over
 */
record RoleAssignmentRequest(@NotNull @Valid RoleReference role, @NotNull @Valid ScopeReference scope) {

	/**
	 * A role by id.
	 *
	 * @param id the role's id
	 */
	record RoleReference(@NotNull UUID id) {

	}

	/**
	 * A scope by id and type.
	 *
	 * @param id the organization, environment or population
	 * @param type {@code ORGANIZATION}, {@code ENVIRONMENT} or {@code POPULATION}
	 */
	record ScopeReference(@NotNull UUID id, @NotNull RoleScope type) {

	}

}
