package dev.mfastub.environment.lifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.mfastub.auth.CallerRoles;
import dev.mfastub.auth.CredentialService;
import dev.mfastub.auth.Role;
import dev.mfastub.call.EnvironmentClock;
import dev.mfastub.environment.Environment;
import dev.mfastub.environment.EnvironmentRepository;
import dev.mfastub.environment.lifecycle.EnvironmentDefinitionResolver.Source;
import dev.mfastub.environment.lifecycle.PlatformValues.Type;
import dev.mfastub.organization.OrganizationService;
import dev.mfastub.web.ApiException;
import dev.mfastub.web.ErrorDetail;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Environments through PingOne's Platform API ({@code /v1/environments}): made by the
 * same pipeline as seeds and sandboxes, so each is a full stub environment (clock,
 * faults, journal, reset to how it was created), with what PingOne shows of it besides.
 */
@Service
class EnvironmentLifecycleService {

	/**
	 * What PingOne gives an actor over an environment it creates ("Automatic role
	 * assignments"); Environment Admin only when it does not hold it over the
	 * organization already.
	 */
	private static final List<Role> CREATOR_ROLES = List.of(Role.IDENTITY_DATA_ADMIN,
			Role.CLIENT_APPLICATION_DEVELOPER);

	private final EnvironmentRepository environments;

	private final EnvironmentDefinitionResolver definitions;

	private final EnvironmentFactory factory;

	private final CredentialService applications;

	private final EnvironmentClock clock;

	private final JsonMapper mapper;

	private final SandboxService sandboxes;

	EnvironmentLifecycleService(EnvironmentRepository environments, EnvironmentDefinitionResolver definitions,
			EnvironmentFactory factory, CredentialService applications, EnvironmentClock clock, JsonMapper mapper,
			SandboxService sandboxes) {
		this.sandboxes = sandboxes;
		this.environments = environments;
		this.definitions = definitions;
		this.factory = factory;
		this.applications = applications;
		this.clock = clock;
		this.mapper = mapper;
	}

	/** The environments the caller's roles cover, oldest first. */
	@Transactional(readOnly = true)
	List<Environment> list(CallerRoles caller) {
		List<UUID> organizations = new ArrayList<>();
		List<UUID> ids = new ArrayList<>();
		for (CallerRoles.Held held : caller.held()) {
			switch (held.scopeType()) {
				case ORGANIZATION -> organizations.add(held.scopeId());
				case ENVIRONMENT -> ids.add(held.scopeId());
				default -> {
				}
			}
		}
		// An empty IN list is not SQL everywhere: a UUID no environment has stands in.
		UUID none = new UUID(0, 0);
		return this.environments.findByOrganizationIdInOrIdInOrderByCreatedAtAscIdAsc(
				organizations.isEmpty() ? List.of(none) : organizations, ids.isEmpty() ? List.of(none) : ids);
	}

	/**
	 * Creates an environment in the organization of the license named, or of the one
	 * organization the caller administers.
	 */
	@Transactional
	Environment create(CallerRoles caller, EnvironmentRequest request) {
		if (request.region() == null) {
			throw ApiException.invalidData(ErrorDetail.requiredValue("region"));
		}
		// One of the organizations the caller holds Organization Admin over.
		UUID organization = organizationFor(caller, request);
		UUID id = UUID.randomUUID();
		requireUniqueName(organization, request.name(), id);
		EnvironmentDefinition definition = this.definitions
			.resolve(new EnvironmentSpec(id, request.name(), organization, null, List.of(), List.of()), Source.SANDBOX)
			.definition()
			.through(request.region().name(), platform(request));
		Environment environment = this.factory.build(definition, this.mapper.writeValueAsString(definition));
		List<Role> granted = new ArrayList<>(CREATOR_ROLES);
		if (!caller.holdsOverOrganization(Role.ENVIRONMENT_ADMIN, organization)) {
			granted.add(0, Role.ENVIRONMENT_ADMIN);
		}
		this.applications.grantOverEnvironment(caller.environmentId(), caller.clientId(), granted, id);
		return environment;
	}

