package dev.mfastub.auth;

import java.time.Duration;
import java.util.Base64;
import java.util.List;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import dev.mfastub.support.ApiTest;
import dev.mfastub.support.JsonDocument;
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
 * Key rotation and retirement. Its own store and keys, so rotating cannot touch the
 * tokens of tests running alongside; its tests share them, in order: each starts the
 * clock at {@link ApiTest#START} again, and a key retired by a later test at that instant
 * would still be in the key set of an earlier one.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "stub.h2-database=mem:signing-key-test")
@Import(TestClockConfiguration.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SigningKeyTest {

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	/**
	 * New tokens are signed with the new key, tokens of the old key keep working until
	 * they expire, and then the old key leaves the JWKS.
	 */
	@Test
	@Order(1)
	void shouldKeepOldTokensValidUntilTheyExpireAndThenDropTheOldKey() {
		this.clock.set(ApiTest.START);
		String before = Tokens.fetch(this.port, ApiTest.ENV, Tokens.ADMIN_CLIENT, Tokens.ADMIN_SECRET);
		String oldKid = kid(before);

		String newKid = rotate();

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

	/**
	 * A token already accepted (and so remembered as verified) stops working once the key
	 * that signed it is gone, even where its environment's clock says it has not expired.
	 */
	@Test
	@Order(2)
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

		rotate();
		assertThat(mfaEnabled(token)).isEqualTo(200);
		this.clock.advance(TokenService.LIFETIME.plus(Duration.ofSeconds(1)));

		assertThat(mfaEnabled(token)).isEqualTo(401);
	}

	/**
	 * Rotates through the control plane, as a test suite would, and answers the new id.
	 */
	private String rotate() {
		return JsonDocument.of(api().post("/__stub/signing-keys/rotate").then().statusCode(200).extract())
			.getString("kid");
	}

	private int mfaEnabled(String token) {
		return api().auth()
			.oauth2(token)
			.get("/v1/environments/" + ApiTest.ENV + "/users/" + ApiTest.ADA + "/mfaEnabled")
			.statusCode();
	}

	private List<String> jwksKids() {
		return JsonDocument.of(api().get("/" + ApiTest.ENV + "/as/jwks").then().statusCode(200).extract())
			.getList("keys.kid");
	}

	private RequestSpecification api() {
		return RestAssured.given().baseUri("http://localhost").port(this.port);
	}

	private static String kid(String token) {
		return JsonDocument.parse(new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]))).getString("kid");
	}

}
