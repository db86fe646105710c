package dev.mfastub.auth;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSAEncrypter;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.mfastub.environment.Environment;
import dev.mfastub.environment.EnvironmentRepository;
import dev.mfastub.support.ApiTest;
import dev.mfastub.support.JsonDocument;
import dev.mfastub.support.RawHttp;
import dev.mfastub.support.Tokens;

import org.springframework.beans.factory.annotation.Autowired;

import static dev.mfastub.auth.AuthAssertions.ORGANIZATION;
import static dev.mfastub.auth.AuthAssertions.assertInvalidToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Every way a bearer token can be wrong, each refused on {@code /v1} with a 401
 * {@code ACCESS_FAILED} / {@code INVALID_TOKEN} and a Bearer challenge. Tokens with
 * claim-level faults are signed with the stub's real key (read from the database), so the
 * claim is the only thing wrong with them; a control test shows such a token with right
 * claims is accepted.
 */
class ForgedTokenTest extends ApiTest {

	private static final String MFA_ENABLED = user(ADA) + "/mfaEnabled";

	private static final String ADMIN = Tokens.ADMIN_CLIENT;

	private static final String OTHER_ENV = "3f6e2d1c-0b9a-4876-8543-210fedcba987";

	/** A sandbox this class deletes and creates again under the same id. */
	private static final String SANDBOX = "5b1e7c2a-9d4f-4a6b-8c3e-1f2a3b4c5d6e";

	private static final String SANDBOX_APP = "forged-token-test-worker";

	private static final String SANDBOX_SECRET = "forged-token-test-secret";

	@Autowired
	private SigningKeyRepository signingKeys;

	@Autowired
	private EnvironmentRepository environments;

	@Autowired
	private TestApplications applications;

	private RSAKey stubKey;

	@BeforeEach
	void loadTheStubsSigningKey() throws Exception {
		SigningKey active = this.signingKeys.findAllByOrderByCreatedAtDesc()
			.stream()
			.filter((key) -> key.retiredAt() == null)
			.findFirst()
			.orElseThrow();
		this.stubKey = RSAKey.parse(active.jwk());
	}

	// --- Control: the crafting itself is sound ---

	/**
	 * The attacker's one key pair, under whatever key id a test gives it: a new 2048-bit
	 * pair per test would cost seconds each and prove nothing more.
	 */
	private static final RSAKey ATTACKER = attackerKey();

