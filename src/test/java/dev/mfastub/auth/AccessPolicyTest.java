package dev.mfastub.auth;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.mfastub.auth.AccessPolicy.Denied;
import dev.mfastub.auth.AccessPolicy.EnvironmentCall;
import dev.mfastub.auth.AccessPolicy.Granted;
import dev.mfastub.auth.AccessPolicy.Resource;
import dev.mfastub.auth.CallerRoles.Held;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access rules alone, without HTTP: who may do what where, and which users a caller
 * reaches. {@link AccessControlTest} shows the same rules through the API.
 */
class AccessPolicyTest {

	private static final UUID ORGANIZATION = UUID.fromString("bed432e6-676a-4ebe-b5a5-6b3b54e46bda");

	private static final UUID HOME = UUID.fromString("abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6");

	private static final UUID OTHER = UUID.fromString("11111111-2222-4333-8444-555555555555");

	private static final UUID POPULATION = UUID.fromString("22222222-3333-4444-8555-666666666666");

	private static final UUID SECOND_POPULATION = UUID.fromString("33333333-4444-4555-8666-777777777777");

	/**
	 * PingOne's Groups page, "Groups permissions": Identity Data Admin changes groups;
	 * Environment Admin and Client Application Developer read them.
	 */
	@Test
	void shouldLetOnlyIdentityDataAdminChangeGroupsAndTheAdminsReadThem() {
		CallerRoles admin = roles(new Held(Role.IDENTITY_DATA_ADMIN, RoleScope.ENVIRONMENT, HOME, null));
		CallerRoles environmentAdmin = roles(new Held(Role.ENVIRONMENT_ADMIN, RoleScope.ENVIRONMENT, HOME, null));
		CallerRoles developer = roles(new Held(Role.CLIENT_APPLICATION_DEVELOPER, RoleScope.ENVIRONMENT, HOME, null));
		CallerRoles configuration = roles(new Held(Role.CONFIGURATION_READ_ONLY, RoleScope.ENVIRONMENT, HOME, null));

		assertThat(AccessPolicy.decide(admin, onHome(Resource.GROUPS, "POST"))).isEqualTo(new Granted(null));
		assertThat(AccessPolicy.decide(environmentAdmin, onHome(Resource.GROUPS, "GET"))).isEqualTo(new Granted(null));
		assertThat(AccessPolicy.decide(developer, onHome(Resource.GROUPS, "GET"))).isEqualTo(new Granted(null));
		assertThat(AccessPolicy.decide(environmentAdmin, onHome(Resource.GROUPS, "DELETE")))
			.isEqualTo(new Denied("Changing groups and their members takes Identity Data Admin."));
		assertThat(AccessPolicy.decide(configuration, onHome(Resource.GROUPS, "GET")))
			.isEqualTo(new Denied("The application's roles give no access to groups."));
		assertThat(AccessPolicy.decide(roles(), onHome(Resource.GROUPS, "GET")))
			.isEqualTo(new Denied("The application has no role in this environment."));
	}

	/** A role over populations reaches their groups: reads with any, changes with IDA. */
	@Test
	void shouldReachThePopulationsGroupsOfAPopulationScopedRole() {
		CallerRoles roles = roles(new Held(Role.IDENTITY_DATA_ADMIN, RoleScope.POPULATION, POPULATION, HOME),
				new Held(Role.IDENTITY_DATA_READ_ONLY, RoleScope.POPULATION, SECOND_POPULATION, HOME));

		assertThat(AccessPolicy.decide(roles, onHome(Resource.GROUPS, "GET")))
			.isEqualTo(new Granted(Set.of(POPULATION, SECOND_POPULATION)));
		assertThat(AccessPolicy.decide(roles, onHome(Resource.GROUPS, "POST")))
			.isEqualTo(new Granted(Set.of(POPULATION)));
	}

	@Test
	void shouldLetAnIdentityDataAdminOfTheEnvironmentChangeEveryUser() {
		CallerRoles roles = roles(new Held(Role.IDENTITY_DATA_ADMIN, RoleScope.ENVIRONMENT, HOME, null));

		assertThat(AccessPolicy.decide(roles, onHome(Resource.USERS, "PUT"))).isEqualTo(new Granted(null));
	}

