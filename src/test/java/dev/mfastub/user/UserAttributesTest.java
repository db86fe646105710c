package dev.mfastub.user;

import java.util.stream.Stream;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.mfastub.support.Json;
import dev.mfastub.support.JsonDocument;
import dev.mfastub.support.Sandbox;
import dev.mfastub.support.SandboxTest;
import dev.mfastub.support.UserLinksJson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every attribute of PingOne's user resource, group by group: what a create, PUT, PATCH
 * or import sends is answered back as PingOne shows it, and what PingOne's User schema
 * refuses is refused on its attribute, with nothing stored.
 */
class UserAttributesTest extends SandboxTest {

	private static final String USER_IMPORT_JSON = "application/vnd.pingidentity.user.import+json";

	/** A user with every attribute a client sets, as PingOne's PUT example has them. */
	private static final String JOE = """
			{
			  "username": "joe@example.com",
			  "email": "joe@example.com",
			  "name": { "formatted": "Joe H. Smith", "given": "Joe", "middle": "H.", "family": "Smith",
			            "honorificPrefix": "Dr.", "honorificSuffix": "IV" },
			  "nickname": "Putty",
			  "title": "Senior Director",
			  "type": "tele",
			  "externalId": "ext-5",
			  "accountId": "5",
			  "locale": "en-gb",
			  "preferredLanguage": "en-gb;q=0.8, en;q=0.7",
			  "timezone": "America/Los_Angeles",
			  "mobilePhone": "+1.4445552222",
			  "primaryPhone": "+1.2225554444",
			  "photo": { "href": "https://example.com/joe.png" },
			  "address": { "streetAddress": "123 Main Street\\nApt 4", "locality": "Springfield", "region": "WA",
			               "postalCode": "98701", "countryCode": "US" }
			}""";

	// --- Create, read, replace ---

	@Test
	void shouldAnswerEveryAttributeACreateSendsAndShowItOnRead() {
		Sandbox sandbox = sandbox();

		Response created = api(sandbox).contentType("application/json").body(JOE).post(sandbox.users());

		assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
		String id = JsonDocument.of(created).getString("id");
		// mfaEnabled, left out, is the sandbox's MFA settings' default for new users: on.
		String expected = joe(sandbox, id, "ACCOUNT_OK", false, FROZEN_AT);
		assertThat(Json.at(created.asString(), "")).isEqualTo(expected);
		assertThat(api(sandbox).get(sandbox.user(id)).asString()).isEqualTo(expected);
		assertThat(JsonDocument.of(api(sandbox).get(sandbox.users())).getString("_embedded.users[0].address.region"))
			.isEqualTo("WA");
	}

	@Test
	void shouldReplaceEveryAttributeWithPutAndRemoveThoseItLeavesOut() {
		Sandbox sandbox = sandbox();
		String id = createdJoe(sandbox);
		advance(sandbox, "PT1M");

		Response replaced = api(sandbox).contentType("application/json")
			.body("{\"username\": \"joe\", \"title\": \"CTO\", \"address\": {\"countryCode\": \"SE\"}}")
			.put(sandbox.user(id));

		assertThat(replaced.statusCode()).as(replaced.asString()).isEqualTo(200);
		JsonDocument json = JsonDocument.of(replaced);
		assertThat(json.getString("title")).isEqualTo("CTO");
		assertThat(json.getMap("address")).containsExactly(java.util.Map.entry("countryCode", "SE"));
		assertThat(json.getMap("")).doesNotContainKeys("email", "name", "nickname", "type", "externalId", "accountId",
				"locale", "preferredLanguage", "timezone", "mobilePhone", "primaryPhone", "photo");
		assertThat(json.getString("updatedAt")).isEqualTo("2030-01-01T00:01:00.000Z");
	}

	// --- PATCH as a merge patch ---