	private static RSAKey attackerKey() {
		try {
			return new RSAKeyGenerator(2048).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static RSAKey foreignKey(String keyId) {
		return new RSAKey.Builder(ATTACKER).keyID(keyId).build();
	}

	@Test
	void shouldAcceptATokenSignedWithTheStubsKeyAndRightClaims() throws Exception {
		String token = sign(this.stubKey, header(this.stubKey.getKeyID()).build(), claims().build());

		get(token).then().statusCode(200).body(JsonDocument.at("mfaEnabled", equalTo(false)));
	}

	// --- No usable token at all ---

	@Test
	void shouldRefuseRequestWithoutAuthorizationHeader() {
		Response response = anonymous().get(MFA_ENABLED);

		assertInvalidToken(response);
		assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
		response.then()
			.body(JsonDocument.at("details[0].message",
					equalTo("An access token is required: send Authorization: Bearer <token>.")));
	}

	@Test
	void shouldRefuseEmptyAuthorizationHeader() {
		assertInvalidToken(anonymous().header("Authorization", "").get(MFA_ENABLED));
	}

	@Test
	void shouldRefuseBearerWithNothingAfterIt() {
		assertInvalidToken(anonymous().header("Authorization", "Bearer ").get(MFA_ENABLED));
	}

	@Test
	void shouldRefuseBasicCredentialsInsteadOfABearerToken() {
		assertInvalidToken(
				anonymous().header("Authorization", AuthAssertions.basic(ADMIN, Tokens.ADMIN_SECRET)).get(MFA_ENABLED));
	}

	@Test
	void shouldRefuseBearerValueThatIsNotAJwt() {
		Response response = get("not-a-jwt");

		assertInvalidToken(response);
		assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");
		response.then()
			.body(JsonDocument.at("details[0].message", equalTo("The access token is invalid or has expired.")));
	}

	@Test
	void shouldRefuseThreeSegmentsThatAreNotJson() {
		assertInvalidToken(get("abc.def.ghi"));
	}

	// --- Signature ---

	@Test
	void shouldRefuseTokenWithBadSignature() {
		String token = realToken();
		String[] parts = token.split("\\.");
		char[] signature = parts[2].toCharArray();
		int middle = signature.length / 2;
		signature[middle] = (signature[middle] == 'A') ? 'B' : 'A';

		assertInvalidToken(get(parts[0] + "." + parts[1] + "." + new String(signature)));
	}

	@Test
	void shouldRefuseTokenWhosePayloadWasTamperedWith() {
		String token = Tokens.fetch(this.port, ENV, Tokens.READ_ONLY_CLIENT, Tokens.READ_ONLY_SECRET);
		String[] parts = token.split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
			.replace(Tokens.READ_ONLY_CLIENT, ADMIN);
		assertThat(payload).contains(ADMIN);
		String tampered = parts[0] + "."
				+ Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
				+ parts[2];

		assertInvalidToken(get(tampered));
		assertInvalidToken(put(tampered));
		api().get(MFA_ENABLED).then().body(JsonDocument.at("mfaEnabled", equalTo(false)));
	}

	@Test
	void shouldRefuseTokenWithStrippedSignature() {
		String[] parts = realToken().split("\\.");

		assertInvalidToken(get(parts[0] + "." + parts[1] + "."));
	}

	@Test
	void shouldRefuseTokenWithoutItsSignatureSegment() {
		String[] parts = realToken().split("\\.");

		assertInvalidToken(get(parts[0] + "." + parts[1]));
	}

	@Test
	void shouldRefuseUnsecuredTokenWithAlgNone() {
		PlainJWT unsecured = new PlainJWT(new PlainHeader.Builder().type(new JOSEObjectType("at+jwt")).build(),
				claims().build());

		assertInvalidToken(get(unsecured.serialize()));
	}

	@Test
	void shouldRefuseAlgNoneHeaderOnTheRealPayloadAndSignature() {
		String[] parts = realToken().split("\\.");
		String none = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString("{\"alg\":\"none\",\"typ\":\"at+jwt\"}".getBytes(StandardCharsets.UTF_8));

		assertInvalidToken(get(none + "." + parts[1] + "."));
		assertInvalidToken(get(none + "." + parts[1] + "." + parts[2]));
	}

	@Test
	void shouldRefuseHs256TokenKeyedWithThePublicKeyBytes() throws Exception {
		byte[] publicKey = this.stubKey.toRSAPublicKey().getEncoded();
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(this.stubKey.getKeyID())
			.type(new JOSEObjectType("at+jwt"))
			.build(), claims().build());
		jwt.sign(new MACSigner(publicKey));

		assertInvalidToken(get(jwt.serialize()));
	}

	@Test
	void shouldRefuseHs256TokenKeyedWithThePublicJwkJson() throws Exception {
		byte[] publicJwk = this.stubKey.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8);
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(this.stubKey.getKeyID())
			.type(new JOSEObjectType("at+jwt"))
			.build(), claims().build());
		jwt.sign(new MACSigner(publicJwk));

