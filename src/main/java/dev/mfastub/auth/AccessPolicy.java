package dev.mfastub.auth;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * Who may do what where: PingOne's role model as one set of rules a reader can find and a
 * unit test can call. Each decision says why, and a grant says which users the caller
 * reaches. It reads nothing but its arguments: {@code SecurityConfiguration} asks it once
 * per API request, with the roles read from the token's app and the organization of the
 * path's environment.
 */
public final class AccessPolicy {

	private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

	private AccessPolicy() {
	}

	/**
	 * The decision on a call on an environment's resources.
	 * @param roles what the caller's app holds
	 * @param call what the call is
	 * @return the decision, with its reason when it refuses
	 */
	public static Decision decide(CallerRoles roles, EnvironmentCall call) {
		if (call.organizationId() == null) {
			// No environment at all: answered 404, as every id that names nothing is.
			// (The stub writes org into every token it issues.)
			return call.own() ? new Denied(noRoleReason(true)) : Granted.ALL;
		}
		UUID environment = call.environmentId();
		UUID organization = call.organizationId();
		boolean writes = !READ_METHODS.contains(call.method());
		Role.Access access = roles.overUsers(environment, organization);
		return switch (call.resource()) {
			case ENVIRONMENT -> (access != null) ? environmentDecision(roles, call.method(), environment, organization)
					: noRole(call.own());
			case MFA_CONFIGURATION -> configurationDecision(roles, access, writes, environment, organization,
					call.own(), "The application's roles do not allow changing the environment's MFA configuration.");
			case PASSWORD_POLICIES -> configurationDecision(roles, access, writes, environment, organization,
					call.own(), "The application's roles do not allow changing the environment's password policies.");
			case SIGN_ON_POLICIES -> signOnPoliciesDecision(roles, access, environment, organization, call.own());
			case APPLICATIONS -> (access != null) ? accessDecision(roles.overApplications(environment, organization),
					writes, "The application's roles give no access to applications.") : noRole(call.own());
			case POPULATIONS, USERS -> usersDecision(roles, access, writes, call);
			case GROUPS -> groupsDecision(roles, access, writes, call);
		};
	}

	/**
	 * The decision on a call on an organization or its licenses: for an app with a role
	 * over the organization that reads it. One that does not exist is let through to be
	 * answered 404.
	 * @param roles what the caller's app holds
	 * @param organizationId the organization the path names, or {@code null} when it
	 * names none
	 * @param exists whether the organization has environments, so exists: asked only of a
	 * caller without a role over it
	 * @return the decision
	 */
	public static Decision decideOrganization(CallerRoles roles, UUID organizationId, BooleanSupplier exists) {
		if (organizationId == null || roles.readsOrganization(organizationId) || !exists.getAsBoolean()) {
			return Granted.ALL;
		}
		return new Denied("The application has no role over this organization.");
	}

	/**
	 * Creating an environment ({@code POST /v1/environments}): for an app holding
	 * Organization Admin over an organization. Decided before the body is read, so a
	 * caller who may not create one learns nothing about its request.
	 * @param roles what the caller's app holds
	 * @return the decision
	 */
	public static Decision decideEnvironmentCreation(CallerRoles roles) {
		return roles.organizationsWith(Role.ORGANIZATION_ADMIN).isEmpty()
				? new Denied("Creating an environment takes Organization Admin over its organization.") : Granted.ALL;
	}

	/**
	 * Users and populations: a role over the whole environment that allows the method, or
	 * else roles over some of its populations, which reach only their users (and read the
	 * populations).
	 */
	private static Decision usersDecision(CallerRoles roles, Role.Access access, boolean writes, EnvironmentCall call) {
		if (access != null && access.allows(writes)) {
			return Granted.ALL;
		}
		Map<UUID, Role.Access> populations = roles.overPopulationsOf(call.environmentId());
		if (!populations.isEmpty()) {
			return populationDecision(populations, call.resource(), writes);
		}
		return (access != null) ? accessDecision(access, writes, "The application's roles give no access to users.")
				: noRole(call.own());
	}

