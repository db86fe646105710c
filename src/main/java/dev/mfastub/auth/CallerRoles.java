package dev.mfastub.auth;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import dev.mfastub.call.Caller;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The caller of an API request: the role assignments of the app that made it, as read
 * when its token was checked (one statement per call), and, once {@link AccessPolicy} has
 * decided, the users its grant reaches. It is the principal's details, what the request
 * kernel builds the call's {@link dev.mfastub.call.ApiCall} from.
 *
 * @param held each role over its scope
 * @param environmentId the environment that issued the token, where the app lives
 * @param clientId the app's client id
 * @param grant the only populations whose users the access decision let it reach, when
 * its roles are over populations; {@code null} when it reaches every user of the call
 */
public record CallerRoles(List<Held> held, UUID environmentId, String clientId, Reach grant) implements Caller {

	/**
	 * The roles of an app, before any access decision.
	 * @param held each role over its scope
	 * @param environmentId the environment that issued the token
	 * @param clientId the app's client id
	 */
	public CallerRoles(List<Held> held, UUID environmentId, String clientId) {
		this(held, environmentId, clientId, null);
	}

	/**
	 * The same caller, reaching only some populations' users of an environment.
	 * @param environment the environment the call is about
	 * @param populations those populations
	 * @return the caller with its grant
	 */
	CallerRoles granted(UUID environment, Set<UUID> populations) {
		return new CallerRoles(this.held, this.environmentId, this.clientId, new Reach(environment, populations));
	}

	@Override
	public Set<UUID> populationsReached(UUID environment) {
		return (this.grant != null && this.grant.environmentId().equals(environment)) ? this.grant.populations() : null;
	}

	/**
	 * What a grant reaches.
	 *
	 * @param environmentId the environment decided on
	 * @param populations the only populations whose users it reaches
	 */
	public record Reach(UUID environmentId, Set<UUID> populations) {

	}

	/**
	 * The caller's roles.
	 * @param authentication the call's authentication
	 * @return its roles, or empty for a call without a checked token
	 */
	public static Optional<CallerRoles> of(Authentication authentication) {
		return (authentication instanceof JwtAuthenticationToken token
				&& token.getDetails() instanceof CallerRoles roles) ? Optional.of(roles) : Optional.empty();
	}

	/** Whether any role the app holds covers an environment of an organization. */
	public boolean covers(UUID environmentId, UUID organizationId) {
		return this.held.stream().anyMatch((assignment) -> assignment.covers(environmentId, organizationId));
	}

	/**
	 * Whether the app holds a role over an environment, directly or over its
	 * organization.
	 */
	public boolean holds(Role role, UUID environmentId, UUID organizationId) {
		return this.held.stream()
			.anyMatch((assignment) -> assignment.role() == role && assignment.covers(environmentId, organizationId));
	}

	/** Whether the app holds a role over a whole organization. */
	public boolean holdsOverOrganization(Role role, UUID organizationId) {
		return this.held.stream()
			.anyMatch((assignment) -> assignment.role() == role && assignment.scopeType() == RoleScope.ORGANIZATION
					&& assignment.scopeId().equals(organizationId));
	}

	/**
	 * Whether the app holds a role over an organization that reads it and its licenses.
	 */
	boolean readsOrganization(UUID organizationId) {
		return this.held.stream()
			.anyMatch((assignment) -> assignment.scopeType() == RoleScope.ORGANIZATION
					&& assignment.scopeId().equals(organizationId) && assignment.role().readsOrganization());
	}

	/** The organizations the app holds a role over as a whole. */
	public List<UUID> organizationsWith(Role role) {
		return this.held.stream()
			.filter((assignment) -> assignment.role() == role && assignment.scopeType() == RoleScope.ORGANIZATION)
			.map(Held::scopeId)
			.distinct()
			.toList();
	}

