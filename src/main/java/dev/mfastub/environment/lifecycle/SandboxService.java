package dev.mfastub.environment.lifecycle;

import java.util.List;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import dev.mfastub.auth.CredentialService;
import dev.mfastub.environment.Environment;
import dev.mfastub.environment.EnvironmentRepository;
import dev.mfastub.environment.lifecycle.EnvironmentDefinitionResolver.Credentials;
import dev.mfastub.environment.lifecycle.EnvironmentDefinitionResolver.Resolved;
import dev.mfastub.environment.lifecycle.EnvironmentDefinitionResolver.Source;
import dev.mfastub.user.User;
import dev.mfastub.user.UserRepository;
import dev.mfastub.web.ApiException;
import dev.mfastub.web.ErrorDetail;
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
public class SandboxService {

	private final EnvironmentRepository environments;

	private final UserRepository users;

	private final EnvironmentFactory factory;

	private final EnvironmentDefinitionResolver definitions;

	private final StoreSeeder seeder;

	private final JsonMapper mapper;

	private final CredentialService applications;

	SandboxService(EnvironmentRepository environments, UserRepository users, EnvironmentFactory factory,
			EnvironmentDefinitionResolver definitions, StoreSeeder seeder, JsonMapper mapper,
			CredentialService applications) {
		this.applications = applications;
		this.environments = environments;
		this.users = users;
		this.factory = factory;
		this.definitions = definitions;
		this.seeder = seeder;
		this.mapper = mapper;
	}

	/**
	 * Creates a sandbox.
	 * @param request what it holds
	 * @return the sandbox, with its apps' secrets in the clear this once
	 * @throws ApiException 409 when the id is taken, 400 for a wrong definition
	 */
	@Transactional
	public Created create(EnvironmentSpec request) {
		if (request.id() != null && this.environments.existsById(request.id())) {
			throw idTaken();
		}
		Resolved resolved = this.definitions.resolve(request, Source.SANDBOX);
		EnvironmentDefinition definition = resolved.definition();
		try {
			Environment environment = this.factory.build(definition, this.mapper.writeValueAsString(definition));
			return new Created(environment, resolved.credentials(),
					this.users.findByEnvironmentIdOrderById(definition.id()));
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
	public void delete(UUID id) {
		if (!this.environments.existsById(id)) {
			throw ApiException.notFound();
		}
		this.factory.demolish(id);
		// Roles other environments' apps held over it would cover a new one of its id.
		this.applications.forgetEnvironment(id);
	}

	/**
	 * Puts an environment back to how it was created or seeded: its users, apps, clock,
	 * faults and journal.
	 * @param id the environment
	 */
	@Transactional
	public void reset(UUID id) {
		Environment environment = this.environments.findById(id).orElseThrow(ApiException::notFound);
		String stored = environment.definition();
		EnvironmentDefinition definition = (stored != null) ? this.mapper.readValue(stored, EnvironmentDefinition.class)
				: this.seeder.definitionOf(id)
					.orElseGet(() -> new EnvironmentDefinition(id, environment.name(), environment.organizationId(),
							environment.defaultPopulationId(), List.of(), List.of(), null, null,
							environment.newUsersMfaEnabled()));
		this.factory.demolish(id);
		this.factory.build(definition, stored);
	}

	/** Puts the whole store back to the startup seed; sandboxes are gone. */
	public void resetAll() {
		this.seeder.resetToSeed();
	}

	private static ApiException idTaken() {
		return new ApiException(HttpStatus.CONFLICT, "INVALID_DATA",
				"The request could not be completed. An environment with this id already exists.",
				List.of(new ErrorDetail("UNIQUENESS_VIOLATION", "id", "An environment with this id already exists.",
						null)),
				null);
	}

	/**
	 * A new sandbox.
	 *
	 * @param environment the environment
	 * @param applications its apps' credentials
	 * @param users its users
	 */
	public record Created(Environment environment, List<Credentials> applications, List<User> users) {

	}

}
