package dev.mfastub.user;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.mfastub.environment.Environment;
import dev.mfastub.environment.EnvironmentRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
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

	private UUID environmentId;

	@BeforeEach
	void createEnvironment() {
		this.environmentId = UUID.randomUUID();
		this.environments
			.saveAndFlush(new Environment(this.environmentId, "test", UUID.randomUUID(), UUID.randomUUID(), NOW));
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
		this.environments.saveAndFlush(new Environment(other, "other", UUID.randomUUID(), UUID.randomUUID(), NOW));
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
		User user = newUser(this.environmentId, "timed");
		user.changeBypassMfaUntil(Instant.parse("2025-11-26T00:00:00.999Z"), NOW);
		this.users.saveAndFlush(user);

		User read = this.users.findById(new User.Key(this.environmentId, user.id())).orElseThrow();

		assertThat(read.bypassMfaUntil()).isEqualTo(Instant.parse("2025-11-26T00:00:00.999Z"));
		assertThat(read.createdAt()).isEqualTo(NOW);
	}

	private static User newUser(UUID environmentId, String username) {
		return new User(UUID.randomUUID(), environmentId, UUID.randomUUID(), new UserProfile(username, null, null),
				false, NOW);
	}

}
