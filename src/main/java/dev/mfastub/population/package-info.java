/**
 * Populations ({@code /v1/environments/{envID}/populations}): the groups an environment's
 * users belong to, one of them the default, with PingOne's create, read, list, replace
 * and delete. Table {@code populations}.
 */
package dev.mfastub.population;
