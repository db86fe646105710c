package dev.mfastub.auth;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.mfastub.environment.Environment;
import dev.mfastub.environment.EnvironmentRepository;
import dev.mfastub.population.PopulationService;
import dev.mfastub.support.ApiTest;
import dev.mfastub.support.JsonDocument;
import dev.mfastub.support.Tokens;

import org.springframework.beans.factory.annotation.Autowired;

import static dev.mfastub.auth.AuthAssertions.ORGANIZATION;
import static dev.mfastub.auth.AuthAssertions.assertInsufficientPermissions;
import static dev.mfastub.auth.AuthAssertions.assertInvalidToken;
import static dev.mfastub.auth.AuthAssertions.assertNotFound;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Who may do what on {@code /v1}: a token works only on its own environment's paths,
 * writes need a role that writes, the app is looked up on every call, and an environment
 * that does not exist is a 404 whatever the token.
 */
class AccessControlTest extends ApiTest {

	private static final String USERS = "/v1/environments/" + ENV + "/users";

	private static final String ENV_B = "3f6e2d1c-0b9a-4876-8543-210fedcba987";

	private static final String USERS_B = "/v1/environments/" + ENV_B + "/users";

	private static final String B_CLIENT = "b-admin-worker";

	private static final String B_SECRET = "b-admin-secret";

	@Autowired
	private PopulationService populations;

	@Autowired
	private EnvironmentRepository environments;

	@Autowired
	private TestApplications applications;

	/** Every write of {@code /v1}, each with a body the endpoint would accept. */
	static Stream<Arguments> writes() {
		return Stream.of(arguments("PUT mfaEnabled", "PUT", user(ADA) + "/mfaEnabled", "{\"mfaEnabled\":true}"),
				arguments("PUT bypassMFA", "PUT", user(ADA) + "/bypassMFA",
						"{\"bypassMFAEnabledUntil\":\"2025-11-26T00:00:00.000Z\"}"),
				arguments("POST users", "POST", USERS, "{\"username\":\"marie.curie\"}"),
				arguments("PUT user", "PUT", user(ADA), "{\"username\":\"ada.renamed\"}"),
				arguments("PATCH user", "PATCH", user(ADA), "{\"email\":\"changed@example.com\"}"),
				arguments("DELETE user", "DELETE", user(ADA), null));
	}

	/** Every read of {@code /v1}. */
	static Stream<Arguments> reads() {
		return Stream.of(arguments("GET mfaEnabled", user(ADA) + "/mfaEnabled"),
				arguments("GET bypassMFA", user(ADA) + "/bypassMFA"), arguments("GET users", USERS),
				arguments("GET user", user(ADA)));
	}

	// --- Roles ---