	/**
	 * What the app may do with the users of an environment: the most any role gives whose
	 * scope covers it, or {@code null} when none does.
	 */
	Role.Access overUsers(UUID environmentId, UUID organizationId) {
		return most(environmentId, organizationId, Role::userAccess);
	}

	/**
	 * Whether the app may assign a role over a scope: PingOne's rule is that an actor
	 * assigns only roles it holds itself, over the same scope or a broader one, or the
	 * read-only variant of such a role.
	 * @param role the role to assign
	 * @param target the scope to assign it over
	 * @return {@code true} when it may
	 */
	boolean mayAssign(Role role, Scope target) {
		return this.held.stream()
			.anyMatch((assignment) -> (assignment.role() == role || role.isReadOnlyVariantOf(assignment.role()))
					&& assignment.coversScope(target));
	}

	/**
	 * The populations of an environment the app holds a role over that reaches users,
	 * with the most each gives.
	 * @param environmentId the environment
	 * @return access by population; empty when it holds none there
	 */
	Map<UUID, Role.Access> overPopulationsOf(UUID environmentId) {
		Map<UUID, Role.Access> populations = new HashMap<>();
		for (Held assignment : this.held) {
			if (assignment.scopeType() == RoleScope.POPULATION && environmentId.equals(assignment.scopeEnvironmentId())
					&& assignment.role().userAccess() != Role.Access.NONE) {
				populations.merge(assignment.scopeId(), assignment.role().userAccess(),
						(a, b) -> (a.compareTo(b) >= 0) ? a : b);
			}
		}
		return populations;
	}

	/**
	 * What an assignment is over, fully placed: a population with its environment, an
	 * environment with its organization.
	 *
	 * @param type the kind of scope
	 * @param id the organization, environment or population
	 * @param environmentId the environment it is or is in; {@code null} for an
	 * organization
	 * @param organizationId the organization it is or is in
	 */
	public record Scope(RoleScope type, UUID id, UUID environmentId, UUID organizationId) {

	}

	/**
	 * What the app may do with the worker apps of an environment: the most any role gives
	 * whose scope covers it, or {@code null} when none does.
	 */
	Role.Access overApplications(UUID environmentId, UUID organizationId) {
		return most(environmentId, organizationId, Role::applicationAccess);
	}

	/**
	 * The most one kind of access the roles whose scope covers an environment give, or
	 * {@code null} when none covers it.
	 */
	private Role.Access most(UUID environmentId, UUID organizationId, Function<Role, Role.Access> kind) {
		Role.Access access = null;
		for (Held assignment : this.held) {
			if (assignment.covers(environmentId, organizationId)
					&& (access == null || kind.apply(assignment.role()).compareTo(access) > 0)) {
				access = kind.apply(assignment.role());
			}
		}
		return access;
	}

	/**
	 * A role an app holds over a scope.
	 *
	 * @param role the role
	 * @param scopeType what kind of scope
	 * @param scopeId the organization, environment or population
	 * @param scopeEnvironmentId the population's environment; {@code null} for other
	 * scopes
	 */
	public record Held(Role role, RoleScope scopeType, UUID scopeId, UUID scopeEnvironmentId) {

		/** Whether it is over a scope, or over something that holds it. */
		boolean coversScope(Scope target) {
			return switch (this.scopeType) {
				case ORGANIZATION -> this.scopeId.equals(target.organizationId());
				case ENVIRONMENT -> this.scopeId.equals(target.environmentId());
				case POPULATION -> target.type() == RoleScope.POPULATION && this.scopeId.equals(target.id())
						&& Objects.equals(this.scopeEnvironmentId, target.environmentId());
				case APPLICATION -> false;
			};
		}

		/** Whether it covers an environment of an organization. */
		boolean covers(UUID environmentId, UUID organizationId) {
			return switch (this.scopeType) {
				case ENVIRONMENT -> this.scopeId.equals(environmentId);
				case ORGANIZATION -> this.scopeId.equals(organizationId);
				case POPULATION, APPLICATION -> false;
			};
		}

	}

}