	@Test
	void shouldMergeAPatchIntoNameAndAddressPartByPartAndRemoveWhatItSendsAsNull() {
		Sandbox sandbox = sandbox();
		String id = createdJoe(sandbox);

		Response patched = api(sandbox).contentType("application/json").body("""
				{"name": {"given": "Joseph", "middle": null}, "address": {"region": "OR"}, "title": null,
				 "photo": null, "mobilePhone": "+46 70 123 45 67"}""").patch(sandbox.user(id));

		assertThat(patched.statusCode()).as(patched.asString()).isEqualTo(200);
		JsonDocument json = JsonDocument.of(patched);
		assertThat(Json.at(patched.asString(), "/name")).isEqualTo(Json.compact("""
				{"given":"Joseph","family":"Smith","formatted":"Joe H. Smith","honorificPrefix":"Dr.",
				 "honorificSuffix":"IV"}"""));
		assertThat(Json.at(patched.asString(), "/address")).isEqualTo(Json.compact("""
				{"streetAddress":"123 Main Street\\nApt 4","locality":"Springfield","region":"OR",
				 "postalCode":"98701","countryCode":"US"}"""));
		assertThat(json.getMap("")).doesNotContainKeys("title", "photo");
		assertThat(json.getString("mobilePhone")).isEqualTo("+46 70 123 45 67");
		assertThat(json.getString("nickname")).isEqualTo("Putty");
	}

	@Test
	void shouldRefuseAPatchThatWouldBreakAnAttributeAndChangeNothing() {
		Sandbox sandbox = sandbox();
		String id = createdJoe(sandbox);
		String before = api(sandbox).get(sandbox.user(id)).asString();

		Response refused = api(sandbox).contentType("application/json")
			.body("{\"address\": {\"countryCode\": \"usa\"}, \"timezone\": \"Nowhere\"}")
			.patch(sandbox.user(id));

		assertThat(refused.statusCode()).isEqualTo(400);
		JsonDocument json = JsonDocument.of(refused);
		assertThat(json.getList("details.target", String.class)).containsExactly("address.countryCode", "timezone");
		assertThat(json.getList("details.code", String.class)).containsOnly("INVALID_VALUE");
		assertThat(api(sandbox).get(sandbox.user(id)).asString()).isEqualTo(before);
	}

	@Test
	void shouldRefuseAPatchWithAWrongTypeOnItsAttribute() {
		Sandbox sandbox = sandbox();
		String id = createdJoe(sandbox);

		Response refused = api(sandbox).contentType("application/json")
			.body("{\"name\": {\"given\": 7}}")
			.patch(sandbox.user(id));

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(JsonDocument.of(refused).getString("details[0].target")).isEqualTo("name.given");
	}

	// --- Import ---

	@Test
	void shouldImportAUserWithItsPasswordLifecycleStatusAndVerifiedEmail() {
		Sandbox sandbox = sandbox();

		Response imported = api(sandbox).contentType(USER_IMPORT_JSON).body("""
				{"username": "imported", "email": "imported@example.com", "emailVerified": true,
				 "lifecycle": {"status": "VERIFICATION_REQUIRED", "suppressVerificationCode": true},
				 "password": {"value": "Imp0rted!Pass", "forceChange": true}}""").post(sandbox.users());

		assertThat(imported.statusCode()).as(imported.asString()).isEqualTo(201);
		JsonDocument json = JsonDocument.of(imported);
		assertThat(json.getString("lifecycle.status")).isEqualTo("VERIFICATION_REQUIRED");
		assertThat(json.getBoolean("emailVerified")).isTrue();
		assertThat(json.getMap("")).doesNotContainKey("password");
		assertThat(imported.asString()).doesNotContain("Imp0rted!Pass");
		Response password = api(sandbox).get(sandbox.user(json.getString("id")) + "/password");
		assertThat(JsonDocument.of(password).getString("status")).isEqualTo("MUST_CHANGE_PASSWORD");
		assertThat(control().get(sandbox.control() + "/events").asString()).doesNotContain("Imp0rted!Pass");
	}

