package dev.mfastub.environment.lifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import dev.mfastub.MfaStubApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.io.DefaultResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A seed that cannot be loaded stops the application from starting, with a message that
 * names the seed and what is wrong with it, rather than a server that silently lacks
 * environments. The reader is asked directly for each kind of fault; one real start shows
 * that its refusal stops the application.
 */
class SeedFailureTest {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					classpath:seeds/invalid-json.json           | Seed classpath:seeds/invalid-json.json cannot be read:
					classpath:seeds/invalid-bypass.json         | Seed classpath:seeds/invalid-bypass.json cannot be read:
					classpath:seeds/does-not-exist.json         | Seed classpath:seeds/does-not-exist.json cannot be read:
					classpath:seeds/missing-username.json       | Seed classpath:seeds/missing-username.json is invalid: environments[0].users[0].username
					classpath:seeds/missing-environment-id.json | Seed classpath:seeds/missing-environment-id.json is invalid: environments[0].id
					classpath:seeds/duplicate-usernames.json    | Seed classpath:seeds/duplicate-usernames.json is invalid: environments[0].users[1].username: Two users have this username.
					""")
	void shouldRefuseASeedItCannotLoadAndSayWhy(String seed, String expectedMessageStart) {
		assertThatThrownBy(() -> StoreSeeder.read(seed, new DefaultResourceLoader(), MAPPER, VALIDATOR))
			.isInstanceOf(IllegalStateException.class)
			.satisfies((failure) -> assertThat(failure.getMessage()).startsWith(expectedMessageStart));
	}

	@Test
	void shouldRefuseToStartWithASeedWhoseUsersShareAUsername() {
		// Usernames are unique per environment ignoring case, so this seed cannot be
		// loaded; starting without its environment would hide that.
		assertThatThrownBy(() -> start("classpath:seeds/duplicate-usernames.json"),
				"startup with a seed whose users share a username (ignoring case) in one environment")
			.satisfies((failure) -> assertThat(seedFailure(failure).getMessage())
				.startsWith("Seed classpath:seeds/duplicate-usernames.json is invalid: "
						+ "environments[0].users[1].username: Two users have this username."));
	}

	/** Starts the application and, if that works, stops it at once. */
	private static void start(String seed) {
		new SpringApplicationBuilder(MfaStubApplication.class)
			.run("--server.port=0", "--stub.seed=" + seed, "--stub.h2-database=mem:seed-failure-" + UUID.randomUUID())
			.close();
	}

	/** The failure in the cause chain that reports the seed. */
	private static Throwable seedFailure(Throwable failure) {
		List<Throwable> chain = new ArrayList<>();
		for (Throwable cause = failure; cause != null && !chain.contains(cause); cause = cause.getCause()) {
			chain.add(cause);
		}
		assertThat(chain).as("cause chain of %s", failure)
			.anySatisfy((cause) -> assertThat(cause.getMessage()).startsWith("Seed "));
		Throwable seedFailure = chain.stream()
			.filter((cause) -> cause.getMessage() != null && cause.getMessage().startsWith("Seed "))
			.findFirst()
			.orElseThrow();
		assertThat(seedFailure).isInstanceOf(IllegalStateException.class);
		return seedFailure;
	}

}
