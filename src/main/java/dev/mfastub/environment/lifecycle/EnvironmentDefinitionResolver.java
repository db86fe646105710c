package dev.mfastub.environment.lifecycle;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.mfastub.auth.Application;
import dev.mfastub.auth.CredentialService;
import dev.mfastub.auth.Role;
import dev.mfastub.auth.RoleGrant;
import dev.mfastub.auth.RoleScope;
import dev.mfastub.environment.lifecycle.EnvironmentDefinition.ApplicationDefinition;
import dev.mfastub.environment.lifecycle.EnvironmentDefinition.UserDefinition;
import dev.mfastub.environment.lifecycle.EnvironmentSpec.ApplicationSpec;
import dev.mfastub.environment.lifecycle.EnvironmentSpec.RoleAssignmentSpec;
import dev.mfastub.environment.lifecycle.EnvironmentSpec.UserSpec;
import dev.mfastub.user.User;
import dev.mfastub.web.ApiException;
import dev.mfastub.web.ErrorDetail.InnerError;
import dev.mfastub.web.ErrorDetail;

import org.springframework.stereotype.Component;

/**
 * The one pipeline from an {@link EnvironmentSpec} (a seed's environment, a sandbox
 * request) to the {@link EnvironmentDefinition} that creation builds and reset rebuilds:
 * one set of rules beyond the spec's own constraints, one set of defaults. What differs
 * by source is only what follows from where the secrets can be shown: a sandbox's answer
 * shows its apps' credentials, so it may leave them (and its id) to be generated and gets
 * one app when it names none; a seed's environment can show nothing, so it must name
 * them, and has only the apps it lists.
 */
@Component
public class EnvironmentDefinitionResolver {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final CredentialService applications;

	EnvironmentDefinitionResolver(CredentialService applications) {
		this.applications = applications;
	}

	/** Where a spec comes from. */
	enum Source {

		/** A seed file: ids and credentials given, names default to the id. */
		SEED,

		/** {@code POST /__stub/environments}: anything may be generated. */
		SANDBOX

	}

	/**
	 * Checks a spec and fills in every default.
	 * @param spec the environment as described
	 * @param source where it comes from
	 * @return the definition, and the apps' credentials in the clear (to show once)
	 * @throws ApiException a 400 {@code INVALID_DATA} naming the first wrong field
	 */
	Resolved resolve(EnvironmentSpec spec, Source source) {
		check(spec, source);
		UUID id = (spec.id() != null) ? spec.id() : UUID.randomUUID();
		UUID population = (spec.populationId() != null) ? spec.populationId() : derived("population", id);
		UUID organization = (spec.organizationId() != null) ? spec.organizationId() : derived("organization", id);
		List<UserDefinition> users = spec.usersOrEmpty()
			.stream()
			.map((user) -> new UserDefinition((user.id() != null) ? user.id() : UUID.randomUUID(), user.username(),
					user.email(), (user.name() != null) ? user.name().orNullIfEmpty() : null,
					(user.populationId() != null) ? user.populationId() : population,
					Boolean.TRUE.equals(user.mfaEnabled()),
					(user.bypassMFAEnabledUntil() != null) ? user.bypassMFAEnabledUntil().instant() : null))
			.toList();
		List<Credentials> credentials = new ArrayList<>();
		List<ApplicationDefinition> apps = new ArrayList<>();
		for (ApplicationSpec app : applicationsOf(spec, source)) {
			String clientId = (app.clientId() != null) ? app.clientId() : UUID.randomUUID().toString();
			String secret = (app.clientSecret() != null) ? app.clientSecret() : newSecret();
			List<String> grantTypes = (app.grantTypes() != null && !app.grantTypes().isEmpty()) ? app.grantTypes()
					: List.of(Application.CLIENT_CREDENTIALS);
			List<RoleGrant> grants = new ArrayList<>();
			app.roles()
				.forEach((role) -> grants.add(new RoleGrant(Role.named(role).orElseThrow(), RoleScope.ENVIRONMENT)));
			app.roleAssignmentsOrEmpty()
				.forEach((assignment) -> grants
					.add(new RoleGrant(Role.named(assignment.role()).orElseThrow(), assignment.scope())));
			apps.add(new ApplicationDefinition(clientId, (app.name() != null) ? app.name() : clientId,
					this.applications.hash(secret), List.copyOf(grants), grantTypes,
					!Boolean.FALSE.equals(app.enabled())));
			credentials.add(Credentials.of(clientId, secret, grants));
		}
		String name = (spec.name() != null) ? spec.name()
				: (source == Source.SANDBOX) ? "Sandbox " + id : id.toString();
		// PingOne enables MFA for new users by default in environments made after 20
		// August
		// 2024 ("Configuring MFA settings"): a sandbox is made now. A seeded environment
		// stands for the documentation's examples, which predate it.
		boolean newUsersMfaEnabled = source == Source.SANDBOX;
		return new Resolved(new EnvironmentDefinition(id, name, organization, population, users, apps, null, null,
				newUsersMfaEnabled), credentials);
	}