	@Test
	void shouldIgnoreTheImportOnlyPropertiesOfAPlainCreate() {
		Sandbox sandbox = sandbox();

		Response created = api(sandbox).contentType("application/json").body("""
				{"username": "plain", "lifecycle": {"status": "VERIFICATION_REQUIRED"},
				 "password": {"value": "Pl4in!Pass"}, "emailVerified": false}""").post(sandbox.users());

		assertThat(created.statusCode()).isEqualTo(201);
		JsonDocument json = JsonDocument.of(created);
		assertThat(json.getString("lifecycle.status")).isEqualTo("ACCOUNT_OK");
		assertThat(
				JsonDocument.of(api(sandbox).get(sandbox.user(json.getString("id")) + "/password")).getString("status"))
			.isEqualTo("NO_PASSWORD");
	}

	static Stream<Arguments> refusedImports() {
		return Stream.of(
				arguments("application/json", "{\"username\": \"u\", \"emailVerified\": true}", "INVALID_VALUE",
						"emailVerified",
						"emailVerified can only be set to false when creating a user; import the user to set it."),
				arguments(USER_IMPORT_JSON,
						"{\"username\": \"u\", \"lifecycle\": {\"status\": \"VERIFICATION_REQUIRED\"}}",
						"REQUIRED_VALUE", "email", "email is required."),
				arguments(USER_IMPORT_JSON, "{\"username\": \"u\", \"password\": {\"value\": \"{SSHA512}abc\"}}",
						"INVALID_VALUE", "password.value",
						"The stub does not accept pre-encoded passwords; send the value in cleartext."),
				arguments(USER_IMPORT_JSON, "{\"username\": \"u\", \"password\": {\"value\": \"short\"}}",
						"INVALID_VALUE", "password.value",
						"User password did not satisfy password policy requirements: at least 8 characters, at least 1 "
								+ "of ABCDEFGHIJKLMNOPQRSTUVWXYZ, at least 1 of 0123456789, at least 1 of "
								+ "~!@#$%^&*()-_=+[]{}|;:,.<>/?."));
	}

	@ParameterizedTest
	@MethodSource("refusedImports")
	void shouldRefuseWhatPingOneRefusesOnCreateAndImport(String mediaType, String body, String code, String target,
			String message) {
		Sandbox sandbox = sandbox();

		Response refused = api(sandbox).contentType(mediaType).body(body).post(sandbox.users());

		assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(400);
		assertThat(Json.at(refused.asString(), "/details")).isEqualTo(Json.compact("""
				[{"code":"%s","target":"%s","message":"%s"}]""".formatted(code, target, message)));
		assertThat(JsonDocument.of(api(sandbox).get(sandbox.users())).getInt("count")).isZero();
	}

	// --- PingOne's patterns and sizes, attribute by attribute ---