	@Transactional(readOnly = true)
	Environment get(UUID id) {
		return this.environments.findById(id).orElseThrow(ApiException::notFound);
	}

	/**
	 * Changes what PUT may change: name, type (only up to PRODUCTION), description,
	 * products.
	 */
	@Transactional
	Environment replace(UUID id, EnvironmentRequest request) {
		Environment environment = get(id);
		if (request.region() != null && !request.region().name().equals(environment.region())) {
			throw ApiException.invalidData(ErrorDetail.invalidValue("region",
					"region is set when an environment is created and cannot be changed."));
		}
		if (request.license() != null
				&& !request.license().id().equals(OrganizationService.licenseOf(environment.organizationId()))) {
			throw ApiException.invalidData(ErrorDetail.invalidValue("license.id",
					"license.id must be the license of the environment's organization."));
		}
		if ("PRODUCTION".equals(environment.type()) && request.type() == Type.SANDBOX) {
			throw ApiException.invalidData(
					ErrorDetail.invalidValue("type", "A PRODUCTION environment cannot become a SANDBOX again."));
		}
		requireUniqueName(environment.organizationId(), request.name(), id);
		environment.describe(platform(request), this.clock.platformNow());
		return this.environments.saveAndFlush(environment);
	}

	/**
	 * Deletes a SANDBOX environment with everything in it, and every role held over it;
	 * an app cannot delete the environment it belongs to.
	 */
	@Transactional
	void delete(CallerRoles caller, UUID id) {
		Environment environment = get(id);
		if (id.equals(caller.environmentId())) {
			throw ApiException.invalidRequest("An application cannot delete the environment it belongs to.");
		}
		if ("PRODUCTION".equals(environment.type())) {
			throw ApiException.invalidRequest("A PRODUCTION environment is not deleted at once: PingOne deletes one "
					+ "only after a soft delete, which the stub does not have.");
		}
		this.sandboxes.delete(id);
	}

	private UUID organizationFor(CallerRoles caller, EnvironmentRequest request) {
		List<UUID> administered = caller.organizationsWith(Role.ORGANIZATION_ADMIN);
		if (request.license() != null) {
			// A license names its organization: the one whose license it is.
			return administered.stream()
				.filter((organization) -> OrganizationService.licenseOf(organization).equals(request.license().id()))
				.findFirst()
				.orElseThrow(() -> ApiException.invalidData(ErrorDetail.invalidValue("license.id",
						"license.id must be an active license of an organization the application administers.")));
		}
		// The access policy let through only callers that administer an organization.
		if (administered.size() == 1) {
			return administered.get(0);
		}
		throw ApiException.invalidData(ErrorDetail.requiredValue("license.id"));
	}

	private void requireUniqueName(UUID organization, String name, UUID except) {
		if (this.environments.existsByOrganizationIdAndNameIgnoreCaseAndIdNot(organization, name, except)) {
			throw ApiException.invalidData(new ErrorDetail("UNIQUENESS_VIOLATION", "name",
					"An environment with this name already exists in the organization.", null));
		}
	}

	private Environment.Platform platform(EnvironmentRequest request) {
		return new Environment.Platform(request.name(), request.type().name(), request.description(),
				billOfMaterials(request.billOfMaterials()));
	}

	/** Kept as given, once it is an object with a {@code products} array of objects. */
	private String billOfMaterials(JsonNode billOfMaterials) {
		if (billOfMaterials == null || billOfMaterials.isNull()) {
			return null;
		}
		JsonNode products = billOfMaterials.get("products");
		if (!billOfMaterials.isObject() || products == null || !products.isArray()) {
			throw ApiException.invalidData(ErrorDetail.invalidValue("billOfMaterials",
					"billOfMaterials must be an object with a products array."));
		}
		for (int i = 0; i < products.size(); i++) {
			JsonNode type = products.get(i).get("type");
			if (!products.get(i).isObject() || type == null || !type.isString()) {
				throw ApiException.invalidData(ErrorDetail.requiredValue("billOfMaterials.products[" + i + "].type"));
			}
		}
		return this.mapper.writeValueAsString(billOfMaterials);
	}

}
