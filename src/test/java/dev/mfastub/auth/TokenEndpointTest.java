package dev.mfastub.auth;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.mfastub.environment.Environment;
import dev.mfastub.environment.EnvironmentRepository;
import dev.mfastub.support.ApiTest;
import dev.mfastub.support.JsonDocument;
import dev.mfastub.support.Tokens;

import org.springframework.beans.factory.annotation.Autowired;

import static dev.mfastub.auth.AuthAssertions.ORGANIZATION;
import static dev.mfastub.auth.AuthAssertions.assertNotFound;
import static dev.mfastub.auth.AuthAssertions.assertTokenError;
import static dev.mfastub.auth.AuthAssertions.basic;
import static dev.mfastub.auth.AuthAssertions.claims;
import static dev.mfastub.auth.AuthAssertions.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The per-environment token endpoint, {@code POST /{envID}/as/token}: the
 * client_credentials grant with {@code client_secret_basic} or
 * {@code client_secret_post}, the token it issues, and every RFC 6749 error it answers.
 */
class TokenEndpointTest extends ApiTest {

	private static final String TOKEN = "/" + ENV + "/as/token";

	private static final String ADMIN = Tokens.ADMIN_CLIENT;

	private static final String ADMIN_SECRET = Tokens.ADMIN_SECRET;

	private static final String READ_ONLY = Tokens.READ_ONLY_CLIENT;

	private static final String READ_ONLY_SECRET = Tokens.READ_ONLY_SECRET;

	private static final String WRITE_SCOPES = "p1:read:user p1:update:user";

	@Autowired
	private TestApplications applications;

	@Autowired
	private EnvironmentRepository environments;

	// --- Success ---

	@Test
	void shouldIssueBearerTokenForClientSecretPost() {
		Response response = tokenRequest()
			.body(form("grant_type", "client_credentials", "client_id", ADMIN, "client_secret", ADMIN_SECRET))
			.post(TOKEN);

		assertIssued(response, WRITE_SCOPES);
		assertTokenWorks(JsonDocument.of(response).getString("access_token"));
	}

	@Test
	void shouldIssueBearerTokenForClientSecretBasic() {
		Response response = tokenRequest().header("Authorization", basic(ADMIN, ADMIN_SECRET))
			.body(form("grant_type", "client_credentials"))
			.post(TOKEN);

		assertIssued(response, WRITE_SCOPES);
		assertTokenWorks(JsonDocument.of(response).getString("access_token"));
	}

	@Test
	void shouldAcceptBasicWithClientIdAlsoInTheBodyWhenTheyAgree() {
		Response response = tokenRequest().header("Authorization", basic(ADMIN, ADMIN_SECRET))
			.body(form("grant_type", "client_credentials", "client_id", ADMIN))
			.post(TOKEN);

		assertIssued(response, WRITE_SCOPES);
	}

	@Test
	void shouldAcceptFormContentTypeWithCharsetParameter() {
		Response response = anonymous().contentType("application/x-www-form-urlencoded; charset=UTF-8")
			.body(form("grant_type", "client_credentials", "client_id", ADMIN, "client_secret", ADMIN_SECRET))
			.post(TOKEN);

		assertIssued(response, WRITE_SCOPES);
	}

	@Test
	void shouldDecodeFormEncodedSpecialCharactersInBasicCredentials() {
		String secret = "p:a+s%s w:rd%41";
		this.applications.register(UUID.fromString(ENV), "special-worker", "Special worker", secret,
				Set.of(Role.IDENTITY_DATA_ADMIN), List.of(Application.CLIENT_CREDENTIALS), true);

		Response response = tokenRequest().header("Authorization", basic("special-worker", secret))
			.body(form("grant_type", "client_credentials"))
			.post(TOKEN);

		assertIssued(response, WRITE_SCOPES);
		JsonDocument json = JsonDocument.of(response);
		assertThat(claims(json.getString("access_token")).getString("client_id")).isEqualTo("special-worker");
		assertTokenWorks(json.getString("access_token"));
	}