	static Stream<Arguments> refusedAttributes() {
		return Stream.of(arguments("\"name\": {\"family\": \"Smith, Jr\"}", "name.family"),
				arguments("\"name\": {\"formatted\": \"Joe\\u0000\"}", "name.formatted"),
				arguments("\"name\": {\"given\": \"\"}", "name.given"),
				arguments("\"name\": {\"honorificPrefix\": \"" + "x".repeat(257) + "\"}", "name.honorificPrefix"),
				arguments("\"nickname\": \"a\\u0007b\"", "nickname"),
				arguments("\"title\": \"" + "t".repeat(257) + "\"", "title"),
				arguments("\"type\": \"\\ud800\"", "type"),
				arguments("\"externalId\": \"" + "e".repeat(1025) + "\"", "externalId"),
				arguments("\"accountId\": \"\"", "accountId"), arguments("\"locale\": \"en\\nGB\"", "locale"),
				arguments("\"preferredLanguage\": \"en-gb;q=2\"", "preferredLanguage"),
				arguments("\"timezone\": \"America/Argentina/Buenos_Aires\"", "timezone"),
				arguments("\"timezone\": \"UTC\"", "timezone"),
				arguments("\"mobilePhone\": \"call me\"", "mobilePhone"),
				arguments("\"primaryPhone\": \"+1 " + "5".repeat(30) + "\"", "primaryPhone"),
				arguments("\"photo\": {\"href\": \"ftp://example.com/a.png\"}", "photo.href"),
				arguments("\"photo\": {\"href\": \"https://example.com/a b.png\"}", "photo.href"),
				arguments("\"photo\": {}", "photo.href"),
				arguments("\"address\": {\"streetAddress\": \"1 Main\\tStreet\"}", "address.streetAddress"),
				arguments("\"address\": {\"postalCode\": \"" + "9".repeat(41) + "\"}", "address.postalCode"),
				arguments("\"address\": {\"countryCode\": \"us\"}", "address.countryCode"),
				arguments("\"address\": {\"locality\": \"\\u202e\\u0000\"}", "address.locality"),
				arguments("\"identityProvider\": {\"id\": \"9b2a7c55-1f37-4a2b-8f7a-0f0c3b1d2e4f\"}",
						"identityProvider.id"),
				arguments("\"email\": \"not an email\"", "email"), arguments("\"title\": 5", "title"),
				arguments("\"address\": \"Main Street\"", "address"));
	}

	@ParameterizedTest
	@MethodSource("refusedAttributes")
	void shouldRefuseAnAttributePingOnesSchemaRefusesOnCreateAndPut(String attribute, String target) {
		Sandbox sandbox = sandbox();
		String body = "{\"username\": \"refused\", " + attribute + "}";

		Response created = api(sandbox).contentType("application/json").body(body).post(sandbox.users());
		String id = createdJoe(sandbox);
		String before = api(sandbox).get(sandbox.user(id)).asString();
		Response replaced = api(sandbox).contentType("application/json").body(body).put(sandbox.user(id));

		for (Response refused : java.util.List.of(created, replaced)) {
			assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(400);
			JsonDocument json = JsonDocument.of(refused);
			assertThat(json.getString("code")).isEqualTo("INVALID_DATA");
			assertThat(json.getList("details.target", String.class)).containsExactly(target);
		}
		assertThat(JsonDocument.of(api(sandbox).get(sandbox.users())).getInt("count")).isEqualTo(1);
		assertThat(api(sandbox).get(sandbox.user(id)).asString()).isEqualTo(before);
	}

	@Test
	void shouldNameThePatternAFamilyNameBreaks() {
		Sandbox sandbox = sandbox();

		Response refused = api(sandbox).contentType("application/json")
			.body("{\"username\": \"u\", \"name\": {\"family\": \"Smith, Jr\"}}")
			.post(sandbox.users());

		assertThat(Json.at(refused.asString(), "/details")).isEqualTo(Json.compact("""
				[{"code":"INVALID_VALUE","target":"name.family",
				  "message":"name.family contains characters that are not allowed.",
				  "innerError":{"allowedPattern":"^[\\\\p{L}\\\\p{M}\\\\p{N}' .-]*$"}}]"""));
	}

	// --- Verify status ---

	@Test
	void shouldReadAndUpdateTheVerifyStatusAsPingOneShowsIt() {
		Sandbox sandbox = sandbox("{\"users\":[{\"id\":\"" + ADA + "\",\"username\":\"ada\"}]}");
		String self = href(sandbox.user(ADA));

		Response initial = api(sandbox).get(sandbox.user(ADA) + "/verifyStatus");
		Response updated = api(sandbox).contentType("application/json")
			.body("{\"verifyStatus\": \"DISABLED\"}")
			.put(sandbox.user(ADA) + "/verifyStatus");

		assertThat(initial.asString()).isEqualTo(verifyStatus(self, "NOT_INITIATED"));
		assertThat(updated.statusCode()).isEqualTo(200);
		assertThat(updated.asString()).isEqualTo(verifyStatus(self, "DISABLED"));
		assertThat(JsonDocument.of(api(sandbox).get(sandbox.user(ADA))).getString("verifyStatus"))
			.isEqualTo("DISABLED");
		JsonDocument events = JsonDocument.of(control().get(sandbox.control() + "/events"));
		assertThat(events.getList("events.type", String.class)).containsExactly("USER_UPDATED");
		assertThat(events.getString("events[0].before.verifyStatus")).isEqualTo("NOT_INITIATED");
		assertThat(events.getString("events[0].after.verifyStatus")).isEqualTo("DISABLED");
	}

