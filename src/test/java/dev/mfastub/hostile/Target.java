package dev.mfastub.hostile;

import java.util.UUID;

import dev.mfastub.organization.OrganizationService;

/**
 * What a hostile request is aimed at, known only once the test's sandbox exists: the
 * sandbox, its user, and its worker app with a valid token, so that requests reach the
 * code that reads paths and bodies instead of stopping at a 401.
 *
 * @param environment the sandbox's environment id
 * @param user a user of the sandbox (PingOne's documentation id)
 * @param organization the sandbox's organization, of it alone
 * @param population the sandbox's default population
 * @param token a valid token of the sandbox's admin app
 * @param clientId that app's client id
 * @param clientSecret that app's secret
 */
record Target(String environment, String user, String organization, String population, String token, String clientId,
		String clientSecret) {

	/** A built-in role, Identity Data Admin. */
	static final String ROLE = "a1d9baa0-9425-3110-8b9d-1b815963015b";

	/** A role assignment id: none has it, so its routes answer 404 past the checks. */
	static final String ASSIGNMENT = "4a55e5c1-0000-4000-8000-00000000a551";

	/** A device id: none has it, so its routes answer 404 past the checks. */
	static final String DEVICE = "de71ce00-0000-4000-8000-00000000de71";

	/** A device authentication policy id that names none, likewise. */
	static final String POLICY = "901c1e00-0000-4000-8000-00000000901c";

	/** A password policy id that names none, likewise. */
	static final String PASSWORD_POLICY = "9a550000-0000-4000-8000-000000009a55";

	/** A device authentication id that names none, likewise. */
	static final String FLOW = "f10e0000-0000-4000-8000-00000000f10e";

	/** A group id that names none, likewise. */
	static final String GROUP = "62009000-0000-4000-8000-000000006200";

	/** The organization's one license. */
	String license() {
		return OrganizationService.licenseOf(UUID.fromString(this.organization)).toString();
	}

	/** A path template with its slots filled in. */
	String path(String template) {
		return template.replace("{env}", this.environment)
			.replace("{user}", this.user)
			.replace("{role}", ROLE)
			.replace("{org}", this.organization)
			.replace("{population}", this.population)
			.replace("{app}", this.clientId)
			.replace("{assignment}", ASSIGNMENT)
			.replace("{device}", DEVICE)
			.replace("{policy}", POLICY)
			.replace("{passwordPolicy}", PASSWORD_POLICY)
			.replace("{flow}", FLOW)
			.replace("{group}", GROUP)
			.replace("{license}", license());
	}

}