	@Test
	void shouldDecodeFormEncodedSpecialCharactersInClientIdOfBasicCredentials() {
		String clientId = "worker:one+two %";
		this.applications.register(UUID.fromString(ENV), clientId, "Odd id worker", "secret",
				Set.of(Role.IDENTITY_DATA_ADMIN), List.of(Application.CLIENT_CREDENTIALS), true);

		Response response = tokenRequest().header("Authorization", basic(clientId, "secret"))
			.body(form("grant_type", "client_credentials"))
			.post(TOKEN);

		assertIssued(response, WRITE_SCOPES);
		assertThat(claims(JsonDocument.of(response).getString("access_token")).getString("client_id"))
			.isEqualTo(clientId);
	}

	@Test
	void shouldAcceptSpaceEncodedAsPercentTwentyInBasicCredentials() {
		this.applications.register(UUID.fromString(ENV), "spaced-worker", "Spaced worker", "two words",
				Set.of(Role.IDENTITY_DATA_ADMIN), List.of(Application.CLIENT_CREDENTIALS), true);
		String credentials = "spaced-worker:two%20words";

		Response response = tokenRequest()
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
			.body(form("grant_type", "client_credentials"))
			.post(TOKEN);

		assertIssued(response, WRITE_SCOPES);
	}

	@Test
	void shouldAcceptSpecialCharactersInSecretSentAsFormFields() {
		String secret = "p:a+s%s w:rd%41";
		this.applications.register(UUID.fromString(ENV), "special-worker", "Special worker", secret,
				Set.of(Role.IDENTITY_DATA_ADMIN), List.of(Application.CLIENT_CREDENTIALS), true);

		Response response = tokenRequest()
			.body(form("grant_type", "client_credentials", "client_id", "special-worker", "client_secret", secret))
			.post(TOKEN);

		assertIssued(response, WRITE_SCOPES);
	}

	@Test
	void shouldIssueOnlyTheReadScopeToTheReadOnlyApp() {
		Response response = tokenRequest().header("Authorization", basic(READ_ONLY, READ_ONLY_SECRET))
			.body(form("grant_type", "client_credentials"))
			.post(TOKEN);

		assertIssued(response, "p1:read:user");
		assertThat(claims(JsonDocument.of(response).getString("access_token")).getString("scope"))
			.isEqualTo("p1:read:user");
	}

	@Test
	void shouldIssueTheRequestedScopeWhenTheRolesAllowIt() {
		Response response = tokenRequest().header("Authorization", basic(ADMIN, ADMIN_SECRET))
			.body(form("grant_type", "client_credentials", "scope", "p1:read:user"))
			.post(TOKEN);

		assertIssued(response, "p1:read:user");
		assertThat(claims(JsonDocument.of(response).getString("access_token")).getString("scope"))
			.isEqualTo("p1:read:user");
	}

	@Test
	void shouldIssueRs256AtJwtWithTheDocumentedClaimsOnTheEnvironmentClock() throws Exception {
		Instant now = Instant.parse("2025-11-21T08:15:42Z");
		this.clock.set(now);

		String token = JsonDocument
			.of(tokenRequest().header("Authorization", basic(ADMIN, ADMIN_SECRET))
				.body(form("grant_type", "client_credentials"))
				.post(TOKEN)
				.then()
				.statusCode(200)
				.extract())
			.get("access_token");

		SignedJWT jwt = SignedJWT.parse(token);
		assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
		assertThat(jwt.getHeader().getType().getType()).isEqualTo("at+jwt");
		assertThat(jwt.getHeader().getKeyID()).isNotBlank();
		JWTClaimsSet claims = jwt.getJWTClaimsSet();
		String base = href("");
		assertThat(claims.getIssuer()).isEqualTo(base + "/" + ENV + "/as");
		assertThat(claims.getAudience()).containsExactly(base);
		assertThat(claims.getStringClaim("client_id")).isEqualTo(ADMIN);
		assertThat(claims.getStringClaim("env")).isEqualTo(ENV);
		assertThat(claims.getStringClaim("org")).isEqualTo(ORGANIZATION);
		assertThat(claims.getStringClaim("scope")).isEqualTo(WRITE_SCOPES);
		assertThat(claims.getIssueTime().toInstant()).isEqualTo(now);
		assertThat(claims.getExpirationTime().toInstant()).isEqualTo(now.plus(Duration.ofHours(1)));

		JWKSet jwks = JWKSet.parse(anonymous().get("/" + ENV + "/as/jwks").then().statusCode(200).extract().asString());
		JWK key = jwks.getKeyByKeyId(jwt.getHeader().getKeyID());
		assertThat(key).as("the token's kid is served at the JWKS endpoint").isNotNull();
		JWSVerifier verifier = new RSASSAVerifier(key.toRSAKey());
		assertThat(jwt.verify(verifier)).isTrue();
	}

