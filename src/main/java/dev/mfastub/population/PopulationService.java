package dev.mfastub.population;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.mfastub.call.ApiCall;
import dev.mfastub.call.EventType;
import dev.mfastub.call.Journal;
import dev.mfastub.environment.Environment;
import dev.mfastub.environment.EnvironmentService;
import dev.mfastub.web.ApiException;
import dev.mfastub.web.ErrorDetail;
import dev.mfastub.web.UniqueViolations;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules for populations: names unique per environment ignoring case, exactly one
 * default, and no delete while users are in one.
 */
@Service
@Transactional(readOnly = true)
public class PopulationService {

	private final PopulationRepository populations;

	private final EnvironmentService environments;

	private final PopulationMembers members;

	private final Journal journal;

	PopulationService(PopulationRepository populations, EnvironmentService environments, PopulationMembers members,
			Journal journal) {
		this.populations = populations;
		this.environments = environments;
		this.members = members;
		this.journal = journal;
	}

	/**
	 * Whether a population exists in an environment.
	 * @param environmentId the environment
	 * @param populationId the population
	 * @return {@code true} when it does
	 */
	public boolean exists(UUID environmentId, UUID populationId) {
		return this.populations.existsByEnvironmentIdAndId(environmentId, populationId);
	}

	/**
	 * The environments that have a population of this id: ids are unique per environment
	 * only (sandboxes may copy another's).
	 * @param populationId the population
	 * @return its environments, oldest population first
	 */
	public List<UUID> environmentsWith(UUID populationId) {
		return this.populations.findEnvironmentIdsById(populationId);
	}

	/**
	 * Writes the populations an environment starts with: its default, named
	 * {@value Population#DEFAULT_NAME}, and every other one its users name, each named
	 * after its id.
	 * @param environmentId the environment, already written
	 * @param defaultId its default population
	 * @param others the other populations its users are in
	 * @param now the creation instant
	 */
	@Transactional
	public void restore(UUID environmentId, UUID defaultId, Collection<UUID> others, Instant now) {
		this.populations.save(new Population(environmentId, defaultId, Population.DEFAULT_NAME, null, now));
		others.stream()
			.filter((id) -> !id.equals(defaultId))
			.distinct()
			.forEach((id) -> this.populations
				.save(new Population(environmentId, id, Population.nameFor(id), null, now)));
		this.populations.flush();
	}

	/** The populations of an environment: its default first, then the oldest first. */
	List<Counted> list(UUID environmentId) {
		Environment environment = this.environments.require(environmentId);
		Map<UUID, Long> counts = this.members.countByPopulation(environmentId);
		return this.populations.findByEnvironmentIdOrderByCreatedAtAscIdAsc(environmentId)
			.stream()
			.map((population) -> new Counted(population, population.id().equals(environment.defaultPopulationId()),
					counts.getOrDefault(population.id(), 0L)))
			// A population made in the same millisecond as its environment would
			// otherwise
			// come before the default by the chance of its id.
			.sorted(Comparator.comparing((Counted counted) -> !counted.isDefault()))
			.toList();
	}

	Counted get(UUID environmentId, UUID populationId) {
		Environment environment = this.environments.require(environmentId);
		return counted(environment, require(environmentId, populationId));
	}

	@Transactional
	Counted create(ApiCall call, PopulationRequest request) {
		Environment environment = this.environments.require(call.environmentId());
		UUID id = UUID.randomUUID();
		requireUniqueName(call.environmentId(), request.name(), id);
		Population population = saveChecked(
				new Population(call.environmentId(), id, request.name(), request.description(), call.now()));
		if (Boolean.TRUE.equals(request.isDefault())) {
			environment.changeDefaultPopulation(id);
		}
		// New: no user is in it yet.
		Counted created = new Counted(population, id.equals(environment.defaultPopulationId()), 0);
		this.journal.record(call, EventType.POPULATION_CREATED, null, null,
				PopulationSnapshot.of(population, created.isDefault()));
		return created;
	}

