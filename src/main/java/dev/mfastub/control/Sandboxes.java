package dev.mfastub.control;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import tools.jackson.databind.json.JsonMapper;

import dev.mfastub.auth.Application;
import dev.mfastub.auth.Applications;
import dev.mfastub.auth.Role;
import dev.mfastub.control.EnvironmentDefinition.ApplicationDefinition;
import dev.mfastub.control.EnvironmentDefinition.UserDefinition;
import dev.mfastub.control.SandboxRequest.SandboxApplication;
import dev.mfastub.control.SandboxRequest.SandboxUser;
import dev.mfastub.environment.Environment;
import dev.mfastub.environment.EnvironmentRepository;
import dev.mfastub.user.User;
import dev.mfastub.user.UserRepository;
import dev.mfastub.web.ApiException;
import dev.mfastub.web.ErrorDetail;
import dev.mfastub.web.ErrorDetail.InnerError;
import dev.mfastub.web.UniqueViolations;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sandbox environments: created from a definition the caller gives, deleted with
 * everything in them, and reset to how they began.
 */
@Service
class Sandboxes {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final EnvironmentRepository environments;

	private final UserRepository users;

	private final EnvironmentFactory factory;

	private final Applications applications;

	private final StoreSeeder seeder;

	private final JsonMapper mapper;

	private final EntityManager entityManager;

	Sandboxes(EnvironmentRepository environments, UserRepository users, EnvironmentFactory factory,
			Applications applications, StoreSeeder seeder, JsonMapper mapper, EntityManager entityManager) {
		this.environments = environments;
		this.users = users;
		this.factory = factory;
		this.applications = applications;
		this.seeder = seeder;
		this.mapper = mapper;
		this.entityManager = entityManager;
	}

	/**
	 * Creates a sandbox.
	 * @param request what it holds
	 * @return the sandbox, with its apps' secrets in the clear this once
	 * @throws ApiException 409 when the id is taken, 400 for a wrong definition
	 */
	@Transactional
	Created create(SandboxRequest request) {
		UUID id = (request.id() != null) ? request.id() : UUID.randomUUID();
		if (this.environments.existsById(id)) {
			throw idTaken();
		}
		List<SandboxUser> requestedUsers = (request.users() != null) ? request.users() : List.of();
		checkUnique(requestedUsers);
		UUID population = UUID.randomUUID();
		List<UserDefinition> users = requestedUsers.stream()
			.map((user) -> new UserDefinition((user.id() != null) ? user.id() : UUID.randomUUID(), user.username(),
					user.email(), (user.name() != null) ? user.name().orNullIfEmpty() : null, population,
					Boolean.TRUE.equals(user.mfaEnabled()),
					(user.bypassMFAEnabledUntil() != null) ? user.bypassMFAEnabledUntil().instant() : null))
			.toList();
		List<SandboxApplication> requestedApps = (request.applications() != null) ? request.applications() : List
			.of(new SandboxApplication(null, null, null, List.of(Role.IDENTITY_ADMIN.displayName()), null, null));
		List<Credentials> credentials = new ArrayList<>();
		List<ApplicationDefinition> apps = new ArrayList<>();
		Set<String> clientIds = new HashSet<>();
		for (int i = 0; i < requestedApps.size(); i++) {
			SandboxApplication app = requestedApps.get(i);
			checkRoles(i, app.roles());
			String clientId = (app.clientId() != null) ? app.clientId() : UUID.randomUUID().toString();
			if (!clientIds.add(clientId)) {
				throw ApiException.invalidData(new ErrorDetail("UNIQUENESS_VIOLATION",
						"applications[" + i + "].clientId", "Two applications have this client id.", null));
			}
			String secret = (app.clientSecret() != null) ? app.clientSecret() : newSecret();
			List<String> grantTypes = (app.grantTypes() != null && !app.grantTypes().isEmpty()) ? app.grantTypes()
					: List.of(Application.CLIENT_CREDENTIALS);
			apps.add(new ApplicationDefinition(clientId, (app.name() != null) ? app.name() : clientId,
					this.applications.hash(secret), List.copyOf(app.roles()), grantTypes,
					!Boolean.FALSE.equals(app.enabled())));
			credentials.add(new Credentials(clientId, secret, List.copyOf(app.roles())));
		}
		String name = (request.name() != null) ? request.name() : "Sandbox " + id;
		EnvironmentDefinition definition = new EnvironmentDefinition(id, name, UUID.randomUUID(), population, users,
				apps);
		try {
			Environment environment = this.factory.build(definition, this.mapper.writeValueAsString(definition));
			return new Created(environment, credentials, this.users.findByEnvironmentIdOrderById(id));
		}
		catch (DataIntegrityViolationException ex) {
			if (UniqueViolations.isUniqueViolation(ex)) {
				throw idTaken();
			}
			throw ex;
		}
	}