	@Test
	void shouldIssueADifferentTokenEachTime() {
		String first = Tokens.fetch(this.port, ENV, ADMIN, ADMIN_SECRET);
		String second = Tokens.fetch(this.port, ENV, ADMIN, ADMIN_SECRET);

		assertThat(first).isNotEqualTo(second);
	}

	// --- invalid_client ---

	@Test
	void shouldAnswerInvalidClientWithoutChallengeForWrongSecretInForm() {
		Response response = tokenRequest()
			.body(form("grant_type", "client_credentials", "client_id", ADMIN, "client_secret", "wrong"))
			.post(TOKEN);

		assertTokenError(response, 401, "invalid_client");
		assertThat(response.header("WWW-Authenticate")).isNull();
	}

	@Test
	void shouldAnswerInvalidClientWithBasicChallengeForWrongSecretInBasic() {
		Response response = tokenRequest().header("Authorization", basic(ADMIN, "wrong"))
			.body(form("grant_type", "client_credentials"))
			.post(TOKEN);

		assertTokenError(response, 401, "invalid_client");
		assertThat(response.header("WWW-Authenticate")).startsWith("Basic ");
	}

	@Test
	void shouldAnswerInvalidClientForUnknownClientInForm() {
		Response response = tokenRequest()
			.body(form("grant_type", "client_credentials", "client_id", "no-such-client", "client_secret",
					ADMIN_SECRET))
			.post(TOKEN);

		assertTokenError(response, 401, "invalid_client");
		assertThat(response.header("WWW-Authenticate")).isNull();
	}

	@Test
	void shouldAnswerInvalidClientWithBasicChallengeForUnknownClientInBasic() {
		Response response = tokenRequest().header("Authorization", basic("no-such-client", ADMIN_SECRET))
			.body(form("grant_type", "client_credentials"))
			.post(TOKEN);

		assertTokenError(response, 401, "invalid_client");
		assertThat(response.header("WWW-Authenticate")).startsWith("Basic ");
	}

	@Test
	void shouldAnswerInvalidClientForDisabledApp() {
		Application admin = this.applications.find(UUID.fromString(ENV), ADMIN);
		this.applications.enable(admin, false);

		assertTokenError(tokenRequest()
			.body(form("grant_type", "client_credentials", "client_id", ADMIN, "client_secret", ADMIN_SECRET))
			.post(TOKEN), 401, "invalid_client");
		Response basic = tokenRequest().header("Authorization", basic(ADMIN, ADMIN_SECRET))
			.body(form("grant_type", "client_credentials"))
			.post(TOKEN);
		assertTokenError(basic, 401, "invalid_client");
		assertThat(basic.header("WWW-Authenticate")).startsWith("Basic ");
	}

	@Test
	void shouldAnswerInvalidClientWhenNoClientAuthenticationIsSent() {
		Response response = tokenRequest().body(form("grant_type", "client_credentials")).post(TOKEN);

		assertTokenError(response, 401, "invalid_client");
		assertThat(response.header("WWW-Authenticate")).isNull();
	}

	@Test
	void shouldAnswerInvalidClientForClientIdWithoutSecretInForm() {
		Response response = tokenRequest().body(form("grant_type", "client_credentials", "client_id", ADMIN))
			.post(TOKEN);

		assertTokenError(response, 401, "invalid_client");
	}

