package dev.mfastub.auth;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.RSAKey;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.mfastub.support.ApiTest;
import dev.mfastub.support.JsonDocument;
import dev.mfastub.support.Tokens;

import static dev.mfastub.auth.AuthAssertions.assertNotFound;
import static dev.mfastub.auth.AuthAssertions.claims;
import static dev.mfastub.auth.AuthAssertions.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * What a client learns about an environment's auth server without any token: the JWKS
 * (public keys only), OpenID discovery built from the URL the client reached the stub at,
 * and which endpoints are public.
 */
class AuthServerMetadataTest extends ApiTest {

	private static final String JWKS = "/" + ENV + "/as/jwks";

	private static final String DISCOVERY = "/" + ENV + "/as/.well-known/openid-configuration";

	private static final List<String> PRIVATE_RSA_MEMBERS = List.of("d", "p", "q", "dp", "dq", "qi", "oth", "k");

	// --- JWKS ---

	@Test
	void shouldServePublicRsaSigningKeysWithoutAToken() throws Exception {
		Response response = anonymous().get(JWKS);

		response.then().statusCode(200).contentType("application/json");
		Map<String, Object> body = JsonDocument.of(response).getMap("$");
		assertThat(body).containsOnlyKeys("keys");
		List<Map<String, Object>> keys = JsonDocument.of(response).getList("keys");
		assertThat(keys).isNotEmpty();
		for (Map<String, Object> key : keys) {
			assertThat(key).containsEntry("kty", "RSA")
				.containsEntry("use", "sig")
				.containsEntry("alg", "RS256")
				.containsKeys("kid", "n", "e")
				.doesNotContainKeys(PRIVATE_RSA_MEMBERS.toArray(String[]::new));
		}
		JWKSet jwks = JWKSet.parse(response.asString());
		for (JWK key : jwks.getKeys()) {
			assertThat(key.getKeyType()).isEqualTo(KeyType.RSA);
			assertThat(key.isPrivate()).isFalse();
			assertThat(((RSAKey) key).getModulus().decode().length * 8).isGreaterThanOrEqualTo(2048);
		}
	}

	@Test
	void shouldServeTheKeyThatSignsTheEnvironmentsTokens() throws Exception {
		String token = Tokens.fetch(this.port, ENV, Tokens.ADMIN_CLIENT, Tokens.ADMIN_SECRET);

		JWKSet jwks = JWKSet.parse(anonymous().get(JWKS).then().statusCode(200).extract().asString());

		assertThat(jwks.getKeyByKeyId(AuthAssertions.header(token).getString("kid"))).isNotNull();
	}

	@Test
	void shouldAnswerPingOneNotFoundForJwksOfUnknownEnvironment() {
		assertNotFound(anonymous().get("/" + UNKNOWN + "/as/jwks"));
	}

	@Test
	void shouldAnswerPingOneNotFoundForJwksOfEnvironmentIdThatIsNotAUuid() {
		assertNotFound(anonymous().get("/not-a-uuid/as/jwks"));
	}

	// --- Discovery ---

	@Test
	void shouldDescribeTheAuthServerAtTheUrlTheClientUsed() {
		String issuer = href("/" + ENV + "/as");

		anonymous().get(DISCOVERY)
			.then()
			.statusCode(200)
			.contentType("application/json")
			.body(JsonDocument.at("issuer", equalTo(issuer)))
			.body(JsonDocument.at("token_endpoint", equalTo(issuer + "/token")))
			.body(JsonDocument.at("jwks_uri", equalTo(issuer + "/jwks")))
			.body(JsonDocument.at("authorization_endpoint", equalTo(issuer + "/authorize")))
			.body(JsonDocument.at("userinfo_endpoint", equalTo(issuer + "/userinfo")))
			.body(JsonDocument.at("end_session_endpoint", equalTo(issuer + "/signoff")))
			.body(JsonDocument.at("grant_types_supported",
					equalTo(List.of("client_credentials", "authorization_code", "refresh_token"))))
			.body(JsonDocument.at("response_types_supported", equalTo(List.of("code"))))
			.body(JsonDocument.at("response_modes_supported", equalTo(List.of("query", "pi.flow"))))
			.body(JsonDocument.at("code_challenge_methods_supported", equalTo(List.of("S256", "plain"))))
			.body(JsonDocument.at("token_endpoint_auth_methods_supported",
					equalTo(List.of("client_secret_basic", "client_secret_post", "none"))))
			.body(JsonDocument.at("id_token_signing_alg_values_supported", equalTo(List.of("RS256"))));
	}