	/**
	 * The rules the spec's own constraints cannot say: what must be unique, known roles,
	 * and what a seed must name.
	 * @param spec the environment as described
	 * @param source where it comes from
	 * @throws ApiException a 400 {@code INVALID_DATA} naming the first wrong field
	 */
	static void check(EnvironmentSpec spec, Source source) {
		if (source == Source.SEED && spec.id() == null) {
			throw ApiException.invalidData(ErrorDetail.requiredValue("id"));
		}
		Set<String> usernames = new HashSet<>();
		Set<UUID> userIds = new HashSet<>();
		List<UserSpec> users = spec.usersOrEmpty();
		for (int i = 0; i < users.size(); i++) {
			UserSpec user = users.get(i);
			if (!usernames.add(User.usernameKey(user.username()))) {
				throw notUnique("users[" + i + "].username", "Two users have this username.");
			}
			if (user.id() != null && !userIds.add(user.id())) {
				throw notUnique("users[" + i + "].id", "Two users have this id.");
			}
		}
		Set<String> clientIds = new HashSet<>();
		List<ApplicationSpec> apps = spec.applicationsOrEmpty();
		for (int i = 0; i < apps.size(); i++) {
			ApplicationSpec app = apps.get(i);
			String target = "applications[" + i + "]";
			if (source == Source.SEED && app.clientId() == null) {
				throw ApiException.invalidData(ErrorDetail.requiredValue(target + ".clientId"));
			}
			if (source == Source.SEED && app.clientSecret() == null) {
				throw ApiException.invalidData(ErrorDetail.requiredValue(target + ".clientSecret"));
			}
			if (app.clientId() != null && !clientIds.add(app.clientId())) {
				throw notUnique(target + ".clientId", "Two applications have this client id.");
			}
			List<String> roles = app.roles();
			for (int j = 0; j < roles.size(); j++) {
				checkRole(target + ".roles[" + j + "]", roles.get(j), RoleScope.ENVIRONMENT);
			}
			List<RoleAssignmentSpec> assignments = app.roleAssignmentsOrEmpty();
			for (int j = 0; j < assignments.size(); j++) {
				RoleAssignmentSpec assignment = assignments.get(j);
				checkRole(target + ".roleAssignments[" + j + "].role", assignment.role(), assignment.scope());
			}
		}
	}

	/**
	 * A role must be one of PingOne's, over a scope it applies to; a seed or sandbox
	 * names scopes by where its app is, so only its environment or its organization.
	 */
	private static void checkRole(String target, String name, RoleScope scope) {
		Role role = Role.named(name)
			.orElseThrow(() -> ApiException.invalidData(ErrorDetail.invalidValue(target,
					"Roles are PingOne's built-in role names, such as Identity Data Admin.",
					InnerError.allowedValues(Arrays.stream(Role.values()).map(Role::apiName).toList()))));
		if ((scope != RoleScope.ENVIRONMENT && scope != RoleScope.ORGANIZATION)
				|| !role.applicableTo().contains(scope)) {
			throw ApiException.invalidData(ErrorDetail
				.invalidValue(target, role.apiName() + " is assigned over " + role.applicableTo()
					.stream()
					.filter((applicable) -> applicable == RoleScope.ENVIRONMENT || applicable == RoleScope.ORGANIZATION)
					.map(RoleScope::name)
					.collect(Collectors.joining(" or ")) + " here.", null));
		}
	}

	private static List<ApplicationSpec> applicationsOf(EnvironmentSpec spec, Source source) {
		if (spec.applications() != null || source == Source.SEED) {
			return spec.applicationsOrEmpty();
		}
		// Everything a test needs inside its sandbox, and nothing outside it.
		return List.of(new ApplicationSpec(null, null, null,
				List.of(Role.ENVIRONMENT_ADMIN.apiName(), Role.IDENTITY_DATA_ADMIN.apiName()), null, null, null));
	}

	/**
	 * An id that follows from the environment's: the same on every instance and after
	 * every reset.
	 */
	private static UUID derived(String kind, UUID environmentId) {
		return UUID.nameUUIDFromBytes((kind + ":" + environmentId).getBytes(StandardCharsets.UTF_8));
	}

	private static ApiException notUnique(String target, String message) {
		return ApiException.invalidData(new ErrorDetail("UNIQUENESS_VIOLATION", target, message, null));
	}

	private static String newSecret() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * A spec made whole.
	 *
	 * @param definition the environment to build
	 * @param credentials its apps' credentials, secrets in the clear
	 */
	record Resolved(EnvironmentDefinition definition, List<Credentials> credentials) {

	}

	/**
	 * A worker app's credentials, shown once when its sandbox is created.
	 *
	 * @param clientId the client id
	 * @param clientSecret the secret, in the clear
	 * @param roles the names of its roles over its own environment
	 * @param roleAssignments its roles over its organization, if any
	 */
	public record Credentials(String clientId, String clientSecret, List<String> roles,
			List<RoleAssignmentSpec> roleAssignments) {

		static Credentials of(String clientId, String clientSecret, List<RoleGrant> grants) {
			List<String> roles = grants.stream()
				.filter((grant) -> grant.scope() == RoleScope.ENVIRONMENT)
				.map((grant) -> grant.role().apiName())
				.distinct()
				.toList();
			List<RoleAssignmentSpec> others = grants.stream()
				.filter((grant) -> grant.scope() != RoleScope.ENVIRONMENT)
				.map((grant) -> new RoleAssignmentSpec(grant.role().apiName(), grant.scope()))
				.distinct()
				.toList();
			return new Credentials(clientId, clientSecret, roles, others.isEmpty() ? null : others);
		}

	}

}