	@ParameterizedTest(name = "Authorization: {0}")
	@ValueSource(strings = { "Basic not-base64!", "Basic bm8tY29sb24=", "Basic OnNlY3JldA==" })
	void shouldAnswerInvalidClientWithBasicChallengeForMalformedBasicCredentials(String authorization) {
		// bm8tY29sb24= is "no-colon"; OnNlY3JldA== is ":secret", an empty client id.
		Response response = tokenRequest().header("Authorization", authorization)
			.body(form("grant_type", "client_credentials"))
			.post(TOKEN);

		assertTokenError(response, 401, "invalid_client");
		assertThat(response.header("WWW-Authenticate")).startsWith("Basic ");
	}

	@Test
	void shouldAnswerInvalidClientForAnotherEnvironmentsClient() {
		UUID other = UUID.fromString("3f6e2d1c-0b9a-4876-8543-210fedcba987");
		this.environments
			.saveAndFlush(new Environment(other, "Other", UUID.randomUUID(), UUID.randomUUID(), this.clock.instant()));
		this.applications.register(other, "other-worker", "Other worker", "other-secret",
				Set.of(Role.IDENTITY_DATA_ADMIN), List.of(Application.CLIENT_CREDENTIALS), true);

		assertTokenError(tokenRequest()
			.body(form("grant_type", "client_credentials", "client_id", "other-worker", "client_secret",
					"other-secret"))
			.post(TOKEN), 401, "invalid_client");
	}

	// --- invalid_request ---

	@ParameterizedTest(name = "Content-Type: {0}")
	@ValueSource(strings = { "application/json", "text/plain", "multipart/form-data; boundary=x" })
	void shouldAnswerInvalidRequestForBodyThatIsNotFormEncoded(String contentType) {
		Response response = anonymous().contentType(contentType)
			.header("Authorization", basic(ADMIN, ADMIN_SECRET))
			.body("grant_type=client_credentials".getBytes(StandardCharsets.UTF_8))
			.post(TOKEN);

		assertTokenError(response, 400, "invalid_request");
		assertThat(response.header("WWW-Authenticate")).isNull();
	}

	@Test
	void shouldAnswerInvalidRequestForJsonBody() {
		Response response = anonymous().contentType("application/json")
			.body("{\"grant_type\":\"client_credentials\",\"client_id\":\"" + ADMIN + "\",\"client_secret\":\""
					+ ADMIN_SECRET + "\"}")
			.post(TOKEN);

		assertTokenError(response, 400, "invalid_request");
	}

	@Test
	void shouldAnswerInvalidRequestForMissingContentType() {
		Response response = anonymous().noContentType()
			.header("Authorization", basic(ADMIN, ADMIN_SECRET))
			.body("grant_type=client_credentials".getBytes(StandardCharsets.UTF_8))
			.post(TOKEN);

		assertTokenError(response, 400, "invalid_request");
	}

	/**
	 * As a script of Ping Identity's posts it: {@code ?grant_type=client_credentials},
	 * Basic credentials, no body at all.
	 */
	@Test
	void shouldIssueATokenForParametersInTheQueryStringAndNoBody() {
		Response response = anonymous().noContentType()
			.header("Authorization", basic(ADMIN, ADMIN_SECRET))
			.queryParam("grant_type", "client_credentials")
			.post(TOKEN);

		assertIssued(response, "p1:read:user p1:update:user");
	}

	@Test
	void shouldTakeParametersFromTheQueryStringBesideAFormBody() {
		assertIssued(grantInTheQuery(form("scope", "p1:read:user")), "p1:read:user");
	}

	@Test
	void shouldStillAnswerInvalidRequestForAParameterBothInTheQueryAndTheBody() {
		assertTokenError(grantInTheQuery(form("grant_type", "client_credentials")), 400, "invalid_request");
	}

	/** The admin app's token request with grant_type in the query and a form body. */
	private Response grantInTheQuery(String body) {
		return tokenRequest().header("Authorization", basic(ADMIN, ADMIN_SECRET))
			.queryParam("grant_type", "client_credentials")
			.body(body)
			.post(TOKEN);
	}

