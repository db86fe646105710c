package dev.mfastub.user;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.mfastub.support.ApiTest;
import dev.mfastub.support.Json;
import dev.mfastub.support.JsonDocument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The user endpoints over HTTP: create, read, list (paging and filters), replace, patch
 * and delete, with the exact bodies, headers and errors a client sees.
 */
class UserApiTest extends ApiTest {

	private static final String ENVIRONMENT = "/v1/environments/" + ENV;

	private static final String USERS = ENVIRONMENT + "/users";

	private static final String UNKNOWN_ENVIRONMENT_USERS = "/v1/environments/" + UNKNOWN + "/users";

	/** The default population of the documentation environment. */
	private static final String DEFAULT_POPULATION = "60971d3b-cc5a-4601-9c44-2be541f91bf1";

	/** A population id the documentation environment does not have. */
	private static final String OTHER_POPULATION = "3d3c3b3a-2f2e-4d2c-8b2a-191817161514";

	private static final String START_TEXT = "2025-11-20T10:00:00.000Z";

	private static final String INVALID_DATA_MESSAGE = "The request could not be completed. One or more validation errors were in the request.";

	private static final String NOT_FOUND_MESSAGE = "The request could not be completed. The requested resource was not found.";

	private static final String TEXT_PATTERN = "^[\\p{L}\\p{M}\\p{Zs}\\p{S}\\p{N}\\p{P}]*$";

	private static final String USERNAME_SIZE_MESSAGE = "username must be from 1 to 128 characters long.";

	private static final String LIMIT_MESSAGE = "limit must be an integer from 1 to 1000.";

	private static final String CURSOR_MESSAGE = "cursor is not one this server returned in a next or prev link.";

	private static final String UNIQUENESS_MESSAGE = "A user with this username already exists in the environment.";

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private String otherPopulation;

	// --- Create ---

	@Test
	void shouldCreateUserFromJsonAndAnswerWithTheWholeUser() {
		Response response = api().contentType("application/json").body("""
				{
				  "username": "marie.curie",
				  "email": "marie.curie@example.com",
				  "name": { "given": "Marie", "family": "Curie" }
				}""").post(USERS);

		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(response.contentType()).isEqualTo("application/json");
		String id = JsonDocument.of(response).getString("id");
		assertThat(UUID.fromString(id)).hasToString(id);
		String self = href(USERS + "/" + id);
		assertThat(response.header("Location")).isEqualTo(self);
		assertThat(response.asString()).isEqualTo(Json.compact("""
				{
				  "_links": {
				    "self": { "href": "%1$s" },
				    "environment": { "href": "%2$s" },
				    "population": { "href": "%2$s/populations/60971d3b-cc5a-4601-9c44-2be541f91bf1" },
				    "devices": { "href": "%1$s/devices" },
				    "roleAssignments": { "href": "%1$s/roleAssignments" },
				    "password": { "href": "%1$s/password" },
				    "password.reset": { "href": "%1$s/password" },
				    "password.set": { "href": "%1$s/password" },
				    "password.check": { "href": "%1$s/password" },
				    "password.recover": { "href": "%1$s/password" },
				    "linkedAccounts": { "href": "%1$s/linkedAccounts" },
				    "account.sendVerificationCode": { "href": "%1$s" }
				  },
				  "id": "%3$s",
				  "environment": { "id": "%4$s" },
				  "account": { "canAuthenticate": true, "status": "OK" },
				  "createdAt": "2025-11-20T10:00:00.000Z",
				  "email": "marie.curie@example.com",
				  "emailVerified": false,
				  "enabled": true,
				  "identityProvider": { "type": "PING_ONE" },
				  "lifecycle": { "status": "ACCOUNT_OK" },
				  "mfaEnabled": false,
				  "name": { "given": "Marie", "family": "Curie" },
				  "population": { "id": "60971d3b-cc5a-4601-9c44-2be541f91bf1" },
				  "updatedAt": "2025-11-20T10:00:00.000Z",
				  "username": "marie.curie",
				  "verifyStatus": "NOT_INITIATED"
				}""".formatted(self, href(ENVIRONMENT), id, ENV)));
	}

