package dev.mfastub.environment;

/**
 * The changes the journal records.
 */
public enum EventType {

	USER_CREATED, USER_UPDATED, USER_DELETED, MFA_ENABLED_UPDATED, BYPASS_MFA_UPDATED, POPULATION_CREATED,
	POPULATION_UPDATED, POPULATION_DELETED

}
