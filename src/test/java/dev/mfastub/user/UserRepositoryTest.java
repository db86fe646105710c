package dev.mfastub.user;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.mfastub.environment.Environment;
import dev.mfastub.environment.EnvironmentRepository;
import dev.mfastub.environment.EnvironmentScopedId;
import dev.mfastub.population.Population;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The schema the Flyway migrations build, as Hibernate validates and uses it.
 */
@DataJpaTest(properties = "stub.seed=none")
class UserRepositoryTest {

	private static final Instant NOW = Instant.parse("2025-11-20T10:00:00.123Z");

	@Autowired
	private EnvironmentRepository environments;

	@Autowired
	private UserRepository users;

	@Autowired
	private TestEntityManager entities;

	private UUID environmentId;

	@BeforeEach
	void createEnvironment() {
		this.environmentId = UUID.randomUUID();
		saveEnvironment(this.environmentId, "test");
	}

	/** An environment with its default population, whose id is the environment's. */
	private void saveEnvironment(UUID id, String name) {
		this.environments.saveAndFlush(new Environment(id, name, UUID.randomUUID(), id, NOW));
		this.entities.persistAndFlush(new Population(id, id, Population.DEFAULT_NAME, null, NOW));
	}

	@Test
	void shouldRefuseSecondUserWithSameUsernameIgnoringCaseInOneEnvironment() {
		this.users.saveAndFlush(newUser(this.environmentId, "Same.Name"));

		assertThatThrownBy(() -> this.users.saveAndFlush(newUser(this.environmentId, "same.name")))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void shouldAllowSameUsernameInAnotherEnvironment() {
		UUID other = UUID.randomUUID();
		saveEnvironment(other, "other");
		this.users.saveAndFlush(newUser(this.environmentId, "shared"));

		this.users.saveAndFlush(newUser(other, "shared"));

		assertThat(this.users.existsByEnvironmentIdAndUsernameKey(other, "shared")).isTrue();
	}

	@Test
	void shouldFindUserOnlyInItsOwnEnvironment() {
		User user = this.users.saveAndFlush(newUser(this.environmentId, "mine"));

		assertThat(this.users.findByEnvironmentIdAndId(this.environmentId, user.id())).isPresent();
		assertThat(this.users.findByEnvironmentIdAndId(UUID.randomUUID(), user.id())).isEmpty();
	}

	@Test
	void shouldKeepInstantsToTheMillisecond() {
		User user = new User(UUID.randomUUID(), this.environmentId, this.environmentId,
				UserProfile.of("timed", null, null), new MfaState(false, Instant.parse("2025-11-26T00:00:00.999Z")),
				ImportedState.NONE, NOW);
		this.users.saveAndFlush(user);

		User read = this.users.findById(new EnvironmentScopedId(this.environmentId, user.id())).orElseThrow();

		assertThat(read.bypassMfaUntil()).isEqualTo(Instant.parse("2025-11-26T00:00:00.999Z"));
		assertThat(read.createdAt()).isEqualTo(NOW);
	}

	@Test
	void shouldReadTheMfaStateWithoutLoadingTheUser() {
		User user = this.users.saveAndFlush(newUser(this.environmentId, "reader"));

		assertThat(this.users.findMfaState(this.environmentId, user.id())).contains(new MfaState(false, null));
		assertThat(this.users.findMfaState(UUID.randomUUID(), user.id())).isEmpty();
		assertThat(this.users.lockMfaState(this.environmentId, user.id())).contains(new MfaState(false, null));
		assertThat(this.users.lockMfaState(this.environmentId, UUID.randomUUID())).isEmpty();
	}

	@Test
	void shouldChangeOnlyTheMfaColumnsAndTheUpdateTime() {
		User user = this.users.saveAndFlush(newUser(this.environmentId, "changed"));
		Instant later = Instant.parse("2025-11-21T08:30:00.456Z");

		this.users.updateMfaEnabled(this.environmentId, user.id(), true, later);
		this.users.updateBypassMfaUntil(this.environmentId, user.id(), Instant.parse("2030-01-01T00:00:00.000Z"),
				later);

		assertThat(this.users.findMfaState(this.environmentId, user.id()))
			.contains(new MfaState(true, Instant.parse("2030-01-01T00:00:00.000Z")));
		this.entities.clear();
		User read = this.users.findByEnvironmentIdAndId(this.environmentId, user.id()).orElseThrow();
		assertThat(read.updatedAt()).isEqualTo(later);
		assertThat(read.createdAt()).isEqualTo(NOW);
		assertThat(read.profile().username()).isEqualTo("changed");
	}

	@Test
	void shouldNeverWriteTheMfaColumnsWhenAUserIsSaved() {
		User user = this.users.saveAndFlush(newUser(this.environmentId, "profiled"));
		this.users.updateMfaEnabled(this.environmentId, user.id(), true, NOW);
		// The entity still says false; saving its profile change must not write that
		// back.
		user.replaceProfile(UserProfile.of("profiled.again", null, null), NOW);
		this.users.saveAndFlush(user);

		assertThat(this.users.findMfaState(this.environmentId, user.id())).contains(new MfaState(true, null));
	}

	private static User newUser(UUID environmentId, String username) {
		return new User(UUID.randomUUID(), environmentId, environmentId, UserProfile.of(username, null, null),
				new MfaState(false, null), ImportedState.NONE, NOW);
	}

}