	@Test
	void shouldRefuseAVerifyStatusPingOneDoesNotHave() {
		Sandbox sandbox = sandbox("{\"users\":[{\"id\":\"" + ADA + "\",\"username\":\"ada\"}]}");

		Response refused = api(sandbox).contentType("application/json")
			.body("{\"verifyStatus\": \"enabled\"}")
			.put(sandbox.user(ADA) + "/verifyStatus");
		Response missing = api(sandbox).contentType("application/json")
			.body("{}")
			.put(sandbox.user(ADA) + "/verifyStatus");

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(JsonDocument.of(refused).getString("details[0].target")).isEqualTo("verifyStatus");
		assertThat(Json.at(missing.asString(), "/details")).isEqualTo(Json.compact("""
				[{"code":"REQUIRED_VALUE","target":"verifyStatus","message":"verifyStatus is required."}]"""));
		assertThat(JsonDocument.of(api(sandbox).get(sandbox.user(ADA))).getString("verifyStatus"))
			.isEqualTo("NOT_INITIATED");
	}

	// --- Helpers ---

	private String createdJoe(Sandbox sandbox) {
		Response created = api(sandbox).contentType("application/json").body(JOE).post(sandbox.users());
		assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
		return JsonDocument.of(created).getString("id");
	}

	private String joe(Sandbox sandbox, String id, String lifecycle, boolean emailVerified, String at) {
		String environment = href("/v1/environments/" + sandbox.id());
		String population = JsonDocument.of(api(sandbox).get(sandbox.user(id))).getString("population.id");
		return Json.compact("""
				{"_links":%7$s,
				 "id":"%2$s","environment":{"id":"%3$s"},"account":{"canAuthenticate":true,"status":"OK"},
				 "accountId":"5",
				 "address":{"streetAddress":"123 Main Street\\nApt 4","locality":"Springfield","region":"WA",
				            "postalCode":"98701","countryCode":"US"},
				 "createdAt":"%4$s","email":"joe@example.com","emailVerified":%5$s,"enabled":true,
				 "externalId":"ext-5","identityProvider":{"type":"PING_ONE"},"lifecycle":{"status":"%6$s"},
				 "locale":"en-gb","mfaEnabled":true,"mobilePhone":"+1.4445552222",
				 "name":{"given":"Joe","family":"Smith","middle":"H.","formatted":"Joe H. Smith",
				         "honorificPrefix":"Dr.","honorificSuffix":"IV"},
				 "nickname":"Putty","photo":{"href":"https://example.com/joe.png"},"population":{"id":"%1$s"},
				 "preferredLanguage":"en-gb;q=0.8, en;q=0.7","primaryPhone":"+1.2225554444",
				 "timezone":"America/Los_Angeles","title":"Senior Director","type":"tele","updatedAt":"%4$s",
				 "username":"joe@example.com","verifyStatus":"NOT_INITIATED"}""".formatted(population, id, sandbox.id(),
				at, emailVerified, lifecycle, UserLinksJson.of(environment, id, population)));
	}

	private static String verifyStatus(String self, String status) {
		return Json.compact("""
				{"_links":{"self":{"href":"%1$s/verifyStatus"},"user":{"href":"%1$s"}},"verifyStatus":"%2$s"}"""
			.formatted(self, status));
	}

}
