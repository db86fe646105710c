/**
 * Environments, PingOne's container of users, apps and configuration: the entity and its
 * table ({@code environments}), the lookups the features inside one make
 * ({@link dev.mfastub.environment.EnvironmentService}), and the startup lock
 * ({@code stub_locks}). Their lifecycle and {@code /v1/environments} are in
 * {@code environment.lifecycle}.
 */
package dev.mfastub.environment;
