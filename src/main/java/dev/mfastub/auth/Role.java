package dev.mfastub.auth;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * PingOne's built-in admin roles, by the {@code name} values PingOne's API returns (the
 * docs' role table shows longer display names). Each has an id that follows from its
 * name, so it is the same on every instance and after every restart.
 */
public enum Role {

	AUTHORIZE_GATEWAY_POLICY_EVALUATOR("Authorize Gateway Policy Evaluator", Access.NONE,
			"Evaluates authorization policies on behalf of an Authorize gateway.", RoleScope.ENVIRONMENT),

	ADVANCED_IDENTITY_CLOUD_SUPER_ADMIN("Advanced Identity Cloud Super Admin", Access.NONE,
			"Administers Advanced Identity Cloud tenants.", RoleScope.ORGANIZATION),

	ADVANCED_IDENTITY_CLOUD_TENANT_ADMIN("Advanced Identity Cloud Tenant Admin", Access.NONE,
			"Administers an Advanced Identity Cloud tenant.", RoleScope.ENVIRONMENT),

	APPLICATION_OWNER("Application Owner", Access.NONE, "Manages the applications it owns.", RoleScope.ENVIRONMENT,
			RoleScope.APPLICATION),

	CLIENT_APPLICATION_DEVELOPER("Client Application Developer", Access.NONE,
			"Creates and manages applications in an environment.", RoleScope.ENVIRONMENT),

	CONFIGURATION_READ_ONLY("Configuration Read Only", Access.NONE,
			"Reads an environment's configuration, not its identity data.", RoleScope.ORGANIZATION,
			RoleScope.ENVIRONMENT),

	CUSTOM_ROLES_ADMIN("Custom Roles Admin", Access.NONE, "Manages custom admin roles.", RoleScope.ORGANIZATION,
			RoleScope.ENVIRONMENT),

	DAVINCI_ADMIN_READ_ONLY("DaVinci Admin Read Only", Access.NONE, "Reads DaVinci flows and connectors.",
			RoleScope.ENVIRONMENT),

	DAVINCI_ADMIN("DaVinci Admin", Access.NONE, "Manages DaVinci flows and connectors.", RoleScope.ENVIRONMENT),

	ENVIRONMENT_ADMIN("Environment Admin", Access.WRITE,
			"Manages environments, their populations, applications and identity data.", RoleScope.ORGANIZATION,
			RoleScope.ENVIRONMENT),

	HELP_DESK_ADMIN("Help Desk Admin", Access.READ, "Reads users to help them, without changing their data.",
			RoleScope.ENVIRONMENT, RoleScope.POPULATION),

	IDENTITY_DATA_ADMIN("Identity Data Admin", Access.WRITE, "Manages users, their MFA and their devices.",
			RoleScope.ENVIRONMENT, RoleScope.POPULATION),

	IDENTITY_DATA_READ_ONLY("Identity Data Read Only", Access.READ, "Reads users, their MFA and their devices.",
			RoleScope.ENVIRONMENT, RoleScope.POPULATION),

	ORGANIZATION_ADMIN("Organization Admin", Access.NONE,
			"Manages the organization: its licenses and the environments in it.", RoleScope.ORGANIZATION),

	PINGFEDERATE_ADMINISTRATOR("PingFederate Administrator", Access.NONE, "Administers PingFederate.",
			RoleScope.ENVIRONMENT),

	PINGFEDERATE_AUDITOR("PingFederate Auditor", Access.NONE, "Reads PingFederate's configuration.",
			RoleScope.ENVIRONMENT),

	PINGFEDERATE_CRYPTO_ADMINISTRATOR("PingFederate Crypto Administrator", Access.NONE,
			"Manages PingFederate's keys and certificates.", RoleScope.ENVIRONMENT),

	PINGFEDERATE_EXPRESSION_ADMINISTRATOR("PingFederate Expression Administrator", Access.NONE,
			"Manages PingFederate's expressions.", RoleScope.ENVIRONMENT),

	PINGFEDERATE_USER_ADMINISTRATOR("PingFederate User Administrator", Access.NONE,
			"Manages PingFederate's administrative users.", RoleScope.ENVIRONMENT);

	/** The name older seeds used for {@link #IDENTITY_DATA_ADMIN}: read, never shown. */
	static final String IDENTITY_ADMIN_ALIAS = "Identity Admin";

	private final String apiName;

	private final Access userAccess;

	private final String description;

	private final List<RoleScope> applicableTo;

	private final UUID id;

	Role(String apiName, Access userAccess, String description, RoleScope... applicableTo) {
		this.apiName = apiName;
		this.userAccess = userAccess;
		this.description = description;
		this.applicableTo = List.of(applicableTo);
		this.id = UUID.nameUUIDFromBytes(("PingOne built-in role " + apiName).getBytes(StandardCharsets.UTF_8));
	}

	/** The {@code name} PingOne's API gives the role, also used in seeds. */
	public String apiName() {
		return this.apiName;
	}

	public UUID id() {
		return this.id;
	}

	public String description() {
		return this.description;
	}

	/** The scopes an assignment of the role may have. */
	public List<RoleScope> applicableTo() {
		return this.applicableTo;
	}

	/**
	 * Whether the role, held over an organization, reads it and its licenses (PingOne's
	 * pages name Organization Admin, and Environment Admin for reading).
	 */
	public boolean readsOrganization() {
		return this == ORGANIZATION_ADMIN || this == ENVIRONMENT_ADMIN;
	}

	/**
	 * Whether this is the read-only variant of another built-in role: one an actor
	 * holding that role may assign too (PingOne's roles page).
	 */
	boolean isReadOnlyVariantOf(Role other) {
		return switch (this) {
			case IDENTITY_DATA_READ_ONLY -> other == IDENTITY_DATA_ADMIN;
			case CONFIGURATION_READ_ONLY -> other == ENVIRONMENT_ADMIN;
			case DAVINCI_ADMIN_READ_ONLY -> other == DAVINCI_ADMIN;
			default -> false;
		};
	}

	/**
	 * What the role may do with the worker apps (and their role assignments) of what it
	 * covers: Environment Admin and Client Application Developer manage them,
	 * Configuration Read Only reads them.
	 */
	public Access applicationAccess() {
		return switch (this) {
			case ENVIRONMENT_ADMIN, CLIENT_APPLICATION_DEVELOPER -> Access.WRITE;
			case CONFIGURATION_READ_ONLY -> Access.READ;
			default -> Access.NONE;
		};
	}

	/** What the role may do with the users of what it covers. */
	public Access userAccess() {
		return this.userAccess;
	}

	/**
	 * The role with this name, or with the name older seeds used for Identity Data Admin.
	 * @param name as PingOne's API gives it
	 * @return the role, or empty when there is none by that name
	 */
	public static Optional<Role> named(String name) {
		if (IDENTITY_ADMIN_ALIAS.equals(name)) {
			return Optional.of(IDENTITY_DATA_ADMIN);
		}
		return Arrays.stream(values()).filter((role) -> role.apiName.equals(name)).findFirst();
	}

	/**
	 * The role with this id.
	 * @param id a role id
	 * @return the role, or empty when none has it
	 */
	public static Optional<Role> withId(UUID id) {
		return Arrays.stream(values()).filter((role) -> role.id.equals(id)).findFirst();
	}

	/** What a role allows on a kind of resource. */
	public enum Access {

		NONE, READ, WRITE;

		boolean allows(boolean writes) {
			return this == WRITE || (this == READ && !writes);
		}

	}

}
