/**
 * Populations: the groups an environment's users belong to, one of them the default, with
 * PingOne's create, read, list, replace and delete.
 */
package dev.mfastub.population;