	@Test
	void shouldLetAReadOnlyRoleReadButNotChangeUsers() {
		CallerRoles roles = roles(new Held(Role.IDENTITY_DATA_READ_ONLY, RoleScope.ENVIRONMENT, HOME, null));

		assertThat(AccessPolicy.decide(roles, onHome(Resource.USERS, "GET"))).isEqualTo(new Granted(null));
		assertThat(AccessPolicy.decide(roles, onHome(Resource.USERS, "PUT")))
			.isEqualTo(new Denied("The application's roles allow reading only."));
	}

	@Test
	void shouldCoverEveryEnvironmentOfTheOrganizationWithAnOrganizationScopedRole() {
		CallerRoles roles = roles(new Held(Role.ENVIRONMENT_ADMIN, RoleScope.ORGANIZATION, ORGANIZATION, null),
				new Held(Role.IDENTITY_DATA_ADMIN, RoleScope.ORGANIZATION, ORGANIZATION, null));

		assertThat(
				AccessPolicy.decide(roles, new EnvironmentCall(Resource.USERS, "DELETE", OTHER, ORGANIZATION, false)))
			.isEqualTo(new Granted(null));
	}

	@Test
	void shouldRefuseAnotherEnvironmentThatNoRoleCoversSayingTheTokenIsForAnother() {
		CallerRoles roles = roles(new Held(Role.IDENTITY_DATA_ADMIN, RoleScope.ENVIRONMENT, HOME, null));

		assertThat(AccessPolicy.decide(roles, new EnvironmentCall(Resource.USERS, "GET", OTHER, ORGANIZATION, false)))
			.isEqualTo(new Denied("The access token was issued for another environment."));
	}

	@Test
	void shouldLetAPathNamingNoEnvironmentThroughToBeAnswered404() {
		CallerRoles roles = roles(new Held(Role.IDENTITY_DATA_ADMIN, RoleScope.ENVIRONMENT, HOME, null));

		assertThat(AccessPolicy.decide(roles, new EnvironmentCall(Resource.USERS, "GET", OTHER, null, false)))
			.isEqualTo(new Granted(null));
	}

	@Test
	void shouldReachOnlyThePopulationsAPopulationScopedRoleIsOver() {
		CallerRoles roles = roles(new Held(Role.IDENTITY_DATA_ADMIN, RoleScope.POPULATION, POPULATION, HOME),
				new Held(Role.IDENTITY_DATA_READ_ONLY, RoleScope.POPULATION, SECOND_POPULATION, HOME));

		assertThat(AccessPolicy.decide(roles, onHome(Resource.USERS, "GET")))
			.isEqualTo(new Granted(Set.of(POPULATION, SECOND_POPULATION)));
		assertThat(AccessPolicy.decide(roles, onHome(Resource.USERS, "PATCH")))
			.isEqualTo(new Granted(Set.of(POPULATION)));
	}

	@Test
	void shouldLetPopulationScopedRolesReadPopulationsButNothingElseOfTheEnvironment() {
		CallerRoles roles = roles(new Held(Role.IDENTITY_DATA_ADMIN, RoleScope.POPULATION, POPULATION, HOME));

		assertThat(AccessPolicy.decide(roles, onHome(Resource.POPULATIONS, "GET"))).isEqualTo(new Granted(null));
		assertThat(AccessPolicy.decide(roles, onHome(Resource.POPULATIONS, "POST")))
			.isEqualTo(new Denied("The application's roles are over populations: they reach only their users."));
		assertThat(AccessPolicy.decide(roles, onHome(Resource.APPLICATIONS, "GET")))
			.isEqualTo(new Denied("The application has no role in this environment."));
	}

	@Test
	void shouldLetOnlyAnEnvironmentAdminChangeTheMfaConfiguration() {
		CallerRoles dataAdmin = roles(new Held(Role.IDENTITY_DATA_ADMIN, RoleScope.ENVIRONMENT, HOME, null));
		CallerRoles environmentAdmin = roles(new Held(Role.ENVIRONMENT_ADMIN, RoleScope.ENVIRONMENT, HOME, null));

		assertThat(AccessPolicy.decide(dataAdmin, onHome(Resource.MFA_CONFIGURATION, "GET")))
			.isEqualTo(new Granted(null));
		assertThat(AccessPolicy.decide(dataAdmin, onHome(Resource.MFA_CONFIGURATION, "PUT"))).isEqualTo(
				new Denied("The application's roles do not allow changing the environment's MFA configuration."));
		assertThat(AccessPolicy.decide(environmentAdmin, onHome(Resource.MFA_CONFIGURATION, "PUT")))
			.isEqualTo(new Granted(null));
	}