	@ParameterizedTest(name = "X-Forwarded-Host: {0}")
	@ValueSource(strings = { "mfa.example.test", "mfa.example.test:8443" })
	void shouldBuildDiscoveryFromForwardedProtoAndHostWithItsPort(String host) {
		String issuer = "https://" + host + "/" + ENV + "/as";

		anonymous().header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-Host", host)
			.get(DISCOVERY)
			.then()
			.statusCode(200)
			.body(JsonDocument.at("issuer", equalTo(issuer)))
			.body(JsonDocument.at("token_endpoint", equalTo(issuer + "/token")))
			.body(JsonDocument.at("jwks_uri", equalTo(issuer + "/jwks")));
	}

	@Test
	void shouldServeTheJwksWhereDiscoveryPoints() {
		String jwksUri = JsonDocument.of(anonymous().get(DISCOVERY).then().statusCode(200).extract()).get("jwks_uri");

		assertThat(jwksUri).isEqualTo(href(JWKS));
		anonymous().get(JWKS).then().statusCode(200);
	}

	@Test
	void shouldIssueTokensWhoseIssuerIsTheDiscoveredIssuer() {
		String issuer = JsonDocument.of(anonymous().get(DISCOVERY).then().extract()).get("issuer");

		String token = Tokens.fetch(this.port, ENV, Tokens.ADMIN_CLIENT, Tokens.ADMIN_SECRET);

		assertThat(claims(token).getString("iss")).isEqualTo(issuer);
	}

	@Test
	void shouldIssueTokensNamingTheForwardedIssuerThatStillWorkOnV1() {
		String token = JsonDocument
			.of(anonymous().header("X-Forwarded-Proto", "https")
				.header("X-Forwarded-Host", "mfa.example.test")
				.contentType("application/x-www-form-urlencoded")
				.body(form("grant_type", "client_credentials", "client_id", Tokens.ADMIN_CLIENT, "client_secret",
						Tokens.ADMIN_SECRET))
				.post("/" + ENV + "/as/token")
				.then()
				.statusCode(200)
				.extract())
			.get("access_token");

		assertThat(claims(token).getString("iss")).isEqualTo("https://mfa.example.test/" + ENV + "/as");
		anonymous().auth().oauth2(token).get(user(ADA) + "/mfaEnabled").then().statusCode(200);
	}

	@Test
	void shouldAnswerPingOneNotFoundForDiscoveryOfUnknownEnvironment() {
		assertNotFound(anonymous().get("/" + UNKNOWN + "/as/.well-known/openid-configuration"));
	}

	@Test
	void shouldAnswerPingOneNotFoundForDiscoveryOfEnvironmentIdThatIsNotAUuid() {
		assertNotFound(anonymous().get("/not-a-uuid/as/.well-known/openid-configuration"));
	}

	// --- Public endpoints ---

	@ParameterizedTest(name = "GET {0}")
	@ValueSource(strings = { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness",
			"/" + ENV + "/as/jwks", "/" + ENV + "/as/.well-known/openid-configuration" })
	void shouldAnswerPublicEndpointsWithoutAToken(String path) {
		Response response = anonymous().get(path);

		response.then().statusCode(200);
		assertThat(response.header("WWW-Authenticate")).isNull();
	}

	@ParameterizedTest(name = "GET {0}")
	@ValueSource(strings = { "/actuator/health", "/" + ENV + "/as/jwks",
			"/" + ENV + "/as/.well-known/openid-configuration" })
	void shouldAnswerPublicEndpointsEvenWhenTheClientSendsAnExpiredBearerToken(String path) {
		// A client that attaches its (now expired) token to every request must still be
		// able to fetch the keys and metadata it needs to get a new one.
		String token = Tokens.fetch(this.port, ENV, Tokens.ADMIN_CLIENT, Tokens.ADMIN_SECRET);
		this.clock.advance(Duration.ofHours(2));

		Response response = anonymous().auth().oauth2(token).get(path);

		response.then().statusCode(200);
		assertThat(response.header("WWW-Authenticate")).isNull();
	}

	@Test
	void shouldReportHealthUpWithoutAToken() {
		anonymous().get("/actuator/health").then().statusCode(200).body(JsonDocument.at("status", equalTo("UP")));
	}

}
