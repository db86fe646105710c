package dev.mfastub.auth;

import java.time.Duration;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import dev.mfastub.support.ApiTest;
import dev.mfastub.support.MutableClock;
import dev.mfastub.support.TestClockConfiguration;
import dev.mfastub.support.Tokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A token already accepted (and so remembered as verified) stops working once the key
 * that signed it is gone, even where its environment's clock says it has not expired. Its
 * own store and keys, as for {@link KeyRotationTest}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "stub.h2-database=mem:key-retirement-test")
@Import(TestClockConfiguration.class)
class KeyRetirementTest {

	@LocalServerPort
	int port;

	@Autowired
	SigningKeys keys;

	@Autowired
	MutableClock clock;

	@Test
	void shouldRefuseARememberedTokenOnceItsKeyIsGoneThoughItsClockSaysItIsValid() {
		this.clock.set(ApiTest.START);
		// The environment's clock stays where the token was issued: only its key can end
		// it.
		api().contentType("application/json")
			.body("{\"now\":\"2025-11-20T10:00:00.000Z\",\"frozen\":true}")
			.put("/__stub/environments/" + ApiTest.ENV + "/clock")
			.then()
			.statusCode(200);
		String token = Tokens.fetch(this.port, ApiTest.ENV, Tokens.ADMIN_CLIENT, Tokens.ADMIN_SECRET);
		assertThat(mfaEnabled(token)).isEqualTo(200);

		this.keys.rotate();
		assertThat(mfaEnabled(token)).isEqualTo(200);
		this.clock.advance(TokenService.LIFETIME.plus(Duration.ofSeconds(1)));

		assertThat(mfaEnabled(token)).isEqualTo(401);
	}

	private int mfaEnabled(String token) {
		return api().auth()
			.oauth2(token)
			.get("/v1/environments/" + ApiTest.ENV + "/users/" + ApiTest.ADA + "/mfaEnabled")
			.statusCode();
	}

	private RequestSpecification api() {
		return RestAssured.given().baseUri("http://localhost").port(this.port);
	}

}