	@Test
	void shouldAnswerInvalidRequestForCredentialsInTheQueryString() {
		Response response = tokenRequest().queryParam("client_id", ADMIN)
			.queryParam("client_secret", ADMIN_SECRET)
			.body(form("grant_type", "client_credentials"))
			.post(TOKEN);

		assertTokenError(response, 400, "invalid_request");
	}

	@ParameterizedTest(name = "repeated {0}")
	@ValueSource(strings = { "grant_type", "client_id", "client_secret", "scope" })
	void shouldAnswerInvalidRequestForRepeatedParameter(String name) {
		String body = form("grant_type", "client_credentials", "client_id", ADMIN, "client_secret", ADMIN_SECRET,
				"scope", "p1:read:user");
		String repeated = body + "&" + form(name, switch (name) {
			case "grant_type" -> "client_credentials";
			case "client_id" -> ADMIN;
			case "client_secret" -> ADMIN_SECRET;
			default -> "p1:read:user";
		});

		assertTokenError(tokenRequest().body(repeated).post(TOKEN), 400, "invalid_request");
	}

	@Test
	void shouldAnswerInvalidRequestForBothClientAuthenticationMethods() {
		Response response = tokenRequest().header("Authorization", basic(ADMIN, ADMIN_SECRET))
			.body(form("grant_type", "client_credentials", "client_id", ADMIN, "client_secret", ADMIN_SECRET))
			.post(TOKEN);

		assertTokenError(response, 400, "invalid_request");
	}

	@Test
	void shouldAnswerInvalidRequestWhenBodyClientIdDisagreesWithBasic() {
		Response response = tokenRequest().header("Authorization", basic(ADMIN, ADMIN_SECRET))
			.body(form("grant_type", "client_credentials", "client_id", READ_ONLY))
			.post(TOKEN);

		assertTokenError(response, 400, "invalid_request");
	}

	@Test
	void shouldAnswerInvalidRequestForMissingGrantType() {
		Response response = tokenRequest().header("Authorization", basic(ADMIN, ADMIN_SECRET))
			.body(form("scope", "p1:read:user"))
			.post(TOKEN);

		assertTokenError(response, 400, "invalid_request");
	}

	@Test
	void shouldAnswerInvalidRequestForEmptyBody() {
		Response response = tokenRequest().header("Authorization", basic(ADMIN, ADMIN_SECRET)).body("").post(TOKEN);

		assertTokenError(response, 400, "invalid_request");
	}

	// --- unsupported_grant_type, unauthorized_client, invalid_scope ---

	@ParameterizedTest(name = "grant_type={0}")
	@ValueSource(strings = { "password", "urn:ietf:params:oauth:grant-type:jwt-bearer", "CLIENT_CREDENTIALS" })
	void shouldAnswerUnsupportedGrantType(String grantType) {
		Response response = tokenRequest().header("Authorization", basic(ADMIN, ADMIN_SECRET))
			.body(form("grant_type", grantType))
			.post(TOKEN);

		assertTokenError(response, 400, "unsupported_grant_type");
	}

	/**
	 * A worker that authenticates is a known client: the user grants are not for it (RFC
	 * 6749 section 5.2, {@code unauthorized_client}).
	 */
	@ParameterizedTest(name = "grant_type={0}")
	@ValueSource(strings = { "authorization_code", "refresh_token" })
	void shouldAnswerUnauthorizedClientForAWorkerAskingAUserGrant(String grantType) {
		Response response = tokenRequest().header("Authorization", basic(ADMIN, ADMIN_SECRET))
			.body(form("grant_type", grantType))
			.post(TOKEN);

		assertTokenError(response, 400, "unauthorized_client");
	}

	@Test
	void shouldAnswerUnauthorizedClientForAppWithoutTheClientCredentialsGrant() {
		this.applications.register(UUID.fromString(ENV), "web-app", "Web app", "web-secret",
				Set.of(Role.IDENTITY_DATA_ADMIN), List.of("authorization_code", "refresh_token"), true);

		Response response = tokenRequest().header("Authorization", basic("web-app", "web-secret"))
			.body(form("grant_type", "client_credentials"))
			.post(TOKEN);

		assertTokenError(response, 400, "unauthorized_client");
	}

