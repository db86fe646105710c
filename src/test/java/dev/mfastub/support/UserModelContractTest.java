package dev.mfastub.support;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link UserModelContract} can fail: a user stored behind the API's back with an
 * attribute PingOne's User model refuses is caught on the way to the test, whether the
 * model's validator reads the rule or the contract checks the Unicode pattern itself.
 */
class UserModelContractTest extends ApiTest {

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void shouldCatchAUserThatBreaksAUnicodePattern() {
		store("nickname", "Bell\u0007");

		assertThatThrownBy(() -> api().get(user(ADA))).isInstanceOf(AssertionError.class)
			.hasMessageContaining("breaks PingOne's User model")
			.hasMessageContaining("nickname");
		assertThatThrownBy(() -> api().get("/v1/environments/" + ENV + "/users"))
			.hasMessageContaining("breaks PingOne's User model");
	}

	@Test
	void shouldCatchAUserThatBreaksARuleTheValidatorReads() {
		store("timezone", "not a zone");

		assertThatThrownBy(() -> api().get(user(ADA))).hasMessageContaining("timezone");
	}

	@Test
	void shouldLetAUserOfPingOnesModelThrough() {
		store("nickname", "Ada \u00e9\u0301");

		assertThat(api().get(user(ADA)).statusCode()).isEqualTo(200);
	}

	private void store(String column, String value) {
		assertThat(this.jdbc.update("UPDATE users SET " + column + " = ? WHERE environment_id = ? AND id = ?", value,
				UUID.fromString(ENV), UUID.fromString(ADA)))
			.isEqualTo(1);
	}

}
