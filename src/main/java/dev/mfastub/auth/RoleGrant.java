package dev.mfastub.auth;

/**
 * A role over a scope named by where it is held, as a seed or a sandbox request gives it:
 * the app's own environment, or the organization of that environment.
 *
 * @param role the role
 * @param scope {@link RoleScope#ENVIRONMENT} or {@link RoleScope#ORGANIZATION}
 */
public record RoleGrant(Role role, RoleScope scope) {

}
