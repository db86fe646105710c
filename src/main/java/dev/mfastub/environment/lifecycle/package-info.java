/**
 * How environments come and go, one pipeline for all three sources: PingOne's
 * {@code /v1/environments} (create, read, list, replace, delete), the seed loaded at
 * start, and the control plane's sandboxes. Each describes an
 * {@link dev.mfastub.environment.lifecycle.EnvironmentSpec}, resolved to one
 * {@link dev.mfastub.environment.lifecycle.EnvironmentDefinition} that the factory builds
 * and reset rebuilds. Calls into {@code auth}, {@code population} and {@code user} to
 * fill an environment; owns no table of its own.
 */
package dev.mfastub.environment.lifecycle;
