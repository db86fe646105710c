package dev.mfastub.environment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import dev.mfastub.call.ClockState;
import dev.mfastub.web.ApiException;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks environments up for the features that live inside one.
 */
@Service
@Transactional(readOnly = true)
public class EnvironmentService {

	private final EnvironmentRepository environments;

	EnvironmentService(EnvironmentRepository environments) {
		this.environments = environments;
	}

	/**
	 * The organization an environment belongs to.
	 * @param id the environment id
	 * @return its organization, or empty when there is no such environment
	 */
	public Optional<UUID> organizationOf(UUID id) {
		return this.environments.findOrganizationIdById(id);
	}

	/**
	 * What the environments of an organization say about it.
	 * @param organizationId the organization
	 * @return how many environments it has, and since when; none when it has none
	 */
	public OrganizationFacts organizationFacts(UUID organizationId) {
		return this.environments.findOrganizationFacts(organizationId);
	}

	/** Every environment, the oldest first: for the console's list. */
	public List<Environment> all() {
		return this.environments.findAll(Sort.by("createdAt", "id"));
	}

	/**
	 * The environment with this id.
	 * @param id the environment id from the path
	 * @return the environment
	 * @throws ApiException a 404 {@code NOT_FOUND} when there is none
	 */
	public Environment require(UUID id) {
		return this.environments.findById(id).orElseThrow(ApiException::notFound);
	}

	/**
	 * Sets an environment's clock.
	 * @param id the environment
	 * @param change the new clock, from the current one
	 * @return the new clock
	 */
	@Transactional
	public ClockState changeClock(UUID id, UnaryOperator<ClockState> change) {
		Environment environment = require(id);
		ClockState clock = change.apply(environment.clock());
		environment.changeClock(clock);
		return clock;
	}

}