	@ParameterizedTest(name = "{0}")
	@MethodSource("reads")
	void shouldLetTheReadOnlyAppRead(String name, String path) {
		anonymous().auth().oauth2(readOnlyToken()).get(path).then().statusCode(200).contentType("application/json");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("writes")
	void shouldRefuseEveryWriteOfTheReadOnlyAppAndChangeNothing(String name, String method, String path, String body) {
		String before = snapshot();

		Response response = send(anonymous().auth().oauth2(readOnlyToken()), method, path, body);

		assertInsufficientPermissions(response);
		response.then()
			.body(JsonDocument.at("details[0].message", equalTo("The application's roles allow reading only.")));
		assertThat(snapshot()).isEqualTo(before);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("writes")
	void shouldLetTheIdentityAdminAppWrite(String name, String method, String path, String body) {
		int status = send(api(), method, path, body).statusCode();

		assertThat(status).isBetween(200, 204);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("writes")
	void shouldLetAnEnvironmentAdminAppWrite(String name, String method, String path, String body) {
		this.applications.register(UUID.fromString(ENV), "env-admin-worker", "Environment admin worker",
				"env-admin-secret", Set.of(Role.ENVIRONMENT_ADMIN), List.of(Application.CLIENT_CREDENTIALS), true);
		String token = Tokens.fetch(this.port, ENV, "env-admin-worker", "env-admin-secret");

		int status = send(anonymous().auth().oauth2(token), method, path, body).statusCode();

		assertThat(status).isBetween(200, 204);
	}

	@Test
	void shouldApplyTheEnvironmentAdminsWriteToTheData() {
		this.applications.register(UUID.fromString(ENV), "env-admin-worker", "Environment admin worker",
				"env-admin-secret", Set.of(Role.ENVIRONMENT_ADMIN), List.of(Application.CLIENT_CREDENTIALS), true);
		String token = Tokens.fetch(this.port, ENV, "env-admin-worker", "env-admin-secret");

		anonymous().auth()
			.oauth2(token)
			.contentType("application/json")
			.body("{\"mfaEnabled\":true}")
			.put(user(ADA) + "/mfaEnabled")
			.then()
			.statusCode(200)
			.body(JsonDocument.at("mfaEnabled", equalTo(true)));

		api().get(user(ADA) + "/mfaEnabled").then().body(JsonDocument.at("mfaEnabled", equalTo(true)));
	}

	@Test
	void shouldRefuseReadOnlyWriteThroughAnUpperCaseEnvironmentId() {
		String before = snapshot();
		String path = "/v1/environments/" + ENV.toUpperCase(Locale.ROOT) + "/users/" + ADA + "/mfaEnabled";

		Response response = anonymous().auth()
			.oauth2(readOnlyToken())
			.contentType("application/json")
			.body("{\"mfaEnabled\":true}")
			.put(path);

		assertInsufficientPermissions(response);
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void shouldRefuseReadOnlyDeleteThroughAnUpperCaseEnvironmentId() {
		Response response = anonymous().auth()
			.oauth2(readOnlyToken())
			.delete("/v1/environments/" + ENV.toUpperCase(Locale.ROOT) + "/users/" + ADA);

		assertInsufficientPermissions(response);
		api().get(user(ADA)).then().statusCode(200);
	}

	// --- Environments ---

	@Test
	void shouldRefuseAnotherEnvironmentsTokenOnThisEnvironmentsReads() {
		String tokenB = environmentB();

		for (String path : List.of(user(ADA), user(ADA) + "/mfaEnabled", user(ADA) + "/bypassMFA", USERS)) {
			Response response = anonymous().auth().oauth2(tokenB).get(path);
			assertInsufficientPermissions(response);
			response.then()
				.body(JsonDocument.at("details[0].message",
						equalTo("The access token was issued for another environment.")));
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("writes")
	void shouldRefuseAnotherEnvironmentsTokenOnThisEnvironmentsWritesAndChangeNothing(String name, String method,
			String path, String body) {
		String tokenB = environmentB();
		String before = snapshot();

		assertInsufficientPermissions(send(anonymous().auth().oauth2(tokenB), method, path, body));
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void shouldRefuseATokenWhoseRolesCoverOnlyItsOwnEnvironmentOnAnotherEnvironmentsPaths() {
		String tokenB = environmentB();
		String created = JsonDocument
			.of(anonymous().auth()
				.oauth2(tokenB)
				.contentType("application/json")
				.body("{\"username\":\"b.user\"}")
				.post(USERS_B)
				.then()
				.statusCode(201)
				.extract())
			.get("id");
		// Identity Data Admin over its own environment, and nothing else.
		String worker = workerToken();

		assertInsufficientPermissions(anonymous().auth().oauth2(worker).get(USERS_B));
		assertInsufficientPermissions(anonymous().auth().oauth2(worker).get(USERS_B + "/" + created));
		assertInsufficientPermissions(anonymous().auth()
			.oauth2(worker)
			.contentType("application/json")
			.body("{\"mfaEnabled\":true}")
			.put(USERS_B + "/" + created + "/mfaEnabled"));
		assertInsufficientPermissions(anonymous().auth().oauth2(worker).delete(USERS_B + "/" + created));
		anonymous().auth()
			.oauth2(tokenB)
			.get(USERS_B + "/" + created + "/mfaEnabled")
			.then()
			.statusCode(200)
			.body(JsonDocument.at("mfaEnabled", equalTo(false)));
	}

	/**
	 * PingOne's getting-started admin app holds Environment Admin over the organization:
	 * its token, issued by the admin environment, works on every environment of that
	 * organization, and on no other.
	 */
	@Test
	void shouldLetARoleOverTheOrganizationReachEveryEnvironmentOfItAndNoOther() {
		environmentB();
		UUID elsewhere = UUID.randomUUID();
		saveEnvironment(elsewhere, "Another organization's", UUID.randomUUID());

		String created = JsonDocument
			.of(api().contentType("application/json")
				.body("{\"username\":\"made.by.the.admin\"}")
				.post(USERS_B)
				.then()
				.statusCode(201)
				.extract())
			.get("id");
		api().contentType("application/json")
			.body("{\"mfaEnabled\":true}")
			.put(USERS_B + "/" + created + "/mfaEnabled")
			.then()
			.statusCode(200)
			.body(JsonDocument.at("mfaEnabled", equalTo(true)));
		api().get(USERS_B + "/" + created).then().statusCode(200);

		Response refused = api().get("/v1/environments/" + elsewhere + "/users");
		assertInsufficientPermissions(refused);
		refused.then()
			.body(JsonDocument.at("details[0].message",
					equalTo("The access token was issued for another environment.")));
		anonymous().delete("/__stub/environments/" + elsewhere).then().statusCode(204);
	}

	@Test
	void shouldRefuseAnotherEnvironmentsTokenThroughAnUpperCaseEnvironmentId() {
		String tokenB = environmentB();

		assertInsufficientPermissions(
				anonymous().auth().oauth2(tokenB).get("/v1/environments/" + ENV.toUpperCase(Locale.ROOT) + "/users"));
	}

	@Test
	void shouldAnswerNotFoundForUnknownEnvironmentWithAValidToken() {
		assertNotFound(api().get("/v1/environments/" + UNKNOWN + "/users"));
		assertNotFound(api().get("/v1/environments/" + UNKNOWN + "/users/" + ADA + "/mfaEnabled"));
		assertNotFound(anonymous().auth()
			.oauth2(readOnlyToken())
			.contentType("application/json")
			.body("{\"mfaEnabled\":true}")
			.put("/v1/environments/" + UNKNOWN + "/users/" + ADA + "/mfaEnabled"));
	}

	@Test
	void shouldAnswerNotFoundForEnvironmentIdThatIsNotAUuidWithAValidToken() {
		assertNotFound(api().get("/v1/environments/not-a-uuid/users"));
	}

	@Test
	void shouldStillRequireATokenForUnknownEnvironment() {
		assertInvalidToken(anonymous().get("/v1/environments/" + UNKNOWN + "/users"));
	}

	// --- The app is looked up on every call ---

	@Test
	void shouldRefuseAnIssuedTokenAtOnceWhenItsAppIsDisabled() {
		String token = workerToken();
		anonymous().auth().oauth2(token).get(USERS).then().statusCode(200);

		Application worker = worker();
		this.applications.enable(worker, false);

		assertInvalidToken(anonymous().auth().oauth2(token).get(USERS));
		assertInvalidToken(anonymous().auth()
			.oauth2(token)
			.contentType("application/json")
			.body("{\"mfaEnabled\":true}")
			.put(user(ADA) + "/mfaEnabled"));
		api().get(user(ADA) + "/mfaEnabled").then().body(JsonDocument.at("mfaEnabled", equalTo(false)));
	}

	@Test
	void shouldAcceptTheTokenAgainWhenItsAppIsReEnabled() {
		String token = workerToken();
		Application worker = worker();
		this.applications.enable(worker, false);
		assertInvalidToken(anonymous().auth().oauth2(token).get(USERS));

		worker = worker();
		this.applications.enable(worker, true);

		anonymous().auth().oauth2(token).get(USERS).then().statusCode(200);
	}

	@Test
	void shouldRefuseAnIssuedTokenAtOnceWhenItsAppIsDeleted() {
		String token = workerToken();
		anonymous().auth().oauth2(token).get(USERS).then().statusCode(200);

		this.applications.delete(worker());

		assertInvalidToken(anonymous().auth().oauth2(token).get(USERS));
	}

	@Test
	void shouldRefuseAnIssuedTokenOfAnAppDeletedAndRegisteredAgainInAnotherEnvironment() {
		String token = workerToken();
		this.applications.delete(worker());
		saveEnvironment(UUID.fromString(ENV_B), "Environment B", UUID.fromString(ORGANIZATION));
		this.applications.register(UUID.fromString(ENV_B), "worker-under-test", "Worker", "worker-secret",
				Set.of(Role.IDENTITY_DATA_ADMIN), List.of(Application.CLIENT_CREDENTIALS), true);

		assertInvalidToken(anonymous().auth().oauth2(token).get(USERS));
	}

	/** Environment B outlives the per-test reset of the documentation environment. */
	@AfterEach
	void deleteEnvironmentB() {
		anonymous().delete("/__stub/environments/" + ENV_B);
	}

	// --- Helpers ---

	/** An environment with its default population, written past the API. */
	private void saveEnvironment(UUID id, String name, UUID organization) {
		UUID population = UUID.randomUUID();
		this.environments.saveAndFlush(new Environment(id, name, organization, population, this.clock.instant()));
		this.populations.restore(id, population, List.of(), this.clock.instant());
	}

	/**
	 * Creates environment B, of the documentation environment's organization, with an
	 * Identity Data Admin worker app.
	 * @return a token of B's app, from B's token endpoint
	 */
	private String environmentB() {
		saveEnvironment(UUID.fromString(ENV_B), "Environment B", UUID.fromString(ORGANIZATION));
		this.applications.register(UUID.fromString(ENV_B), B_CLIENT, "B admin worker", B_SECRET,
				Set.of(Role.IDENTITY_DATA_ADMIN), List.of(Application.CLIENT_CREDENTIALS), true);
		String token = Tokens.fetch(this.port, ENV_B, B_CLIENT, B_SECRET);
		assertThat(AuthAssertions.claims(token).getString("env")).isEqualTo(ENV_B);
		return token;
	}

	private String workerToken() {
		this.applications.register(UUID.fromString(ENV), "worker-under-test", "Worker", "worker-secret",
				Set.of(Role.IDENTITY_DATA_ADMIN), List.of(Application.CLIENT_CREDENTIALS), true);
		return Tokens.fetch(this.port, ENV, "worker-under-test", "worker-secret");
	}

	private Application worker() {
		return this.applications.find(UUID.fromString(ENV), "worker-under-test");
	}

	/** The environment's users as the admin sees them, every field of every user. */
	private String snapshot() {
		StringBuilder state = new StringBuilder(api().get(USERS).then().statusCode(200).extract().asString());
		for (String id : List.of(ADA, GRACE, ALAN)) {
			state.append('\n').append(api().get(user(id) + "/bypassMFA").then().extract().asString());
		}
		return state.toString();
	}

	private static Response send(RequestSpecification request, String method, String path, String body) {
		if (body != null) {
			request = request.contentType("application/json").body(body);
		}
		return request.request(method, path);
	}

}