	/**
	 * Removes a sandbox (or seeded environment) and everything in it; its tokens stop at
	 * once.
	 */
	@Transactional
	void delete(UUID id) {
		if (!this.environments.existsById(id)) {
			throw ApiException.notFound();
		}
		this.environments.deleteAllByIdInBatch(List.of(id));
	}

	/**
	 * Puts an environment back to how it was created or seeded: its users, apps, clock,
	 * faults and journal.
	 * @param id the environment
	 */
	@Transactional
	void reset(UUID id) {
		Environment environment = this.environments.findById(id).orElseThrow(ApiException::notFound);
		String stored = environment.definition();
		EnvironmentDefinition definition = (stored != null) ? this.mapper.readValue(stored, EnvironmentDefinition.class)
				: this.seeder.definitionOf(id)
					.orElseGet(() -> new EnvironmentDefinition(id, environment.name(), environment.organizationId(),
							environment.defaultPopulationId(), List.of(), List.of()));
		this.environments.deleteAllByIdInBatch(List.of(id));
		// The bulk delete bypassed the persistence context: forget what it still holds.
		this.entityManager.flush();
		this.entityManager.clear();
		this.factory.build(definition, stored);
	}

	/** Puts the whole store back to the startup seed; sandboxes are gone. */
	void resetAll() {
		this.seeder.resetToSeed();
	}

	private static void checkUnique(List<SandboxUser> users) {
		Set<String> usernames = new HashSet<>();
		Set<UUID> ids = new HashSet<>();
		for (int i = 0; i < users.size(); i++) {
			SandboxUser user = users.get(i);
			if (!usernames.add(user.username().toLowerCase(Locale.ROOT))) {
				throw ApiException.invalidData(new ErrorDetail("UNIQUENESS_VIOLATION", "users[" + i + "].username",
						"Two users have this username.", null));
			}
			if (user.id() != null && !ids.add(user.id())) {
				throw ApiException.invalidData(new ErrorDetail("UNIQUENESS_VIOLATION", "users[" + i + "].id",
						"Two users have this id.", null));
			}
		}
	}

	private static void checkRoles(int index, List<String> roles) {
		for (String role : roles) {
			if (Role.named(role).isEmpty()) {
				throw ApiException
					.invalidData(ErrorDetail.invalidValue("applications[" + index + "].roles",
							"Roles are Environment Admin, Identity Admin or Identity Data Read Only.",
							new InnerError(null, null, null, List.of(Role.ENVIRONMENT_ADMIN.displayName(),
									Role.IDENTITY_ADMIN.displayName(), Role.IDENTITY_DATA_READ_ONLY.displayName()),
									null)));
			}
		}
	}

	private static ApiException idTaken() {
		return new ApiException(HttpStatus.CONFLICT, "INVALID_DATA",
				"The request could not be completed. An environment with this id already exists.",
				List.of(new ErrorDetail("UNIQUENESS_VIOLATION", "id", "An environment with this id already exists.",
						null)),
				null);
	}

	private static String newSecret() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * A worker app's credentials, shown once when its sandbox is created.
	 *
	 * @param clientId the client id
	 * @param clientSecret the secret, in the clear
	 * @param roles its role names
	 */
	record Credentials(String clientId, String clientSecret, List<String> roles) {

	}

	/**
	 * A new sandbox.
	 *
	 * @param environment the environment
	 * @param applications its apps' credentials
	 * @param users its users
	 */
	record Created(Environment environment, List<Credentials> applications, List<User> users) {

	}

}