	@Test
	void shouldLetUserRolesReadThePasswordPoliciesAndOnlyAnEnvironmentAdminChangeThem() {
		CallerRoles readOnly = roles(new Held(Role.IDENTITY_DATA_READ_ONLY, RoleScope.ENVIRONMENT, HOME, null));
		CallerRoles dataAdmin = roles(new Held(Role.IDENTITY_DATA_ADMIN, RoleScope.ENVIRONMENT, HOME, null));
		CallerRoles environmentAdmin = roles(new Held(Role.ENVIRONMENT_ADMIN, RoleScope.ENVIRONMENT, HOME, null));
		CallerRoles populationAdmin = roles(new Held(Role.IDENTITY_DATA_ADMIN, RoleScope.POPULATION, POPULATION, HOME));

		assertThat(AccessPolicy.decide(readOnly, onHome(Resource.PASSWORD_POLICIES, "GET")))
			.isEqualTo(new Granted(null));
		assertThat(AccessPolicy.decide(dataAdmin, onHome(Resource.PASSWORD_POLICIES, "POST"))).isEqualTo(
				new Denied("The application's roles do not allow changing the environment's password policies."));
		assertThat(AccessPolicy.decide(environmentAdmin, onHome(Resource.PASSWORD_POLICIES, "DELETE")))
			.isEqualTo(new Granted(null));
		assertThat(AccessPolicy.decide(populationAdmin, onHome(Resource.PASSWORD_POLICIES, "GET")))
			.isEqualTo(new Denied("The application has no role in this environment."));
	}

	@Test
	void shouldLetAnOrganizationAdminDeleteButNotChangeAnEnvironment() {
		CallerRoles roles = roles(new Held(Role.ORGANIZATION_ADMIN, RoleScope.ORGANIZATION, ORGANIZATION, null),
				new Held(Role.IDENTITY_DATA_READ_ONLY, RoleScope.ENVIRONMENT, HOME, null));

		assertThat(AccessPolicy.decide(roles, onHome(Resource.ENVIRONMENT, "DELETE"))).isEqualTo(new Granted(null));
		assertThat(AccessPolicy.decide(roles, onHome(Resource.ENVIRONMENT, "PUT")))
			.isEqualTo(new Denied("The application's roles do not allow changing this environment."));
	}

	@Test
	void shouldLetOnlyARoleThatReadsTheOrganizationReadIt() {
		CallerRoles admin = roles(new Held(Role.ORGANIZATION_ADMIN, RoleScope.ORGANIZATION, ORGANIZATION, null));
		CallerRoles dataAdmin = roles(new Held(Role.IDENTITY_DATA_ADMIN, RoleScope.ENVIRONMENT, HOME, null));

		assertThat(AccessPolicy.decideOrganization(admin, ORGANIZATION, () -> true)).isEqualTo(new Granted(null));
		assertThat(AccessPolicy.decideOrganization(dataAdmin, ORGANIZATION, () -> true))
			.isEqualTo(new Denied("The application has no role over this organization."));
		assertThat(AccessPolicy.decideOrganization(dataAdmin, OTHER, () -> false)).isEqualTo(new Granted(null));
	}

	@Test
	void shouldLetOnlyAnOrganizationAdminCreateAnEnvironment() {
		CallerRoles admin = roles(new Held(Role.ORGANIZATION_ADMIN, RoleScope.ORGANIZATION, ORGANIZATION, null));
		CallerRoles environmentAdmin = roles(
				new Held(Role.ENVIRONMENT_ADMIN, RoleScope.ORGANIZATION, ORGANIZATION, null));

		assertThat(AccessPolicy.decideEnvironmentCreation(admin)).isEqualTo(new Granted(null));
		assertThat(AccessPolicy.decideEnvironmentCreation(environmentAdmin))
			.isEqualTo(new Denied("Creating an environment takes Organization Admin over its organization."));
	}

	private static EnvironmentCall onHome(Resource resource, String method) {
		return new EnvironmentCall(resource, method, HOME, ORGANIZATION, true);
	}

	private static CallerRoles roles(Held... held) {
		return new CallerRoles(List.of(held), HOME, "6f2f1a43-5c1e-4b8e-9a57-1c0d2e3f4a01");
	}

}
