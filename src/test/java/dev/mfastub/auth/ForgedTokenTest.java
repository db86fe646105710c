package dev.mfastub.auth;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.mfastub.environment.Environment;
import dev.mfastub.environment.EnvironmentRepository;
import dev.mfastub.support.ApiTest;
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

	@Autowired
	private SigningKeyRepository signingKeys;

	@Autowired
	private EnvironmentRepository environments;

	@Autowired
	private Applications applications;

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

	@Test
	void shouldAcceptATokenSignedWithTheStubsKeyAndRightClaims() throws Exception {
		String token = sign(this.stubKey, header(this.stubKey.getKeyID()).build(), claims().build());

		get(token).then().statusCode(200).body("mfaEnabled", equalTo(false));
	}

	// --- No usable token at all ---

	@Test
	void shouldRefuseRequestWithoutAuthorizationHeader() {
		Response response = anonymous().get(MFA_ENABLED);

		assertInvalidToken(response);
		assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
		response.then()
			.body("details[0].message", equalTo("An access token is required: send Authorization: Bearer <token>."));
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
		response.then().body("details[0].message", equalTo("The access token is invalid or has expired."));
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
		api().get(MFA_ENABLED).then().body("mfaEnabled", equalTo(false));
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
		RSAKey foreign = new RSAKeyGenerator(2048).keyID(this.stubKey.getKeyID()).generate();

		assertInvalidToken(get(sign(foreign, header(this.stubKey.getKeyID()).build(), claims().build())));
	}

	@Test
	void shouldRefuseTokenSignedByAForeignKeyUnderARandomKid() throws Exception {
		RSAKey foreign = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();

		assertInvalidToken(get(sign(foreign, header(foreign.getKeyID()).build(), claims().build())));
	}

	@Test
	void shouldRefuseTokenSignedByAForeignKeyWithoutKid() throws Exception {
		RSAKey foreign = new RSAKeyGenerator(2048).generate();

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
		RSAKey foreign = new RSAKeyGenerator(2048).keyID(this.stubKey.getKeyID()).generate();
		String token = sign(foreign, header(this.stubKey.getKeyID()).build(),
				claims().claim("padding", "x".repeat(4400)).build());
		assertThat(token.length()).isGreaterThan(6000).isLessThan(7500);

		assertInvalidToken(get(token));
	}

	@Test
	void shouldRefuseOversizedTokenBeyondTheHeaderLimit() throws Exception {
		RSAKey foreign = new RSAKeyGenerator(2048).keyID(this.stubKey.getKeyID()).generate();
		String token = sign(foreign, header(this.stubKey.getKeyID()).build(),
				claims().claim("padding", "x".repeat(20_000)).build());

		assertInvalidToken(get(token));
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

	/** A token of the admin app from the token endpoint, issued at the clock's now. */
	private String realToken() {
		return Tokens.fetch(this.port, ENV, ADMIN, Tokens.ADMIN_SECRET);
	}

	private void createOtherEnvironmentWithApp(String clientId) {
		this.environments.saveAndFlush(new Environment(UUID.fromString(OTHER_ENV), "Other environment",
				UUID.fromString(ORGANIZATION), UUID.randomUUID(), this.clock.instant()));
		this.applications.register(UUID.fromString(OTHER_ENV), clientId, "Other admin", "other-secret",
				Set.of(Role.IDENTITY_ADMIN), List.of(Application.CLIENT_CREDENTIALS), true);
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

}