		assertInvalidToken(get(jwt.serialize()));
	}

	@Test
	void shouldRefuseTokenNamingAnUnknownKid() throws Exception {
		String token = sign(this.stubKey, header(UUID.randomUUID().toString()).build(), claims().build());

		assertInvalidToken(get(token));
	}

	@Test
	void shouldRefuseTokenSignedByAForeignKeyUnderTheRealKid() throws Exception {
		RSAKey foreign = foreignKey(this.stubKey.getKeyID());

		assertInvalidToken(get(sign(foreign, header(this.stubKey.getKeyID()).build(), claims().build())));
	}

	@Test
	void shouldRefuseTokenSignedByAForeignKeyUnderARandomKid() throws Exception {
		RSAKey foreign = foreignKey(UUID.randomUUID().toString());

		assertInvalidToken(get(sign(foreign, header(foreign.getKeyID()).build(), claims().build())));
	}

	@Test
	void shouldRefuseTokenSignedByAForeignKeyWithoutKid() throws Exception {
		RSAKey foreign = foreignKey(null);

		assertInvalidToken(
				get(sign(foreign, new JWSHeader.Builder(JWSAlgorithm.RS256).type(new JOSEObjectType("at+jwt")).build(),
						claims().build())));
	}

	// --- Header type ---

	@Test
	void shouldRefuseTokenTypedJwtInsteadOfAtJwt() throws Exception {
		String token = sign(this.stubKey, header(this.stubKey.getKeyID()).type(JOSEObjectType.JWT).build(),
				claims().build());

		assertInvalidToken(get(token));
	}

	@Test
	void shouldRefuseTokenWithoutTyp() throws Exception {
		String token = sign(this.stubKey,
				new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(this.stubKey.getKeyID()).build(), claims().build());

		assertInvalidToken(get(token));
	}

	// --- Time ---

	@Test
	void shouldAcceptTokenUntilTheLastMillisecondBeforeExp() {
		String token = realToken();

		this.clock.set(START.plus(Duration.ofHours(1)).minusMillis(1));

		get(token).then().statusCode(200);
	}

	@Test
	void shouldRefuseTokenExactlyAtExp() {
		String token = realToken();

		this.clock.set(START.plus(Duration.ofHours(1)));

		assertInvalidToken(get(token));
	}

	@Test
	void shouldRefuseTokenOneSecondAfterExp() {
		String token = realToken();

		this.clock.set(START.plus(Duration.ofHours(1)).plusSeconds(1));

		assertInvalidToken(get(token));
	}

	@Test
	void shouldRefuseTokenBeforeItsIssuedAt() {
		String token = realToken();

		this.clock.set(START.minusSeconds(1));

		assertInvalidToken(get(token));
	}

	@Test
	void shouldRefuseTokenBeforeItsNotBefore() throws Exception {
		String token = sign(this.stubKey, header(this.stubKey.getKeyID()).build(),
				claims().notBeforeTime(Date.from(START.plusSeconds(60))).build());

		assertInvalidToken(get(token));
	}

	@Test
	void shouldRefuseTokenWithoutExp() throws Exception {
		String token = sign(this.stubKey, header(this.stubKey.getKeyID()).build(),
				claims().expirationTime(null).build());

		assertInvalidToken(get(token));
	}

	@Test
	void shouldRefuseTokenExpiringBeforeItWasIssued() throws Exception {
		String token = sign(this.stubKey, header(this.stubKey.getKeyID()).build(),
				claims().issueTime(Date.from(START.minusSeconds(10)))
					.expirationTime(Date.from(START.minusSeconds(20)))
					.build());

		assertInvalidToken(get(token));
	}

	// --- Issuer and environment ---

	@Test
	void shouldRefuseTokenFromAnIssuerThatIsNotTheStubs() throws Exception {
		String token = sign(this.stubKey, header(this.stubKey.getKeyID()).build(),
				claims().issuer("https://evil.example/" + ENV + "/as-not").build());

		assertInvalidToken(get(token));
	}

	@Test
	void shouldRefuseTokenWhoseIssuerIsAnotherEnvironmentsAuthServer() throws Exception {
		String token = sign(this.stubKey, header(this.stubKey.getKeyID()).build(),
				claims().issuer(href("/" + OTHER_ENV + "/as")).build());

		assertInvalidToken(get(token));
	}

	@Test
	void shouldRefuseTokenWithoutIssuer() throws Exception {
		String token = sign(this.stubKey, header(this.stubKey.getKeyID()).build(), claims().issuer(null).build());

		assertInvalidToken(get(token));
	}

	@Test
	void shouldRefuseTokenClaimingAnotherEnvironmentWithThisEnvironmentsIssuer() throws Exception {
		createOtherEnvironmentWithApp("other-admin");
		String mismatched = sign(this.stubKey, header(this.stubKey.getKeyID()).build(),
				claims().claim("env", OTHER_ENV).claim("client_id", "other-admin").subject("other-admin").build());
		String matched = sign(this.stubKey, header(this.stubKey.getKeyID()).build(),
				claims().claim("env", OTHER_ENV)
					.claim("client_id", "other-admin")
					.subject("other-admin")
					.issuer(href("/" + OTHER_ENV + "/as"))
					.build());
		String otherUsers = "/v1/environments/" + OTHER_ENV + "/users";

		anonymous().auth().oauth2(matched).get(otherUsers).then().statusCode(200);
		assertInvalidToken(anonymous().auth().oauth2(mismatched).get(otherUsers));
	}

	@Test
	void shouldRefuseTokenWithoutEnvClaim() throws Exception {
		String token = sign(this.stubKey, header(this.stubKey.getKeyID()).build(), claims().claim("env", null).build());

		assertInvalidToken(get(token));
	}

	@Test
	void shouldRefuseTokenWithoutClientIdClaim() throws Exception {
		String token = sign(this.stubKey, header(this.stubKey.getKeyID()).build(),
				claims().claim("client_id", null).build());

		assertInvalidToken(get(token));
	}

	@Test
	void shouldRefuseTokenNamingAClientTheEnvironmentDoesNotHave() throws Exception {
		String token = sign(this.stubKey, header(this.stubKey.getKeyID()).build(),
				claims().claim("client_id", "no-such-client").subject("no-such-client").build());

		assertInvalidToken(get(token));
	}

	// --- Size ---

	@Test
	void shouldRefuseOversizedTokenWithinTheHeaderLimit() throws Exception {
		RSAKey foreign = foreignKey(this.stubKey.getKeyID());
		String token = sign(foreign, header(this.stubKey.getKeyID()).build(),
				claims().claim("padding", "x".repeat(4400)).build());
		assertThat(token.length()).isGreaterThan(6000).isLessThan(7500);

		assertInvalidToken(get(token));
	}

	@Test
	void shouldRefuseOversizedTokenBeyondTheHeaderLimit() throws Exception {
		RSAKey foreign = foreignKey(this.stubKey.getKeyID());
		String token = sign(foreign, header(this.stubKey.getKeyID()).build(),
				claims().claim("padding", "x".repeat(20_000)).build());

		assertInvalidToken(get(token));
	}

	// --- Algorithms and keys the stub never uses ---

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "RS384", "RS512", "PS256", "PS512" })
	void shouldRefuseRsaAlgorithmOtherThanRs256SignedByAForeignKeyUnderTheRealKid(String algorithm) throws Exception {
		RSAKey foreign = foreignKey(this.stubKey.getKeyID());
		JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.parse(algorithm)).keyID(this.stubKey.getKeyID())
			.type(new JOSEObjectType("at+jwt"))
			.build();

		assertInvalidToken(get(sign(foreign, header, claims().build())));
	}

	@Test
	void shouldRefuseEs256TokenSignedByAForeignEcKeyUnderTheRealKid() throws Exception {
		ECKey foreign = new ECKeyGenerator(Curve.P_256).keyID(this.stubKey.getKeyID()).generate();
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(this.stubKey.getKeyID())
			.type(new JOSEObjectType("at+jwt"))
			.build(), claims().build());
		jwt.sign(new ECDSASigner(foreign));

		assertInvalidToken(get(jwt.serialize()));
	}

	@Test
	void shouldRefuseRs512TokenEvenWhenSignedByTheStubsOwnKey() throws Exception {
		// The key is genuine, the algorithm is not one the stub issues: only RS256 is
		// accepted.
		JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS512).keyID(this.stubKey.getKeyID())
			.type(new JOSEObjectType("at+jwt"))
			.build();

		assertInvalidToken(get(sign(this.stubKey, header, claims().build())));
	}

	@Test
	void shouldRefuseTokenWithAnUnknownCriticalHeaderParameter() throws Exception {
		JWSHeader header = header(this.stubKey.getKeyID()).criticalParams(Set.of("urn:example:must-understand"))
			.customParam("urn:example:must-understand", true)
			.build();

		assertInvalidToken(get(sign(this.stubKey, header, claims().build())));
	}

	@Test
	void shouldRefuseTokenWhoseJkuPointsToTheAttackersKeySetAndNeverFetchIt() throws Exception {
		RSAKey attacker = foreignKey("attacker-key");
		try (AttackerServer server = AttackerServer.serving(new JWKSet(attacker.toPublicJWK()).toString())) {
			JWSHeader header = header(attacker.getKeyID()).jwkURL(server.uri()).build();

			assertInvalidToken(get(sign(attacker, header, claims().build())));
			assertThat(server.hits()).isZero();
		}
	}

	@Test
	void shouldRefuseTokenWhoseX5uPointsToTheAttackersCertificateAndNeverFetchIt() throws Exception {
		RSAKey attacker = foreignKey("attacker-key");
		try (AttackerServer server = AttackerServer.serving(new JWKSet(attacker.toPublicJWK()).toString())) {
			JWSHeader header = header(attacker.getKeyID()).x509CertURL(server.uri()).build();

			assertInvalidToken(get(sign(attacker, header, claims().build())));
			assertThat(server.hits()).isZero();
		}
	}

	@Test
	void shouldRefuseTokenCarryingTheAttackersPublicKeyInItsJwkHeader() throws Exception {
		RSAKey attacker = foreignKey("attacker-key");
		JWSHeader header = header(attacker.getKeyID()).jwk(attacker.toPublicJWK()).build();

		assertInvalidToken(get(sign(attacker, header, claims().build())));
	}

	@Test
	void shouldRefuseTokenCarryingTheAttackersPublicKeyInItsJwkHeaderUnderTheRealKid() throws Exception {
		RSAKey attacker = foreignKey(this.stubKey.getKeyID());
		JWSHeader header = header(this.stubKey.getKeyID()).jwk(attacker.toPublicJWK()).build();

		assertInvalidToken(get(sign(attacker, header, claims().build())));
	}

	@ParameterizedTest(name = "kid {0}")
	@ValueSource(strings = { "../../x", "../../../../etc/passwd", "' OR 1=1 --", "\" OR \"1\"=\"1", "*", "%", "", " " })
	void shouldRefuseTokenWithAHostileKidSignedByTheStubsKey(String kid) throws Exception {
		assertInvalidToken(get(sign(this.stubKey, header(kid).build(), claims().build())));
	}

	@Test
	void shouldRefuseTheRealKidWithTraversalOrSqlAroundIt() throws Exception {
		String kid = this.stubKey.getKeyID();

		assertInvalidToken(get(sign(this.stubKey, header("../" + kid).build(), claims().build())));
		assertInvalidToken(get(sign(this.stubKey, header(kid + "' OR '1'='1").build(), claims().build())));
		assertInvalidToken(
				get(sign(this.stubKey, header(kid.toUpperCase(java.util.Locale.ROOT)).build(), claims().build())));
	}

	// --- Other token shapes ---

	@Test
	void shouldRefuseAJweEncryptedToTheStubsPublicKeyInsteadOfAJws() throws Exception {
		String inner = sign(this.stubKey, header(this.stubKey.getKeyID()).build(), claims().build());
		get(inner).then().statusCode(200);
		JWEObject jwe = new JWEObject(new JWEHeader.Builder(JWEAlgorithm.RSA_OAEP_256, EncryptionMethod.A256GCM)
			.keyID(this.stubKey.getKeyID())
			.contentType("JWT")
			.build(), new Payload(inner));
		jwe.encrypt(new RSAEncrypter(this.stubKey.toRSAPublicKey()));
		String token = jwe.serialize();
		assertThat(token.split("\\.")).hasSize(5);

		assertInvalidToken(get(token));
	}

	@Test
	void shouldRefuseAJweOfPlainClaims() throws Exception {
		EncryptedJWT jwt = new EncryptedJWT(new JWEHeader.Builder(JWEAlgorithm.RSA_OAEP_256, EncryptionMethod.A256GCM)
			.keyID(this.stubKey.getKeyID())
			.type(new JOSEObjectType("at+jwt"))
			.build(), claims().build());
		jwt.encrypt(new RSAEncrypter(this.stubKey.toRSAPublicKey()));

		assertInvalidToken(get(jwt.serialize()));
	}

	@Test
	void shouldRefuseTokenWithASpaceInsertedInIt() {
		String token = realToken();
		int middle = token.length() / 2;

		assertInvalidToken(get(token.substring(0, middle) + " " + token.substring(middle)));
	}

	@Test
	void shouldRefuseTokenWithATabInsertedInIt() {
		String token = realToken();
		int middle = token.length() / 2;

		assertInvalidToken(get(token.substring(0, middle) + "\t" + token.substring(middle)));
	}

	@Test
	void shouldRefuseTokenFoldedOntoASecondHeaderLine() throws Exception {
		String token = realToken();
		int middle = token.length() / 2;
		RawHttp.Answer answer = RawHttp.exchange(this.port,
				"GET " + MFA_ENABLED + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
						+ token.substring(0, middle) + "\r\n " + token.substring(middle)
						+ "\r\nConnection: close\r\n\r\n");

		assertRefusedOverTheWire(answer);
	}

	@Test
	void shouldRefuseTokenSplitByABareLineFeed() throws Exception {
		String token = realToken();
		int middle = token.length() / 2;
		RawHttp.Answer answer = RawHttp.exchange(this.port,
				"GET " + MFA_ENABLED + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
						+ token.substring(0, middle) + "\n" + token.substring(middle)
						+ "\r\nConnection: close\r\n\r\n");

		assertRefusedOverTheWire(answer);
	}

	// --- The Authorization header itself ---

	@Test
	void shouldTreatTheBearerSchemeCaseInsensitively() throws Exception {
		// RFC 7235 section 2.1 and RFC 6750: the auth scheme is case-insensitive. The
		// stub accepts any spelling of "Bearer" for a good token and refuses a forged
		// one whatever the spelling.
		String token = realToken();
		RSAKey foreign = foreignKey(this.stubKey.getKeyID());
		String forged = sign(foreign, header(this.stubKey.getKeyID()).build(), claims().build());

		for (String scheme : List.of("bearer", "BEARER", "bEaReR")) {
			anonymous().header("Authorization", scheme + " " + token)
				.get(MFA_ENABLED)
				.then()
				.statusCode(200)
				.body(JsonDocument.at("mfaEnabled", equalTo(false)));
			assertInvalidToken(anonymous().header("Authorization", scheme + " " + forged).get(MFA_ENABLED));
		}
	}

	@Test
	void shouldRefuseTwoAuthorizationHeadersWhenTheFirstIsForged() throws Exception {
		RSAKey foreign = foreignKey(this.stubKey.getKeyID());
		String forged = sign(foreign, header(this.stubKey.getKeyID()).build(), claims().build());

		assertInvalidToken(anonymous().header("Authorization", "Bearer " + forged)
			.header("Authorization", "Bearer " + realToken())
			.get(MFA_ENABLED));
	}

	@Test
	void shouldRefuseTwoAuthorizationHeadersWhenTheSecondIsForged() throws Exception {
		// RFC 9110 section 5.3: Authorization is not a list; a request with two is not
		// one
		// a client may send, so neither token is taken.
		RSAKey foreign = foreignKey(this.stubKey.getKeyID());
		String forged = sign(foreign, header(this.stubKey.getKeyID()).build(), claims().build());

		assertInvalidToken(anonymous().header("Authorization", "Bearer " + realToken())
			.header("Authorization", "Bearer " + forged)
			.contentType("application/json")
			.body("{\"mfaEnabled\":true}")
			.put(MFA_ENABLED));
		api().get(MFA_ENABLED).then().body(JsonDocument.at("mfaEnabled", equalTo(false)));
	}

	// --- Claims ---

	@Test
	void shouldRefuseTokenIssuedInTheFuture() throws Exception {
		Instant later = START.plusSeconds(60);
		String token = sign(this.stubKey, header(this.stubKey.getKeyID()).build(),
				claims().issueTime(Date.from(later))
					.expirationTime(Date.from(later.plus(Duration.ofHours(1))))
					.build());

		assertInvalidToken(get(token));
	}

	@Test
	void shouldRefuseTokenForTheRightEnvironmentButAnotherAudience() throws Exception {
		// The stub's tokens name the base URL they were fetched through as aud, as iss
		// does.
		assertThat(AuthAssertions.claims(realToken()).getString("aud")).isEqualTo(href(""));
		String token = sign(this.stubKey, header(this.stubKey.getKeyID()).build(),
				claims().audience("https://another-api.example.com").build());

		assertInvalidToken(get(token));
	}

	@Test
	void shouldRefuseReadOnlyTokenWithScopeAndRolesEscalatedAndSignedByAForeignKey() throws Exception {
		RSAKey foreign = foreignKey(this.stubKey.getKeyID());
		String escalated = sign(foreign, header(this.stubKey.getKeyID()).build(),
				claims().subject(Tokens.READ_ONLY_CLIENT)
					.claim("client_id", Tokens.READ_ONLY_CLIENT)
					.claim("scope", "p1:read:user p1:update:user p1:delete:user")
					.claim("roles", List.of("Environment Admin", "Identity Admin"))
					.build());

		assertInvalidToken(put(escalated));
		assertInvalidToken(anonymous().header("Authorization", "Bearer " + escalated).delete(user(GRACE)));
		api().get(MFA_ENABLED).then().body(JsonDocument.at("mfaEnabled", equalTo(false)));
		api().get(user(GRACE)).then().statusCode(200);
	}

	@Test
	void shouldDecideByTheAppsRolesNotByAnEscalatedScopeEvenUnderTheStubsKey() throws Exception {
		// Not a forgery anyone but the stub could make: it shows scope is never trusted.
		String escalated = sign(this.stubKey, header(this.stubKey.getKeyID()).build(),
				claims().subject(Tokens.READ_ONLY_CLIENT)
					.claim("client_id", Tokens.READ_ONLY_CLIENT)
					.claim("scope", "p1:read:user p1:update:user")
					.build());

		AuthAssertions.assertInsufficientPermissions(put(escalated));
		api().get(MFA_ENABLED).then().body(JsonDocument.at("mfaEnabled", equalTo(false)));
	}

	// --- Apps that are gone or disabled, through the control plane ---

	@Test
	void shouldRefuseATokenOfADeletedSandbox() {
		String token = sandboxToken(SANDBOX_APP, true);

		anonymous().delete("/__stub/environments/" + SANDBOX).then().statusCode(204);

		assertInvalidToken(sandboxGet(token));
	}

	@Test
	void shouldRefuseATokenWhoseAppIsGoneFromTheSandboxCreatedAgainUnderTheSameId() {
		String token = sandboxToken(SANDBOX_APP, true);

		anonymous().delete("/__stub/environments/" + SANDBOX).then().statusCode(204);
		createSandbox("another-app", true);

		assertInvalidToken(sandboxGet(token));
		assertInvalidToken(sandboxWrite(token));
	}

	@Test
	void shouldRefuseATokenWhoseAppIsDisabledInTheSandboxCreatedAgainUnderTheSameId() {
		String token = sandboxToken(SANDBOX_APP, true);

		anonymous().delete("/__stub/environments/" + SANDBOX).then().statusCode(204);
		createSandbox(SANDBOX_APP, false);

		assertInvalidToken(sandboxGet(token));
		assertInvalidToken(sandboxWrite(token));
	}

	@Test
	void shouldKeepAcceptingATokenOfASandboxAppThatResetBringsBack() {
		// Control for the two above: reset keeps the app, so its token keeps working.
		String token = sandboxToken(SANDBOX_APP, true);

		anonymous().post("/__stub/environments/" + SANDBOX + "/reset").then().statusCode(204);

		sandboxGet(token).then().statusCode(200);
	}

	@AfterEach
	void deleteTheSandbox() {
		anonymous().delete("/__stub/environments/" + SANDBOX);
		// Of the documentation organization: left behind, it would be counted in its
		// license.
		anonymous().delete("/__stub/environments/" + OTHER_ENV);
	}

	private Response get(String token) {
		return anonymous().header("Authorization", "Bearer " + token).get(MFA_ENABLED);
	}

	private Response put(String token) {
		return anonymous().header("Authorization", "Bearer " + token)
			.contentType("application/json")
			.body("{\"mfaEnabled\":true}")
			.put(MFA_ENABLED);
	}

	/**
	 * A refusal read off the wire: PingOne's 401 for the token, or Tomcat's 400 for a
	 * header it cannot read, in PingOne's shape either way.
	 */
	private static void assertRefusedOverTheWire(RawHttp.Answer answer) {
		assertThat(answer.status()).as(answer.statusLine() + " " + answer.body()).isIn(400, 401);
		assertThat(answer.header("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		JsonDocument body = JsonDocument.parse(answer.body());
		assertThat(body.getString("id")).isEqualTo(answer.header("Correlation-Id").orElseThrow());
		if (answer.status() == 401) {
			assertThat(body.getString("code")).isEqualTo("ACCESS_FAILED");
			assertThat(body.getString("details[0].code")).isEqualTo("INVALID_TOKEN");
			assertThat(answer.header("WWW-Authenticate"))
				.hasValueSatisfying((value) -> assertThat(value).startsWith("Bearer"));
		}
		else {
			assertThat(body.getString("code")).isEqualTo("INVALID_REQUEST");
		}
	}

	/**
	 * Creates the sandbox with one admin app and fetches a token of it.
	 * @param clientId the app's client id
	 * @param enabled whether the app is enabled
	 * @return the token
	 */
	private String sandboxToken(String clientId, boolean enabled) {
		createSandbox(clientId, enabled);
		String token = Tokens.fetch(this.port, SANDBOX, clientId, SANDBOX_SECRET);
		sandboxGet(token).then().statusCode(200);
		return token;
	}

	private void createSandbox(String clientId, boolean enabled) {
		anonymous().contentType("application/json")
			.body("""
					{"id":"%s","users":[{"id":"%s","username":"ada"}],
					 "applications":[{"clientId":"%s","clientSecret":"%s","roles":["Identity Admin"],"enabled":%s}]}"""
				.formatted(SANDBOX, ADA, clientId, SANDBOX_SECRET, enabled))
			.post("/__stub/environments")
			.then()
			.statusCode(201);
	}

	private Response sandboxGet(String token) {
		return anonymous().auth().oauth2(token).get("/v1/environments/" + SANDBOX + "/users");
	}

	private Response sandboxWrite(String token) {
		return anonymous().auth()
			.oauth2(token)
			.contentType("application/json")
			.body("{\"mfaEnabled\":true}")
			.put("/v1/environments/" + SANDBOX + "/users/" + ADA + "/mfaEnabled");
	}

	/** A token of the admin app from the token endpoint, issued at the clock's now. */
	private String realToken() {
		return Tokens.fetch(this.port, ENV, ADMIN, Tokens.ADMIN_SECRET);
	}

	private void createOtherEnvironmentWithApp(String clientId) {
		this.environments.saveAndFlush(new Environment(UUID.fromString(OTHER_ENV), "Other environment",
				UUID.fromString(ORGANIZATION), UUID.randomUUID(), this.clock.instant()));
		this.applications.register(UUID.fromString(OTHER_ENV), clientId, "Other admin", "other-secret",
				Set.of(Role.IDENTITY_DATA_ADMIN), List.of(Application.CLIENT_CREDENTIALS), true);
	}

	private static JWSHeader.Builder header(String kid) {
		return new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).type(new JOSEObjectType("at+jwt"));
	}

	/** The claims the stub would issue to the admin app now. */
	private JWTClaimsSet.Builder claims() {
		Instant now = this.clock.instant();
		return new JWTClaimsSet.Builder().issuer(href("/" + ENV + "/as"))
			.audience(href(""))
			.subject(ADMIN)
			.claim("client_id", ADMIN)
			.claim("env", ENV)
			.claim("org", ORGANIZATION)
			.claim("scope", "p1:read:user p1:update:user")
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(Duration.ofHours(1))))
			.jwtID(UUID.randomUUID().toString());
	}

	private static String sign(RSAKey key, JWSHeader header, JWTClaimsSet claims) throws Exception {
		SignedJWT jwt = new SignedJWT(header, claims);
		jwt.sign(new RSASSASigner(key));
		return jwt.serialize();
	}

	/**
	 * A key server of the attacker's, on loopback: it counts every request, so a test can
	 * show the stub never fetched a key from a URL a token named.
	 */
	private static final class AttackerServer implements AutoCloseable {

		private final HttpServer server;

		private final AtomicInteger hits = new AtomicInteger();

		private AttackerServer(HttpServer server) {
			this.server = server;
		}

		static AttackerServer serving(String body) throws Exception {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			AttackerServer attacker = new AttackerServer(server);
			server.createContext("/", (exchange) -> {
				attacker.hits.incrementAndGet();
				byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().set("Content-Type", "application/json");
				exchange.sendResponseHeaders(200, bytes.length);
				exchange.getResponseBody().write(bytes);
				exchange.close();
			});
			server.start();
			return attacker;
		}

		URI uri() {
			return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + "/keys");
		}

		int hits() {
			return this.hits.get();
		}

		@Override
		public void close() {
			this.server.stop(0);
		}

	}

}
