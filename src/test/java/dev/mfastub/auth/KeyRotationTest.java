package dev.mfastub.auth;

import java.time.Duration;
import java.util.Base64;
import java.util.List;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
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
 * Rotation: new tokens are signed with the new key, tokens of the old key keep working
 * until they expire, and then the old key leaves the JWKS. Its own store and keys, so
 * rotating cannot touch the tokens of tests running alongside.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "stub.h2-database=mem:key-rotation-test")
@Import(TestClockConfiguration.class)
class KeyRotationTest {

	@LocalServerPort
	int port;

	@Autowired
	SigningKeys keys;

	@Autowired
	MutableClock clock;

	@Test
	void shouldKeepOldTokensValidUntilTheyExpireAndThenDropTheOldKey() {
		this.clock.set(ApiTest.START);
		String before = Tokens.fetch(this.port, ApiTest.ENV, Tokens.ADMIN_CLIENT, Tokens.ADMIN_SECRET);
		String oldKid = kid(before);

		String newKid = this.keys.rotate();

		String after = Tokens.fetch(this.port, ApiTest.ENV, Tokens.ADMIN_CLIENT, Tokens.ADMIN_SECRET);
		assertThat(newKid).isNotEqualTo(oldKid);
		assertThat(kid(after)).isEqualTo(newKid);
		assertThat(jwksKids()).containsExactlyInAnyOrder(oldKid, newKid);
		assertThat(mfaEnabled(before)).isEqualTo(200);
		assertThat(mfaEnabled(after)).isEqualTo(200);

		// One token lifetime after retirement the old key is gone; its tokens expired
		// with it.
		this.clock.advance(TokenService.LIFETIME.plus(Duration.ofSeconds(1)));
		String later = Tokens.fetch(this.port, ApiTest.ENV, Tokens.ADMIN_CLIENT, Tokens.ADMIN_SECRET);
		assertThat(jwksKids()).containsExactly(newKid);
		assertThat(mfaEnabled(later)).isEqualTo(200);
		assertThat(mfaEnabled(before)).isEqualTo(401);
	}

	private int mfaEnabled(String token) {
		return api().auth()
			.oauth2(token)
			.get("/v1/environments/" + ApiTest.ENV + "/users/" + ApiTest.ADA + "/mfaEnabled")
			.statusCode();
	}

	private List<String> jwksKids() {
		return api().get("/" + ApiTest.ENV + "/as/jwks")
			.then()
			.statusCode(200)
			.extract()
			.jsonPath()
			.getList("keys.kid");
	}

	private RequestSpecification api() {
		return RestAssured.given().baseUri("http://localhost").port(this.port);
	}

	private static String kid(String token) {
		return JsonPath.from(new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]))).getString("kid");
	}

}
