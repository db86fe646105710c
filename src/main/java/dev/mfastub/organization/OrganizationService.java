package dev.mfastub.organization;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import dev.mfastub.environment.EnvironmentService;
import dev.mfastub.environment.OrganizationFacts;

import org.springframework.stereotype.Service;

/**
 * The organizations of the store. An organization is there while an environment belongs
 * to it (a seed's, a sandbox's): everything about it and its one license follows from its
 * id and its environments, the same on every instance and after every restart.
 */
@Service
public class OrganizationService {

	/** When every license the stub gives ends: PingOne's own example's date. */
	static final Instant LICENSE_END = Instant.parse("2099-12-31T00:00:00Z");

	private final EnvironmentService environments;

	OrganizationService(EnvironmentService environments) {
		this.environments = environments;
	}

	/**
	 * An organization.
	 * @param id its id
	 * @return it, or empty when no environment belongs to it
	 */
	public Optional<Organization> find(UUID id) {
		OrganizationFacts facts = this.environments.organizationFacts(id);
		if (facts.environments() == 0) {
			return Optional.empty();
		}
		return Optional.of(new Organization(id, "stub-" + id, facts.since(), facts.environments(), licenseOf(id)));
	}

	/** The id of an organization's one license. */
	public static UUID licenseOf(UUID organizationId) {
		return UUID.nameUUIDFromBytes(("license:" + organizationId).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * An organization as the stub knows it.
	 *
	 * @param id its id
	 * @param name its name
	 * @param createdAt when its first environment was made
	 * @param environments how many environments it has
	 * @param licenseId its one license, active until {@link #LICENSE_END}
	 */
	public record Organization(UUID id, String name, Instant createdAt, long environments, UUID licenseId) {

	}

}