	@Test
	void shouldAnswerInvalidScopeWhenTheReadOnlyAppAsksToUpdate() {
		Response response = tokenRequest().header("Authorization", basic(READ_ONLY, READ_ONLY_SECRET))
			.body(form("grant_type", "client_credentials", "scope", "p1:read:user p1:update:user"))
			.post(TOKEN);

		assertTokenError(response, 400, "invalid_scope");
	}

	@ParameterizedTest(name = "scope={0}")
	@ValueSource(strings = { "p1:delete:user", "p1:read:user p1:admin" })
	void shouldAnswerInvalidScopeForScopeNoRoleGrants(String scope) {
		Response response = tokenRequest().header("Authorization", basic(ADMIN, ADMIN_SECRET))
			.body(form("grant_type", "client_credentials", "scope", scope))
			.post(TOKEN);

		assertTokenError(response, 400, "invalid_scope");
	}

	/**
	 * PingOne's worker-application page: "When getting a token using the
	 * client_credentials grant type, the application's role assignments are used", not
	 * scopes. What a client sends besides platform scopes (an SDK's {@code openid}, or
	 * the {@code undefined} of an unset variable) is ignored.
	 */
	@ParameterizedTest(name = "scope={0}")
	@ValueSource(strings = { "openid", "undefined", "openid profile email", "${jndi:ldap://x/a}" })
	void shouldIgnoreScopesThatAreNoPlatformScope(String scope) {
		Response response = tokenRequest().header("Authorization", basic(ADMIN, ADMIN_SECRET))
			.body(form("grant_type", "client_credentials", "scope", scope))
			.post(TOKEN);

		assertIssued(response, "p1:read:user p1:update:user");
	}

	@Test
	void shouldKeepThePlatformScopesOfAScopeWithOthers() {
		Response response = tokenRequest().header("Authorization", basic(ADMIN, ADMIN_SECRET))
			.body(form("grant_type", "client_credentials", "scope", "openid p1:read:user"))
			.post(TOKEN);

		assertIssued(response, "p1:read:user");
	}

	// --- Unknown environment ---

	@Test
	void shouldAnswerPingOneNotFoundForUnknownEnvironment() {
		Response response = tokenRequest()
			.body(form("grant_type", "client_credentials", "client_id", ADMIN, "client_secret", ADMIN_SECRET))
			.post("/" + UNKNOWN + "/as/token");

		assertNotFound(response);
	}

	@Test
	void shouldAnswerPingOneNotFoundForEnvironmentIdThatIsNotAUuid() {
		Response response = tokenRequest()
			.body(form("grant_type", "client_credentials", "client_id", ADMIN, "client_secret", ADMIN_SECRET))
			.post("/not-a-uuid/as/token");

		assertNotFound(response);
	}

	private RequestSpecification tokenRequest() {
		return anonymous().contentType("application/x-www-form-urlencoded");
	}

	/**
	 * A worker app's token as PingOne answers it: no scope list in the answer ("It does
	 * not list any scopes"), the scopes in the token, and no {@code sub}.
	 */
	private static void assertIssued(Response response, String scope) {
		response.then()
			.statusCode(200)
			.contentType("application/json")
			.body(JsonDocument.at("token_type", equalTo("Bearer")))
			.body(JsonDocument.at("expires_in", equalTo(3600)));
		assertThat(JsonDocument.of(response).getMap("$")).containsOnlyKeys("access_token", "token_type", "expires_in");
		String token = JsonDocument.of(response).getString("access_token");
		assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
		assertThat(claims(token).getString("scope")).isEqualTo(scope);
		assertThat(claims(token).getMap("$")).containsOnlyKeys("iss", "aud", "client_id", "env", "org", "scope", "iat",
				"exp", "jti");
		assertThat(response.header("Cache-Control")).isEqualTo("no-store");
	}

	private void assertTokenWorks(String token) {
		anonymous().auth().oauth2(token).get(user(ADA) + "/mfaEnabled").then().statusCode(200);
	}

}
