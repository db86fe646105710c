/**
 * Users ({@code /v1/environments/{envID}/users}): PingOne's user resource with create,
 * import, read, list (the filter grammar and cursors), replace, patch, delete, enabled,
 * population, verify status and passwords (policy, recovery codes). Table {@code users},
 * which the MFA switches also read and write through its repository.
 */
package dev.mfastub.user;