	/**
	 * A caller whose roles are over some populations of the environment only: it reads
	 * (and, with a role that writes, changes) the users of those, and reads the
	 * populations; the grant says which, for the services to keep to.
	 */
	private static Decision populationDecision(Map<UUID, Role.Access> populations, Resource resource, boolean writes) {
		if (resource != Resource.USERS && !(resource == Resource.POPULATIONS && !writes)) {
			return new Denied("The application's roles are over populations: they reach only their users.");
		}
		Set<UUID> reached = populations.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().allows(writes))
			.map(Map.Entry::getKey)
			.collect(Collectors.toUnmodifiableSet());
		if (reached.isEmpty()) {
			return new Denied("The application's roles allow reading only.");
		}
		return (resource == Resource.USERS) ? new Granted(reached) : Granted.ALL;
	}

	/**
	 * Groups and users' memberships, as PingOne's Groups page has them: Identity Data
	 * Admin changes them, and Environment Admin and Client Application Developer read
	 * them (as does every role that reads the environment's users). Roles over some
	 * populations reach those populations' groups only, and change them with Identity
	 * Data Admin; the grant says which, for the services to keep to.
	 */
	private static Decision groupsDecision(CallerRoles roles, Role.Access access, boolean writes,
			EnvironmentCall call) {
		UUID environment = call.environmentId();
		UUID organization = call.organizationId();
		boolean allowed = writes ? roles.holds(Role.IDENTITY_DATA_ADMIN, environment, organization)
				: (access != null && access.allows(false))
						|| roles.holds(Role.CLIENT_APPLICATION_DEVELOPER, environment, organization);
		if (allowed) {
			return Granted.ALL;
		}
		Set<UUID> reached = roles.overPopulationsOf(environment)
			.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().allows(writes))
			.map(Map.Entry::getKey)
			.collect(Collectors.toUnmodifiableSet());
		if (!reached.isEmpty()) {
			return new Granted(reached);
		}
		if (access == null && roles.overPopulationsOf(environment).isEmpty()) {
			return noRole(call.own());
		}
		return new Denied(writes ? "Changing groups and their members takes Identity Data Admin."
				: "The application's roles give no access to groups.");
	}

	/**
	 * The environment's configuration that its users' calls follow (MFA settings, device
	 * authentication policies, password policies): a role over the whole environment's
	 * users reads it (a client reads the password policy to show its rules), Environment
	 * Admin changes it (it is the environment's configuration, not a user's data).
	 */
	private static Decision configurationDecision(CallerRoles roles, Role.Access access, boolean writes,
			UUID environment, UUID organization, boolean own, String noChange) {
		if (writes) {
			return roles.holds(Role.ENVIRONMENT_ADMIN, environment, organization) ? Granted.ALL : new Denied(noChange);
		}
		return (access != null || roles.holds(Role.ENVIRONMENT_ADMIN, environment, organization)) ? Granted.ALL
				: noRole(own);
	}

	/**
	 * Sign-on policies and their actions: "You need the Environment Admin role to perform
	 * operations on sign-on policy resources" (PingOne's "Sign-On Policies Operations"),
	 * reads included.
	 */
	private static Decision signOnPoliciesDecision(CallerRoles roles, Role.Access access, UUID environment,
			UUID organization, boolean own) {
		if (roles.holds(Role.ENVIRONMENT_ADMIN, environment, organization)) {
			return Granted.ALL;
		}
		return (access != null) ? new Denied("Sign-on policies take Environment Admin.") : noRole(own);
	}

	/**
	 * The environment resource itself: any role over it reads it, Environment Admin
	 * changes it, and Environment Admin or Organization Admin over its organization
	 * deletes it. Other methods go on to be answered 405.
	 */
	private static Decision environmentDecision(CallerRoles roles, String method, UUID environment, UUID organization) {
		boolean admin = roles.holds(Role.ENVIRONMENT_ADMIN, environment, organization);
		boolean allowed = switch (method) {
			case "PUT" -> admin;
			case "DELETE" -> admin || roles.holdsOverOrganization(Role.ORGANIZATION_ADMIN, organization);
			default -> true;
		};
		return allowed ? Granted.ALL : new Denied("The application's roles do not allow changing this environment.");
	}

	/** A decision from what the caller's roles give over a kind of resource. */
	private static Decision accessDecision(Role.Access access, boolean writes, String noAccess) {
		if (access == Role.Access.NONE) {
			return new Denied(noAccess);
		}
		if (!access.allows(writes)) {
			return new Denied(writes ? "The application's roles allow reading only." : noRoleReason(true));
		}
		return Granted.ALL;
	}

	private static Denied noRole(boolean own) {
		return new Denied(noRoleReason(own));
	}

	private static String noRoleReason(boolean own) {
		return own ? "The application has no role in this environment."
				: "The access token was issued for another environment.";
	}

	/**
	 * What a path of an environment is about, as the security chain's matchers (which
	 * read paths as Spring MVC does) tell them apart.
	 */
	public enum Resource {

		/** The environment itself. */
		ENVIRONMENT,

		/** Its worker apps and their role assignments. */
		APPLICATIONS,

		/** Its populations. */
		POPULATIONS,

		/** Its MFA settings and device authentication policies. */
		MFA_CONFIGURATION,

		/** Its password policies. */
		PASSWORD_POLICIES,

		/** Its sign-on policies and their actions. */
		SIGN_ON_POLICIES,

		/** Its groups, and users' memberships of them. */
		GROUPS,

		/** Its users, and everything else below it. */
		USERS

	}

	/**
	 * A call on an environment, as the policy sees it.
	 *
	 * @param resource what it is about
	 * @param method its HTTP method
	 * @param environmentId the environment its path names
	 * @param organizationId that environment's organization, or {@code null} when there
	 * is no such environment
	 * @param own whether the environment is the one that issued the token
	 */
	public record EnvironmentCall(Resource resource, String method, UUID environmentId, UUID organizationId,
			boolean own) {

	}

	/** A decision: {@link Granted} or {@link Denied}. */
	public sealed interface Decision permits Granted, Denied {

	}

	/**
	 * The call may go on.
	 *
	 * @param populations the only populations whose users it reaches; {@code null} when
	 * it reaches every user the path can name
	 */
	public record Granted(Set<UUID> populations) implements Decision {

		/** A grant over everything the path names. */
		public static final Granted ALL = new Granted(null);

	}

	/**
	 * The call is refused, and why: the 403's detail message.
	 *
	 * @param reason the reason
	 */
	public record Denied(String reason) implements Decision {

	}

}
