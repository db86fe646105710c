package dev.mfastub.auth;

/**
 * What a role assignment covers, PingOne's {@code scope.type}: the whole organization,
 * one environment, one population of an environment, or one application.
 */
public enum RoleScope {

	ORGANIZATION, ENVIRONMENT, POPULATION, APPLICATION

}