	@Test
	void shouldCreateUserFromUserImportJsonInTheGivenPopulationWithMfaEnabled() {
		Response response = api().config(RestAssured.config()
			.encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
			.contentType("application/vnd.pingidentity.user.import+json")
			.body("{\"username\": \"imported.user\", \"population\": {\"id\": \"" + otherPopulation()
					+ "\"}, \"mfaEnabled\": true}")
			.post(USERS);

		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(response.contentType()).isEqualTo("application/json");
		String id = JsonDocument.of(response).getString("id");
		assertThat(response.header("Location")).isEqualTo(href(USERS + "/" + id))
			.isEqualTo(JsonDocument.of(response).getString("_links.self.href"));
		assertThat(response.asString())
			.isEqualTo(userJson(id, "imported.user", null, null, true, this.otherPopulation, START_TEXT, START_TEXT));
	}

	@Test
	void shouldCreateUserWithOnlyAUsernameInTheDefaultPopulationWithMfaDisabled() {
		Response response = create("{\"username\": \"minimal\"}");

		assertThat(response.statusCode()).isEqualTo(201);
		String id = JsonDocument.of(response).getString("id");
		assertThat(response.asString())
			.isEqualTo(userJson(id, "minimal", null, null, false, DEFAULT_POPULATION, START_TEXT, START_TEXT));
	}

	@Test
	void shouldCreateUserWithMfaDisabledWhenRequestSaysFalse() {
		Response response = create("{\"username\": \"mfa.off\", \"mfaEnabled\": false}");

		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(JsonDocument.of(response).getBoolean("mfaEnabled")).isFalse();
	}

	@Test
	void shouldStampCreatedUserWithTheEnvironmentClock() {
		this.clock.advance(Duration.ofDays(3).plusMillis(42));

		Response response = create("{\"username\": \"later\"}");
		JsonDocument json = JsonDocument.of(response);

		assertThat(json.getString("createdAt")).isEqualTo("2025-11-23T10:00:00.042Z");
		assertThat(json.getString("updatedAt")).isEqualTo("2025-11-23T10:00:00.042Z");
	}

	@Test
	void shouldLinkCreatedUserOnTheHostTheClientCalled() {
		Response response = api().header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-Host", "api.pingone.example")
			.contentType("application/json")
			.body("{\"username\": \"linked.user\"}")
			.post(USERS);

		assertThat(response.statusCode()).isEqualTo(201);
		String id = JsonDocument.of(response).getString("id");
		String expected = "https://api.pingone.example/v1/environments/" + ENV + "/users/" + id;
		assertThat(response.header("Location")).isEqualTo(expected);
		assertThat(JsonDocument.of(response).getString("_links.self.href")).isEqualTo(expected);
	}

	@Test
	void shouldAnswerTheCreatedUserAtItsLocation() {
		Response created = create("{\"username\": \"found.user\", \"email\": \"found@example.com\"}");

		Response fetched = RestAssured.given().auth().oauth2(accessToken()).get(created.header("Location"));

		assertThat(fetched.statusCode()).isEqualTo(200);
		assertThat(fetched.asString()).isEqualTo(created.asString());
		assertThat(count()).isEqualTo(4);
	}

	@ParameterizedTest
	@ValueSource(strings = { "{}", "{\"username\": null}", "{\"email\": \"no.username@example.com\"}" })
	void shouldRequireUsernameOnCreate(String body) {
		assertCreateRefused(body, detail("REQUIRED_VALUE", "username", "username is required."));
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 129, 500 })
	void shouldRefuseUsernameWhoseLengthIsOutsideOneTo128(int length) {
		assertCreateRefused("{\"username\": \"" + "u".repeat(length) + "\"}",
				detail("INVALID_VALUE", "username", USERNAME_SIZE_MESSAGE, Map.of("range", List.of(1, 128))));
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 128 })
	void shouldAcceptUsernameOfOneTo128Characters(int length) {
		String username = "u".repeat(length);

		Response response = create("{\"username\": \"" + username + "\"}");

		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(JsonDocument.of(response).getString("username")).isEqualTo(username);
	}

	@Test
	void shouldAcceptUsernameWhoseLowerCaseFormIsLonger() {
		// U+0130 (capital I with dot above) is a letter the username pattern allows;
		// folded
		// to lower case it becomes two characters ("i" + U+0307).
		String username = "\u0130".repeat(65);

		Response response = api().contentType("application/json; charset=UTF-8")
			.body(("{\"username\": \"" + username + "\"}").getBytes(StandardCharsets.UTF_8))
			.post(USERS);

		assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
		JsonNode body = MAPPER.readTree(response.asByteArray());
		assertThat(body.get("username").asString()).isEqualTo(username);
	}

	@ParameterizedTest
	@ValueSource(strings = { "\\u0007", "\\u0000", "\\n", "\\t", "\\u001b", "\\u007f", "\\u200b" })
	void shouldRefuseUsernameWithControlOrFormatCharacter(String escaped) {
		Response response = assertCreateRefused("{\"username\": \"bell" + escaped + "user\"}",
				detail("INVALID_VALUE", "username", "username contains characters that are not allowed.",
						Map.of("allowedPattern", TEXT_PATTERN)));

		assertThat(JsonDocument.of(response).getString("details[0].innerError.allowedPattern")).isEqualTo(TEXT_PATTERN);
	}

	@ParameterizedTest
	@ValueSource(strings = { "ada.lovelace", "ADA.LOVELACE", "Ada.Lovelace" })
	void shouldRefuseUsernameThatAnotherUserHasIgnoringCase(String username) {
		assertCreateRefused("{\"username\": \"" + username + "\"}",
				detail("UNIQUENESS_VIOLATION", "username", UNIQUENESS_MESSAGE));
	}

	@ParameterizedTest
	@ValueSource(strings = { "not-an-email", "two@@example.com", "spaces in@example.com" })
	void shouldRefuseInvalidEmail(String email) {
		assertCreateRefused("{\"username\": \"emailless\", \"email\": \"" + email + "\"}",
				detail("INVALID_VALUE", "email", "email must be a valid email address."));
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"abc\"", "\"7e94b96e\"", "42" })
	void shouldRefusePopulationIdThatIsNotAUuid(String populationId) {
		assertCreateRefused("{\"username\": \"lost\", \"population\": {\"id\": " + populationId + "}}",
				detail("INVALID_VALUE", "population.id", "population.id must be a UUID."));
	}

	@Test
	void shouldRequirePopulationIdWhenPopulationIsGiven() {
		Response response = create("{\"username\": \"lost\", \"population\": {}}");

		assertInvalidData(response, detail("REQUIRED_VALUE", "population.id", "population.id is required."));
	}

	static Stream<Arguments> wronglyTypedBodies() {
		return Stream.of(arguments("{\"username\": 5}", "username", "username must be a string."),
				arguments("{\"username\": true}", "username", "username must be a string."),
				arguments("{\"username\": \"typed\", \"mfaEnabled\": \"true\"}", "mfaEnabled",
						"mfaEnabled must be a boolean."),
				arguments("{\"username\": \"typed\", \"mfaEnabled\": 1}", "mfaEnabled",
						"mfaEnabled must be a boolean."),
				arguments("{\"username\": \"typed\", \"email\": 5}", "email", "email must be a string."));
	}

	@ParameterizedTest
	@MethodSource("wronglyTypedBodies")
	void shouldRefuseValuesOfTheWrongJsonType(String body, String target, String message) {
		assertCreateRefused(body, detail("INVALID_VALUE", target, message));
	}

	@Test
	void shouldDescribeValidationErrorsInEnglishWhateverAcceptLanguageSays() {
		Response response = api().header("Accept-Language", "de-DE")
			.contentType("application/json")
			.body("{\"username\": \"\"}")
			.post(USERS);

		assertInvalidData(response,
				detail("INVALID_VALUE", "username", USERNAME_SIZE_MESSAGE, Map.of("range", List.of(1, 128))));
	}

	@ParameterizedTest
	@ValueSource(strings = { UNKNOWN_ENVIRONMENT_USERS, "/v1/environments/not-a-uuid/users" })
	void shouldNotCreateUserInAnEnvironmentThatDoesNotExist(String path) {
		Response response = api().contentType("application/json").body("{\"username\": \"homeless\"}").post(path);

		assertNotFound(response);
		assertThat(count()).isEqualTo(3);
	}

	// --- Read one ---

	@Test
	void shouldGetSeedUser() {
		Response response = api().get(user(ADA));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.contentType()).isEqualTo("application/json");
		assertThat(response.asString()).isEqualTo(userJson(ADA, "ada.lovelace", "ada.lovelace@example.com",
				name("Ada", "Lovelace"), false, DEFAULT_POPULATION, START_TEXT, START_TEXT));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/v1/environments/" + ENV + "/users/" + UNKNOWN,
			"/v1/environments/" + UNKNOWN + "/users/" + ADA, "/v1/environments/" + ENV + "/users/not-a-uuid",
			"/v1/environments/not-a-uuid/users/" + ADA, "/v1/environments/" + ENV + "/users/7e94b96e" })
	void shouldAnswerNotFoundForUserThatDoesNotExist(String path) {
		assertNotFound(api().get(path));
	}

	// --- List ---

	@Test
	void shouldListTheSeedUsersInIdOrder() {
		Response response = api().get(USERS);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.contentType()).isEqualTo("application/json");
		assertThat(JsonDocument.of(response).getInt("count")).isEqualTo(3);
		assertThat(JsonDocument.of(response).getInt("size")).isEqualTo(3);
		assertThat(JsonDocument.of(response).getList("_embedded.users.id", String.class)).containsExactly(GRACE, ADA,
				ALAN);
		assertThat(JsonDocument.of(response).getString("_links.self.href")).isEqualTo(href(USERS));
		assertThat(JsonDocument.of(response).getMap("_links")).containsOnlyKeys("self");
	}

	@Test
	void shouldListUsersExactlyAsTheyAreShownOneByOne() {
		Response response = api().get(USERS);

		JsonNode users = MAPPER.readTree(response.asString()).get("_embedded").get("users");
		assertThat(users).hasSize(3);
		for (JsonNode listed : users) {
			String single = api().get(user(listed.get("id").asString())).asString();
			assertThat(MAPPER.writeValueAsString(listed)).isEqualTo(single);
		}
	}

	@Test
	void shouldAnswerFirstPageWithLinkToTheRest() {
		Response first = api().queryParam("limit", 2).get(USERS);

		assertThat(first.statusCode()).isEqualTo(200);
		JsonDocument firstJson = JsonDocument.of(first);
		assertThat(firstJson.getInt("count")).isEqualTo(3);
		assertThat(firstJson.getInt("size")).isEqualTo(2);
		assertThat(firstJson.getList("_embedded.users.id", String.class)).containsExactly(GRACE, ADA);
		assertThat(firstJson.getString("_links.self.href")).isEqualTo(href(USERS + "?limit=2"));
		String next = firstJson.getString("_links.next.href");
		assertThat(next).startsWith(href(USERS + "?"));

		Response second = RestAssured.given().auth().oauth2(accessToken()).urlEncodingEnabled(false).get(next);

		assertThat(second.statusCode()).isEqualTo(200);
		JsonDocument secondJson = JsonDocument.of(second);
		assertThat(secondJson.getInt("count")).isEqualTo(3);
		assertThat(secondJson.getInt("size")).isEqualTo(1);
		assertThat(secondJson.getList("_embedded.users.id", String.class)).containsExactly(ALAN);
		assertThat(secondJson.getString("_links.self.href")).isEqualTo(next);
		assertThat(secondJson.getMap("_links")).containsOnlyKeys("self", "prev");

		Response back = RestAssured.given()
			.auth()
			.oauth2(accessToken())
			.urlEncodingEnabled(false)
			.get(secondJson.getString("_links.prev.href"));

		assertThat(back.statusCode()).isEqualTo(200);
		JsonDocument backJson = JsonDocument.of(back);
		assertThat(backJson.getList("_embedded.users.id", String.class)).containsExactly(GRACE, ADA);
		assertThat(backJson.getInt("size")).isEqualTo(2);
		assertThat(backJson.getString("_links.next.href")).isEqualTo(next);
		assertThat(backJson.getMap("_links")).containsOnlyKeys("self", "next");
	}

	@Test
	void shouldWalkBackFromTheLastPageToTheFirstThroughPrevLinks() {
		createUsersAfterTheSeed("back.", 6);
		List<Response> forward = pages(api().queryParam("limit", 4).get(USERS));
		assertThat(forward).hasSize(3);

		List<List<String>> backward = new ArrayList<>();
		Response page = forward.get(2);
		String prev = JsonDocument.of(page).getString("_links.prev.href");
		while (prev != null) {
			assertThat(backward).as("pages followed back").hasSizeLessThan(10);
			page = RestAssured.given().auth().oauth2(accessToken()).urlEncodingEnabled(false).get(prev);
			assertThat(page.statusCode()).as(page.asString()).isEqualTo(200);
			backward.add(0, JsonDocument.of(page).getList("_embedded.users.id", String.class));
			prev = JsonDocument.of(page).getString("_links.prev.href");
		}

		assertThat(backward).containsExactly(
				JsonDocument.of(forward.get(0)).getList("_embedded.users.id", String.class),
				JsonDocument.of(forward.get(1)).getList("_embedded.users.id", String.class));
		assertThat(JsonDocument.of(page).getMap("_links")).containsOnlyKeys("self", "next");
	}

	@Test
	void shouldPutAtMost200UsersOnAPageWhateverTheLimit() {
		createUsersAfterTheSeed("many.", 200);

		Response response = api().queryParam("limit", 1000).get(USERS);

		JsonDocument json = JsonDocument.of(response);
		assertThat(json.getInt("count")).isEqualTo(203);
		assertThat(json.getInt("size")).isEqualTo(200);
		assertThat(json.getList("_embedded.users")).hasSize(200);
		assertThat(json.getString("_links.next.href")).startsWith(href(USERS + "?limit=1000&cursor="));
	}

	@Test
	void shouldNotLinkToANextPageWhenThePageHoldsTheLastUser() {
		Response response = api().queryParam("limit", 3).get(USERS);
		JsonDocument json = JsonDocument.of(response);

		assertThat(json.getInt("size")).isEqualTo(3);
		assertThat(json.getMap("_links")).containsOnlyKeys("self");
	}

	@Test
	void shouldVisitEveryUserExactlyOnceWhenPaging() {
		List<String> all = createUsersAfterTheSeed("pager.", 8);

		List<Response> pages = pages(api().queryParam("limit", 3).get(USERS));

		assertThat(pages).hasSize(4);
		List<String> visited = new ArrayList<>();
		for (Response page : pages) {
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(JsonDocument.of(page).getInt("count")).isEqualTo(11);
			visited.addAll(JsonDocument.of(page).getList("_embedded.users.id", String.class));
		}
		assertThat(pages).extracting((page) -> JsonDocument.of(page).getInt("size")).containsExactly(3, 3, 3, 2);
		assertThat(new HashSet<>(visited)).hasSameSizeAs(visited);
		assertThat(visited).containsExactlyInAnyOrderElementsOf(all);
		assertThat(visited).isSorted();
	}

	@Test
	void shouldKeepTheFilterWhenFollowingNextLinks() {
		List<String> matching = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			matching.add(createdId("{\"username\": \"page \\\"" + i + "\\\" & more\"}"));
		}

		List<Response> pages = pages(
				api().queryParam("filter", "username sw \"page \\\"\"").queryParam("limit", 2).get(USERS));

		assertThat(pages).hasSize(3);
		List<String> visited = new ArrayList<>();
		for (Response page : pages) {
			assertThat(page.statusCode()).isEqualTo(200);
			JsonDocument pageJson = JsonDocument.of(page);
			assertThat(pageJson.getInt("count")).isEqualTo(5);
			visited.addAll(pageJson.getList("_embedded.users.id", String.class));
		}
		assertThat(visited).containsExactlyInAnyOrderElementsOf(matching);
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "1001", "abc", "-1", "", "2.5", "99999999999" })
	void shouldRefuseLimitOutsideOneTo1000(String limit) {
		Response response = api().queryParam("limit", limit).get(USERS);

		assertInvalidData(response, detail("INVALID_VALUE", "limit", LIMIT_MESSAGE, Map.of("range", List.of(1, 1000))));
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 1000 })
	void shouldAcceptLimitAtTheEndsOfItsRange(int limit) {
		Response response = api().queryParam("limit", limit).get(USERS);

		assertThat(response.statusCode()).isEqualTo(200);
		JsonDocument json = JsonDocument.of(response);
		assertThat(json.getInt("size")).isEqualTo(Math.min(limit, 3));
		assertThat(json.getInt("count")).isEqualTo(3);
	}

	@ParameterizedTest
	@ValueSource(strings = { "garbage!", "abc", "bm90LWEtdXVpZA", "", "%%%" })
	void shouldRefuseCursorThisServerDidNotHandOut(String cursor) {
		Response response = api().queryParam("cursor", cursor).get(USERS);

		assertInvalidData(response, detail("INVALID_VALUE", "cursor", CURSOR_MESSAGE));
	}

	@Test
	void shouldRefuseCursorThatHoldsAnUnnormalisedUuid() {
		String cursor = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(ADA.toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));

		Response response = api().queryParam("cursor", cursor).get(USERS);

		assertInvalidData(response, detail("INVALID_VALUE", "cursor", CURSOR_MESSAGE));
	}

	@ParameterizedTest
	@ValueSource(strings = { UNKNOWN_ENVIRONMENT_USERS, "/v1/environments/not-a-uuid/users" })
	void shouldNotListUsersOfAnEnvironmentThatDoesNotExist(String path) {
		assertNotFound(api().get(path));
	}

	// --- Filters ---

	static Stream<Arguments> filtersAndTheUsersTheyMatch() {
		List<String> all = List.of("grace.hopper", "ada.lovelace", "alan.turing");
		return Stream.of(arguments("username eq \"ada.lovelace\"", List.of("ada.lovelace")),
				arguments("username eq \"ADA.LoveLace\"", List.of("ada.lovelace")),
				arguments("username eq \"ada\"", List.of()),
				arguments("email eq \"Grace.Hopper@Example.COM\"", List.of("grace.hopper")),
				arguments("username sw \"a\"", List.of("ada.lovelace", "alan.turing")),
				arguments("username sw \"AL\"", List.of("alan.turing")),
				arguments("email sw \"GRACE\"", List.of("grace.hopper")), arguments("username sw \"ada_\"", List.of()),
				arguments("username sw \"%\"", List.of()), arguments("username sw \"\"", all),
				arguments("username sw \"a\" and email sw \"alan\"", List.of("alan.turing")),
				arguments("username eq \"ada.lovelace\" or username eq \"grace.hopper\"",
						List.of("grace.hopper", "ada.lovelace")),
				arguments("username eq \"ada.lovelace\" or username sw \"g\" and email sw \"alan\"",
						List.of("ada.lovelace")),
				arguments("(username eq \"ada.lovelace\" or username eq \"alan.turing\") and email sw \"alan\"",
						List.of("alan.turing")),
				arguments("username eq \"ada.lovelace\" or (username sw \"g\" and email sw \"grace\")",
						List.of("grace.hopper", "ada.lovelace")),
				arguments("((username sw \"a\"))", List.of("ada.lovelace", "alan.turing")),
				arguments("username EQ \"ada.lovelace\" OR username Eq \"alan.turing\"",
						List.of("ada.lovelace", "alan.turing")),
				arguments("id eq \"" + ALAN + "\"", List.of("alan.turing")),
				arguments("id eq \"" + ALAN.toUpperCase(Locale.ROOT) + "\"", List.of("alan.turing")),
				arguments("id eq \"" + UNKNOWN + "\"", List.of()),
				arguments("population.id eq \"" + DEFAULT_POPULATION + "\"", all),
				arguments("population.id eq \"" + OTHER_POPULATION + "\"", List.of()),
				arguments("enabled eq true", all), arguments("mfaEnabled eq false", all),
				arguments("mfaEnabled eq true", List.of()));
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@MethodSource("filtersAndTheUsersTheyMatch")
	void shouldListOnlyUsersMatchingTheFilter(String filter, List<String> usernames) {
		Response response = api().queryParam("filter", filter).get(USERS);

		assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
		JsonDocument json = JsonDocument.of(response);
		assertThat(json.getList("_embedded.users.username", String.class)).containsExactlyElementsOf(usernames);
		assertThat(json.getInt("count")).isEqualTo(usernames.size());
		assertThat(json.getInt("size")).isEqualTo(usernames.size());
	}

	@Test
	void shouldFilterOnMfaEnabled() {
		setMfaEnabled(GRACE, true);

		Response enabled = api().queryParam("filter", "mfaEnabled eq true").get(USERS);
		Response disabled = api().queryParam("filter", "mfaEnabled eq false").get(USERS);
		JsonDocument enabledJson = JsonDocument.of(enabled);

		assertThat(enabledJson.getList("_embedded.users.id", String.class)).containsExactly(GRACE);
		assertThat(enabledJson.getList("_embedded.users.mfaEnabled", Boolean.class)).containsExactly(true);
		assertThat(JsonDocument.of(disabled).getList("_embedded.users.id", String.class)).containsExactly(ADA, ALAN);
	}

	@Test
	void shouldFilterOnTheUsernameAUserHasNow() {
		patch(ADA, "{\"username\": \"Countess.Lovelace\"}");

		Response renamed = api().queryParam("filter", "username eq \"countess.LOVELACE\"").get(USERS);
		Response old = api().queryParam("filter", "username eq \"ada.lovelace\"").get(USERS);

		assertThat(JsonDocument.of(renamed).getList("_embedded.users.username", String.class))
			.containsExactly("Countess.Lovelace");
		assertThat(JsonDocument.of(old).getInt("count")).isZero();
	}

	@ParameterizedTest(name = "[{index}] \"{0}\"")
	@ValueSource(strings = { "nickname ew \"ada\"", "name.given pr", "username ew \"a\"", "username ne \"a\"",
			"memberOfGroups[id eq \"x\"]", "not (username eq \"a\")", "title gt \"a\"", "lifecycle.status sw \"A\"",
			"id sw \"7e94\"", "mfaEnabled sw true", "username eq ada.lovelace", "username eq 'ada.lovelace'",
			"username eq \"ada.lovelace", "username eq \"ada.lovelace\" and", "username eq \"ada.lovelace\" or",
			"and username eq \"ada\"", "username eq \"a\" and and username eq \"b\"", "()",
			"(username eq \"ada.lovelace\"", "username eq \"ada.lovelace\")", "((username eq \"ada.lovelace\")",
			"id eq \"not-a-uuid\"", "id eq " + ADA, "population.id eq \"60971d3b\"", "mfaEnabled eq \"true\"",
			"mfaEnabled eq yes", "mfaEnabled eq TRUE", "username eq", "username", "", "   ",
			"username eq \"x\" ; DROP TABLE users", "username eq \"x\" or '1'='1'", "username eq \"x\" -- comment",
			"username eq \"a\" username eq \"b\"" })
	void shouldRefuseFilterItCannotParse(String filter) {
		Response response = api().queryParam("filter", filter).get(USERS);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.contentType()).isEqualTo("application/json");
		assertThat(JsonDocument.of(response).getString("id")).isEqualTo(response.header("Correlation-Id"));
		assertThat(JsonDocument.of(response).getString("code")).isEqualTo("INVALID_DATA");
		assertThat(JsonDocument.of(response).getString("message")).isEqualTo(INVALID_DATA_MESSAGE);
		assertThat(JsonDocument.of(response).getList("details")).hasSize(1);
		assertThat(JsonDocument.of(response).getString("details[0].code")).isEqualTo("INVALID_FILTER");
		assertThat(JsonDocument.of(response).getString("details[0].target")).isEqualTo("filter");
		assertThat(JsonDocument.of(response).getString("details[0].message")).isNotBlank();
	}

	@Test
	void shouldExplainWhereAFilterHasAnUnexpectedCharacter() {
		Response response = api().queryParam("filter", "username eq \"x\" ; DROP TABLE users").get(USERS);

		assertInvalidData(response,
				detail("INVALID_FILTER", "filter", "The filter contains an unexpected character at position 17."));
		assertThat(count()).isEqualTo(3);
	}

	@Test
	void shouldExplainThatAnEmptyFilterIsEmpty() {
		Response response = api().queryParam("filter", "").get(USERS);

		assertInvalidData(response, detail("INVALID_FILTER", "filter", "The filter is empty."));
	}

	@Test
	void shouldExplainWhichOperatorsAnAttributeSupports() {
		Response response = api().queryParam("filter", "username ew \"a\"").get(USERS);

		Map<String, Object> detail = detail("INVALID_FILTER", "filter",
				"The attribute username supports the operators [eq, sw, co] in filters.");
		detail.put("innerError", Map.of("supportedOperators", List.of("eq", "sw", "co")));
		assertInvalidData(response, detail);
	}

	@Test
	void shouldListTheAttributesFiltersSupportWhenOneIsNot() {
		Response response = api().queryParam("filter", "password eq \"x\"").get(USERS);

		Map<String, Object> detail = detail("INVALID_FILTER", "filter",
				"The attribute 'password' cannot be used in filters.");
		detail.put("innerError",
				Map.of("supportedAttributes",
						List.of("username", "email", "name.given", "name.family", "name.middle", "name.formatted",
								"name.honorificPrefix", "name.honorificSuffix", "nickname", "title", "type",
								"externalId", "accountId", "locale", "preferredLanguage", "timezone", "mobilePhone",
								"primaryPhone", "photo.href", "address.streetAddress", "address.locality",
								"address.region", "address.postalCode", "address.countryCode", "lifecycle.status", "id",
								"population.id", "mfaEnabled", "enabled", "memberOfGroups")));
		assertInvalidData(response, detail);
	}

	@Test
	void shouldAcceptFilterOf2048CharactersAndRefuseLonger() {
		String prefix = "username eq \"";
		String longest = prefix + "a".repeat(2048 - prefix.length() - 1) + "\"";
		String tooLong = prefix + "a".repeat(2048 - prefix.length()) + "\"";

		Response accepted = api().queryParam("filter", longest).get(USERS);
		Response refused = api().queryParam("filter", tooLong).get(USERS);

		assertThat(longest).hasSize(2048);
		assertThat(accepted.statusCode()).isEqualTo(200);
		assertThat(JsonDocument.of(accepted).getInt("count")).isZero();
		assertInvalidData(refused, detail("INVALID_FILTER", "filter", "The filter is longer than 2048 characters."));
	}

	@Test
	void shouldAcceptParenthesesNested32DeepAndRefuseDeeper() {
		String comparison = "username eq \"ada.lovelace\"";

		Response accepted = api().queryParam("filter", "(".repeat(32) + comparison + ")".repeat(32)).get(USERS);
		Response refused = api().queryParam("filter", "(".repeat(33) + comparison + ")".repeat(33)).get(USERS);

		assertThat(accepted.statusCode()).isEqualTo(200);
		assertThat(JsonDocument.of(accepted).getList("_embedded.users.id", String.class)).containsExactly(ADA);
		assertInvalidData(refused, detail("INVALID_FILTER", "filter", "The filter nests parentheses deeper than 32."));
	}

	// --- Replace (PUT) ---

	@Test
	void shouldReplaceUsernameEmailAndNameButKeepThePopulation() {
		String id = createdId(
				"{\"username\": \"put.me\", \"email\": \"put.me@example.com\", \"population\": {\"id\": \""
						+ otherPopulation() + "\"}}");
		this.clock.advance(Duration.ofHours(1));

		Response response = put(id, """
				{
				  "username": "Put.Replaced",
				  "email": "replaced@example.com",
				  "name": { "given": "Rita", "family": "Placed", "middle": "E", "formatted": "Rita E. Placed" }
				}""");

		Map<String, String> name = new LinkedHashMap<>();
		name.put("given", "Rita");
		name.put("family", "Placed");
		name.put("middle", "E");
		name.put("formatted", "Rita E. Placed");
		assertChanged(response, id, userJson(id, "Put.Replaced", "replaced@example.com", name, false,
				this.otherPopulation, START_TEXT, "2025-11-20T11:00:00.000Z"));
	}

	@Test
	void shouldRemoveEmailAndNameThatPutLeavesOut() {
		this.clock.advance(Duration.ofMinutes(5));

		Response response = put(ADA, "{\"username\": \"ada.lovelace\"}");

		assertChanged(response, ADA, userJson(ADA, "ada.lovelace", null, null, false, DEFAULT_POPULATION, START_TEXT,
				"2025-11-20T10:05:00.000Z"));
	}

	static Stream<Arguments> changesSayingTheOppositeMfaEnabled() {
		String putBody = "{\"username\": \"grace.hopper\", \"mfaEnabled\": %s}";
		String patchBody = "{\"mfaEnabled\": %s}";
		return Stream.of(arguments("PUT", GRACE, true, putBody), arguments("PUT", GRACE, false, putBody),
				arguments("PATCH", ALAN, true, patchBody), arguments("PATCH", ALAN, false, patchBody));
	}

	@ParameterizedTest(name = "{0} while mfaEnabled is {2}")
	@MethodSource("changesSayingTheOppositeMfaEnabled")
	void shouldNeverChangeMfaEnabledThroughPutOrPatch(String method, String userId, boolean enabled, String body) {
		setMfaEnabled(userId, enabled);

		Response response = api().contentType("application/json")
			.body(body.formatted(!enabled))
			.request(method, user(userId));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(JsonDocument.of(response).getBoolean("mfaEnabled")).isEqualTo(enabled);
		assertThat(JsonDocument.of(api().get(user(userId) + "/mfaEnabled")).getBoolean("mfaEnabled"))
			.isEqualTo(enabled);
		assertThat(JsonDocument.of(api().get(user(userId))).getBoolean("mfaEnabled")).isEqualTo(enabled);
	}

	@Test
	void shouldLetPutChangeOnlyTheCaseOfTheUsersOwnUsername() {
		Response response = put(ADA, "{\"username\": \"ADA.LOVELACE\"}");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(JsonDocument.of(response).getString("username")).isEqualTo("ADA.LOVELACE");
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "PUT, grace.hopper", "PUT, Grace.Hopper", "PATCH, grace.hopper", "PATCH, GRACE.HOPPER" })
	void shouldRefusePutOrPatchToAUsernameAnotherUserHas(String method, String username) {
		Response response = api().contentType("application/json")
			.body("{\"username\": \"" + username + "\"}")
			.request(method, user(ADA));

		assertAdaChangeRefused(response, detail("UNIQUENESS_VIOLATION", "username", UNIQUENESS_MESSAGE), "username",
				"ada.lovelace");
	}

	@Test
	void shouldRequireUsernameOnPut() {
		assertAdaChangeRefused(put(ADA, "{\"email\": \"ada@example.com\"}"),
				detail("REQUIRED_VALUE", "username", "username is required."), "email", "ada.lovelace@example.com");
	}

	@ParameterizedTest
	@MethodSource("usersThatDoNotExist")
	void shouldNotPutAUserThatDoesNotExist(String path) {
		assertNotFound(api().contentType("application/json").body("{\"username\": \"ghost\"}").put(path));
		assertThat(count()).isEqualTo(3);
	}

	// --- Edit (PATCH) ---

	@Test
	void shouldKeepPropertiesThatPatchLeavesOut() {
		this.clock.advance(Duration.ofMinutes(30));

		Response response = patch(ADA, "{\"email\": \"countess@example.com\"}");

		assertChanged(response, ADA, userJson(ADA, "ada.lovelace", "countess@example.com", name("Ada", "Lovelace"),
				false, DEFAULT_POPULATION, START_TEXT, "2025-11-20T10:30:00.000Z"));
	}

	@Test
	void shouldPatchOnlyTheUsername() {
		Response response = patch(ALAN, "{\"username\": \"alan.m.turing\"}");

		assertThat(response.asString()).isEqualTo(userJson(ALAN, "alan.m.turing", "alan.turing@example.com",
				name("Alan", "Turing"), false, DEFAULT_POPULATION, START_TEXT, START_TEXT));
	}

	@Test
	void shouldRemoveEmailAndNameThatPatchSendsAsNull() {
		Response response = patch(ADA, "{\"email\": null, \"name\": null}");

		assertChanged(response, ADA,
				userJson(ADA, "ada.lovelace", null, null, false, DEFAULT_POPULATION, START_TEXT, START_TEXT));
	}

	@Test
	void shouldRefusePatchThatRemovesTheUsername() {
		assertAdaChangeRefused(patch(ADA, "{\"username\": null}"),
				detail("REQUIRED_VALUE", "username", "username is required."), "username", "ada.lovelace");
	}

	@Test
	void shouldRefusePatchWithEmptyUsername() {
		Response response = patch(ADA, "{\"username\": \"\"}");

		assertInvalidData(response,
				detail("INVALID_VALUE", "username", USERNAME_SIZE_MESSAGE, Map.of("range", List.of(1, 128))));
	}

	@Test
	void shouldRefusePatchWithInvalidEmail() {
		assertAdaChangeRefused(patch(ADA, "{\"email\": \"not-an-email\"}"),
				detail("INVALID_VALUE", "email", "email must be a valid email address."), "email",
				"ada.lovelace@example.com");
	}

	@ParameterizedTest
	@MethodSource("usersThatDoNotExist")
	void shouldNotPatchAUserThatDoesNotExist(String path) {
		assertNotFound(api().contentType("application/json").body("{\"email\": \"ghost@example.com\"}").patch(path));
	}

	// --- Delete ---

	@Test
	void shouldDeleteUserWithNoContent() {
		Response response = api().delete(user(ADA));

		assertThat(response.statusCode()).isEqualTo(204);
		assertThat(response.header("Correlation-Id")).isNotBlank();
		assertThat(response.asString()).isEmpty();
	}

	@Test
	void shouldForgetEverythingAboutADeletedUser() {
		api().delete(user(ADA)).then().statusCode(204);

		assertNotFound(api().get(user(ADA)));
		assertNotFound(api().get(user(ADA) + "/mfaEnabled"));
		assertNotFound(api().get(user(ADA) + "/bypassMFA"));
		assertNotFound(
				api().contentType("application/json").body("{\"mfaEnabled\": true}").put(user(ADA) + "/mfaEnabled"));
		assertNotFound(api().contentType("application/json")
			.body("{\"bypassMFAEnabledUntil\": \"2025-11-26T00:00:00.000Z\"}")
			.put(user(ADA) + "/bypassMFA"));
		assertNotFound(put(ADA, "{\"username\": \"ada.lovelace\"}"));
		assertNotFound(patch(ADA, "{\"email\": \"ada@example.com\"}"));
		Response list = api().get(USERS);
		JsonDocument listJson = JsonDocument.of(list);
		assertThat(listJson.getInt("count")).isEqualTo(2);
		assertThat(listJson.getInt("size")).isEqualTo(2);
		assertThat(listJson.getList("_embedded.users.id", String.class)).containsExactly(GRACE, ALAN);
		assertThat(
				JsonDocument.of(api().queryParam("filter", "username eq \"ada.lovelace\"").get(USERS)).getInt("count"))
			.isZero();
	}

	@Test
	void shouldAnswerNotFoundWhenDeletingTwice() {
		api().delete(user(ADA)).then().statusCode(204);

		assertNotFound(api().delete(user(ADA)));
		assertThat(count()).isEqualTo(2);
	}

	@Test
	void shouldFreeTheUsernameOfADeletedUser() {
		api().delete(user(ADA)).then().statusCode(204);

		Response response = create("{\"username\": \"Ada.Lovelace\"}");

		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(JsonDocument.of(response).getString("id")).isNotEqualTo(ADA);
	}

	@ParameterizedTest
	@MethodSource("usersThatDoNotExist")
	void shouldNotDeleteAUserThatDoesNotExist(String path) {
		assertNotFound(api().delete(path));
		assertThat(count()).isEqualTo(3);
	}

	// --- Helpers ---

	/** A user id the environment does not have, an environment id of none, no UUID. */
	static Stream<String> usersThatDoNotExist() {
		return Stream.of("/v1/environments/" + ENV + "/users/" + UNKNOWN,
				"/v1/environments/" + UNKNOWN + "/users/" + ADA, "/v1/environments/" + ENV + "/users/not-a-uuid");
	}

	/** A second population of the documentation environment, made for the test. */
	private String otherPopulation() {
		this.otherPopulation = JsonDocument
			.of(api().contentType("application/json")
				.body("{\"name\":\"Other\"}")
				.post("/v1/environments/" + ENV + "/populations")
				.then()
				.statusCode(201)
				.extract())
			.getString("id");
		return this.otherPopulation;
	}

	private Response create(String body) {
		return api().contentType("application/json").body(body).post(USERS);
	}

	/**
	 * Creating a user from the body is refused with this one detail, and the environment
	 * keeps its three users.
	 */
	private Response assertCreateRefused(String body, Map<String, Object> detail) {
		Response response = create(body);
		assertInvalidData(response, detail);
		assertThat(count()).isEqualTo(3);
		return response;
	}

	/**
	 * Creates so many users, named after the prefix and a number; answers the ids of the
	 * seeded users and theirs.
	 */
	private List<String> createUsersAfterTheSeed(String prefix, int count) {
		List<String> all = new ArrayList<>(List.of(GRACE, ADA, ALAN));
		for (int i = 0; i < count; i++) {
			all.add(createdId("{\"username\": \"" + prefix + i + "\"}"));
		}
		return all;
	}

	private String createdId(String body) {
		Response response = create(body);
		assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
		return JsonDocument.of(response).getString("id");
	}

	private Response put(String userId, String body) {
		return api().contentType("application/json").body(body).put(USERS + "/" + userId);
	}

	private Response patch(String userId, String body) {
		return api().contentType("application/json").body(body).patch(USERS + "/" + userId);
	}

	/** A 200 answering the changed user as expected, and the user reads back the same. */
	private void assertChanged(Response response, String userId, String expected) {
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.contentType()).isEqualTo("application/json");
		assertThat(response.asString()).isEqualTo(expected);
		assertThat(api().get(USERS + "/" + userId).asString()).isEqualTo(expected);
	}

	/**
	 * A change of Ada refused with this one detail: she keeps the value the seed gave the
	 * field.
	 */
	private void assertAdaChangeRefused(Response response, Map<String, Object> detail, String field, String seeded) {
		assertInvalidData(response, detail);
		assertThat(JsonDocument.of(api().get(user(ADA))).getString(field)).isEqualTo(seeded);
	}

	private void setMfaEnabled(String userId, boolean enabled) {
		api().contentType("application/json")
			.body("{\"mfaEnabled\": " + enabled + "}")
			.put(USERS + "/" + userId + "/mfaEnabled")
			.then()
			.statusCode(200);
	}

	private int count() {
		Response response = api().get(USERS);
		assertThat(response.statusCode()).isEqualTo(200);
		return JsonDocument.of(response).getInt("count");
	}

	/** A first page and every page its next links lead to, in order. */
	private List<Response> pages(Response first) {
		List<Response> pages = new ArrayList<>();
		Response page = first;
		pages.add(page);
		String next = JsonDocument.of(page).getString("_links.next.href");
		while (next != null) {
			assertThat(pages).as("pages followed").hasSizeLessThan(100);
			page = RestAssured.given().auth().oauth2(accessToken()).urlEncodingEnabled(false).get(next);
			assertThat(page.statusCode()).as(page.asString()).isEqualTo(200);
			pages.add(page);
			next = JsonDocument.of(page).getString("_links.next.href");
		}
		return pages;
	}

	private String userJson(String id, String username, String email, Map<String, String> name, boolean mfaEnabled,
			String population, String createdAt, String updatedAt) {
		Map<String, Object> user = new LinkedHashMap<>();
		user.put("_links", userLinks(id, population));
		user.put("id", id);
		user.put("environment", Map.of("id", ENV));
		Map<String, Object> account = new LinkedHashMap<>();
		account.put("canAuthenticate", true);
		account.put("status", "OK");
		user.put("account", account);
		user.put("createdAt", createdAt);
		if (email != null) {
			user.put("email", email);
		}
		user.put("emailVerified", false);
		user.put("enabled", true);
		user.put("identityProvider", Map.of("type", "PING_ONE"));
		user.put("lifecycle", Map.of("status", "ACCOUNT_OK"));
		user.put("mfaEnabled", mfaEnabled);
		if (name != null) {
			user.put("name", name);
		}
		user.put("population", Map.of("id", population));
		user.put("updatedAt", updatedAt);
		user.put("username", username);
		user.put("verifyStatus", "NOT_INITIATED");
		return MAPPER.writeValueAsString(user);
	}

	/** The links of PingOne's user resource, in the order of PingOne's example. */
	private Map<String, Object> userLinks(String id, String population) {
		String self = href(USERS + "/" + id);
		Map<String, Object> links = new LinkedHashMap<>();
		links.put("self", Map.of("href", self));
		links.put("environment", Map.of("href", href(ENVIRONMENT)));
		links.put("population", Map.of("href", href(ENVIRONMENT + "/populations/" + population)));
		links.put("devices", Map.of("href", self + "/devices"));
		links.put("roleAssignments", Map.of("href", self + "/roleAssignments"));
		for (String password : List.of("password", "password.reset", "password.set", "password.check",
				"password.recover")) {
			links.put(password, Map.of("href", self + "/password"));
		}
		links.put("linkedAccounts", Map.of("href", self + "/linkedAccounts"));
		links.put("account.sendVerificationCode", Map.of("href", self));
		return links;
	}

	private static Map<String, String> name(String given, String family) {
		Map<String, String> name = new LinkedHashMap<>();
		name.put("given", given);
		name.put("family", family);
		return name;
	}

	/**
	 * One entry of an error's details. {@code innerError} is given as {@code {"range":
	 * [min, max]}} or {@code {"allowedPattern": pattern}}.
	 */
	private static Map<String, Object> detail(String code, String target, String message,
			Map<String, Object> innerError) {
		Map<String, Object> detail = detail(code, target, message);
		Map<String, Object> inner = new LinkedHashMap<>();
		if (innerError.get("allowedPattern") != null) {
			inner.put("allowedPattern", innerError.get("allowedPattern"));
		}
		if (innerError.get("range") instanceof List<?> range) {
			inner.put("rangeMinimumValue", range.get(0));
			inner.put("rangeMaximumValue", range.get(1));
		}
		detail.put("innerError", inner);
		return detail;
	}

	private static Map<String, Object> detail(String code, String target, String message) {
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("code", code);
		detail.put("target", target);
		detail.put("message", message);
		return detail;
	}

	/** A 400 INVALID_DATA with exactly this one detail, its id the Correlation-Id. */
	private static void assertInvalidData(Response response, Map<String, Object> detail) {
		assertError(response, 400, "INVALID_DATA", INVALID_DATA_MESSAGE, List.of(detail));
	}

	/** A 404 NOT_FOUND without details, its id the Correlation-Id. */
	private static void assertNotFound(Response response) {
		assertError(response, 404, "NOT_FOUND", NOT_FOUND_MESSAGE, List.of());
	}

	private static void assertError(Response response, int status, String code, String message,
			List<Map<String, Object>> details) {
		assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
		assertThat(response.contentType()).isEqualTo("application/json");
		String id = response.header("Correlation-Id");
		assertThat(id).isNotBlank();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", id);
		body.put("code", code);
		body.put("message", message);
		if (!details.isEmpty()) {
			body.put("details", details);
		}
		assertThat(response.asString()).isEqualTo(MAPPER.writeValueAsString(body));
	}

}