	@Transactional
	Counted replace(ApiCall call, UUID populationId, PopulationRequest request) {
		Environment environment = this.environments.require(call.environmentId());
		Population population = this.populations.lockByEnvironmentIdAndId(call.environmentId(), populationId)
			.orElseThrow(ApiException::notFound);
		boolean wasDefault = populationId.equals(environment.defaultPopulationId());
		if (wasDefault && Boolean.FALSE.equals(request.isDefault())) {
			throw ApiException.invalidData(ErrorDetail.invalidValue("default",
					"An environment always has a default population: make another one the default instead."));
		}
		requireUniqueName(call.environmentId(), request.name(), populationId);
		Counted current = counted(environment, population);
		PopulationSnapshot before = PopulationSnapshot.of(population, current.isDefault());
		population.rename(request.name(), request.description(), call.now());
		saveChecked(population);
		if (Boolean.TRUE.equals(request.isDefault())) {
			environment.changeDefaultPopulation(populationId);
		}
		// Its users are the same: only its name, description and default changed.
		Counted replaced = new Counted(population, populationId.equals(environment.defaultPopulationId()),
				current.userCount());
		this.journal.record(call, EventType.POPULATION_UPDATED, null, before,
				PopulationSnapshot.of(population, replaced.isDefault()));
		return replaced;
	}

	@Transactional
	void delete(ApiCall call, UUID populationId) {
		Environment environment = this.environments.require(call.environmentId());
		Population population = this.populations.lockByEnvironmentIdAndId(call.environmentId(), populationId)
			.orElseThrow(ApiException::notFound);
		if (populationId.equals(environment.defaultPopulationId())) {
			throw ApiException.invalidData(new ErrorDetail("CONSTRAINT_VIOLATION", null,
					"The default population cannot be deleted: make another population the default first.", null));
		}
		if (this.members.anyIn(call.environmentId(), populationId)) {
			throw populationHasUsers();
		}
		// Neither the default nor holding users, as checked above.
		PopulationSnapshot before = PopulationSnapshot.of(population, false);
		try {
			this.populations.delete(population);
			this.populations.flush();
		}
		catch (DataIntegrityViolationException ex) {
			if (UniqueViolations.isForeignKeyViolation(ex)) {
				// A user joined it after the check: the schema keeps it, so the
				// population.
				throw populationHasUsers();
			}
			throw ex;
		}
		this.journal.record(call, EventType.POPULATION_DELETED, null, before, null);
	}

	private Population require(UUID environmentId, UUID populationId) {
		return this.populations.findByEnvironmentIdAndId(environmentId, populationId)
			.orElseThrow(ApiException::notFound);
	}

	private Counted counted(Environment environment, Population population) {
		boolean isDefault = population.id().equals(environment.defaultPopulationId());
		return new Counted(population, isDefault, this.members.countIn(environment.id(), population.id()));
	}

	private void requireUniqueName(UUID environmentId, String name, UUID except) {
		if (this.populations.existsByEnvironmentIdAndNameKeyAndIdNot(environmentId, Population.nameKey(name), except)) {
			throw nameTaken();
		}
	}

	private Population saveChecked(Population population) {
		return UniqueViolations.writeOr(() -> this.populations.saveAndFlush(population), PopulationService::nameTaken);
	}

	private static ApiException nameTaken() {
		return ApiException.invalidData(new ErrorDetail("UNIQUENESS_VIOLATION", "name",
				"A population with this name already exists in the environment.", null));
	}

	private static ApiException populationHasUsers() {
		// PingOne's pages document the rule but no body: its Terraform provider reads a
		// CONSTRAINT_VIOLATION detail from population deletes.
		return ApiException.invalidData(new ErrorDetail("CONSTRAINT_VIOLATION", null,
				"A population that still has users cannot be deleted: move or delete its users first.", null));
	}

	/**
	 * A population with what PingOne shows besides: whether it is the default, and how
	 * many users it has.
	 *
	 * @param population the population
	 * @param isDefault whether it is its environment's default
	 * @param userCount how many users are in it
	 */
	record Counted(Population population, boolean isDefault, long userCount) {

	}

}
