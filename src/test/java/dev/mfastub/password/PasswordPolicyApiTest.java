package dev.mfastub.password;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import dev.mfastub.support.Json;
import dev.mfastub.support.JsonDocument;
import dev.mfastub.support.Sandbox;
import dev.mfastub.support.SandboxTest;

import static dev.mfastub.support.PingOneErrors.FORBIDDEN;
import static dev.mfastub.support.PingOneErrors.allowedValues;
import static dev.mfastub.support.PingOneErrors.assertError;
import static dev.mfastub.support.PingOneErrors.assertInvalidData;
import static dev.mfastub.support.PingOneErrors.assertNotFound;
import static dev.mfastub.support.PingOneErrors.detail;
import static dev.mfastub.support.PingOneErrors.range;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /v1/environments/{envID}/passwordPolicies}, as PingOne's "Password Policies"
 * pages show it
 * (https://developer.pingidentity.com/pingone-api/platform/password-policies.html and its
 * "Read All Password Policies", "Read One Password Policy", "Create Password Policy",
 * "Update Password Policy" and "Delete Password Policy"): the three policies every
 * environment is initialized with, "Standard" the default, create, read, update and
 * delete, the default that moves and cannot be deleted, and the default's rules that the
 * user password calls apply.
 */
class PasswordPolicyApiTest extends SandboxTest {

	private static final String UNKNOWN = "00000000-0000-4000-8000-000000000000";

	/** Standard's rules, as PingOne's "Password policies" comparison lists them. */
	private static final String STANDARD = """
			"name":"Standard","description":"A standard policy that incorporates industry best practices",
			"excludesProfileData":true,"notSimilarToCurrent":true,"excludesCommonlyUsed":true,
			"maxRepeatedCharacters":2,"minUniqueCharacters":5,"history":{"count":6,"retentionDays":365},
			"lockout":{"failureCount":5,"durationSeconds":900},"length":{"min":8,"max":255},
			"minCharacters":{"ABCDEFGHIJKLMNOPQRSTUVWXYZ":1,"abcdefghijklmnopqrstuvwxyz":1,"0123456789":1,
			"~!@#$%^&*()-_=+[]{}|;:,.<>/?":1},"maxAgeDays":182,"minAgeDays":1""";

	private static final String PASSPHRASE = """
			"name":"Passphrase","description":"A policy that encourages the use of passphrases",
			"excludesProfileData":true,"notSimilarToCurrent":true,"excludesCommonlyUsed":true,"minComplexity":7,
			"lockout":{"failureCount":5,"durationSeconds":900}""";

	private static final String BASIC = """
			"name":"Basic","description":"A relaxed standard policy to allow for maximum customer flexibility",
			"excludesProfileData":false,"notSimilarToCurrent":false,"excludesCommonlyUsed":true,
			"lockout":{"failureCount":5,"durationSeconds":900},"length":{"min":8,"max":255},
			"minCharacters":{"ABCDEFGHIJKLMNOPQRSTUVWXYZ":1,"abcdefghijklmnopqrstuvwxyz":1,"0123456789":1,
			"~!@#$%^&*()-_=+[]{}|;:,.<>/?":1}""";

	/** A policy as the "Create Password Policy" page's example sends one. */
	private static final String CREATED = """
			{"name":"Strong","description":"For administrators","excludesProfileData":true,
			 "notSimilarToCurrent":true,"excludesCommonlyUsed":true,"maxRepeatedCharacters":2,
			 "minUniqueCharacters":5,"history":{"count":6,"retentionDays":365},
			 "lockout":{"failureCount":5,"durationSeconds":900},"length":{"min":12,"max":64},
			 "minCharacters":{"~!@#$%^&*()-_=+[]{}|;:,.<>/?":2,"0123456789":1},"maxAgeDays":182,"minAgeDays":1}""";

	@Test
	void shouldListTheThreePoliciesEveryEnvironmentStartsWithStandardTheDefault() {
		Sandbox sandbox = sandbox();

		Response response = api(sandbox).get(policies(sandbox));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.contentType()).isEqualTo("application/json");
		JsonDocument list = JsonDocument.of(response);
		String createdAt = list.getString("_embedded.passwordPolicies[0].createdAt");
		assertThat(createdAt).matches(PING_INSTANT);
		assertThat(response.asString()).isEqualTo(Json.compact("""
				{"_links":{"self":{"href":"%1$s"}},"_embedded":{"passwordPolicies":[%2$s,%3$s,%4$s]},
				 "count":3,"size":3}""".formatted(href(policies(sandbox)),
				policy(sandbox, standardId(sandbox, 1), STANDARD, createdAt, createdAt, true),
				policy(sandbox, standardId(sandbox, 3), BASIC, createdAt, createdAt, false),
				policy(sandbox, standardId(sandbox, 2), PASSPHRASE, createdAt, createdAt, false))));
	}

	@Test
	void shouldReadOnePolicyAsTheListShowsIt() {
		Sandbox sandbox = sandbox();
		String basic = standardId(sandbox, 3);

		Response response = api(sandbox).get(policies(sandbox) + "/" + basic);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.asString())
			.isEqualTo(Json.at(api(sandbox).get(policies(sandbox)).asString(), "/_embedded/passwordPolicies/1"));
		assertNotFound(api(sandbox).get(policies(sandbox) + "/" + UNKNOWN));
		assertNotFound(api(sandbox).get(policies(sandbox) + "/not-a-uuid"));
	}

	@Test
	void shouldCreateAPolicyKeepingOnlyTheRulesItSets() {
		Sandbox sandbox = sandbox();

		Response response = create(sandbox, CREATED);

		assertThat(response.statusCode()).isEqualTo(201);
		String id = JsonDocument.of(response).getString("id");
		assertThat(response.header("Location")).isEqualTo(href(policies(sandbox) + "/" + id));
		assertThat(response.asString()).isEqualTo(Json.compact(policy(sandbox, id, """
				"name":"Strong","description":"For administrators","excludesProfileData":true,
				"notSimilarToCurrent":true,"excludesCommonlyUsed":true,"maxRepeatedCharacters":2,
				"minUniqueCharacters":5,"history":{"count":6,"retentionDays":365},
				"lockout":{"failureCount":5,"durationSeconds":900},"length":{"min":12,"max":64},
				"minCharacters":{"0123456789":1,"~!@#$%^&*()-_=+[]{}|;:,.<>/?":2},"maxAgeDays":182,
				"minAgeDays":1""", FROZEN_AT, FROZEN_AT, false)));
		assertThat(api(sandbox).get(policies(sandbox) + "/" + id).asString()).isEqualTo(response.asString());
		assertThat(JsonDocument.of(api(sandbox).get(policies(sandbox))).getInt("count")).isEqualTo(4);
		String journal = control().get(sandbox.control() + "/events").asString();
		assertThat(journal).contains("\"type\":\"PASSWORD_POLICY_CREATED\"");
	}

	@Test
	void shouldRefuseAPolicyItsDataModelDoesNotAllowAndStoreNothing() {
		Sandbox sandbox = sandbox();
		String minimal = "\"excludesProfileData\":false,\"notSimilarToCurrent\":false,\"excludesCommonlyUsed\":false";

		assertInvalidData(create(sandbox, "{" + minimal + "}"), detail("REQUIRED_VALUE", "name", "name is required."));
		assertInvalidData(create(sandbox, "{\"name\":\"No booleans\"}"),
				detail("REQUIRED_VALUE", "excludesCommonlyUsed", "excludesCommonlyUsed is required."),
				detail("REQUIRED_VALUE", "excludesProfileData", "excludesProfileData is required."),
				detail("REQUIRED_VALUE", "notSimilarToCurrent", "notSimilarToCurrent is required."));
		assertInvalidData(create(sandbox, "{\"name\":\"standard\"," + minimal + "}"), detail("UNIQUENESS_VIOLATION",
				"name", "A password policy with this name already exists in the environment."));
		assertInvalidData(create(sandbox, "{\"name\":\"Short\"," + minimal + ",\"length\":{\"min\":7}}"),
				detail("INVALID_VALUE", "length.min", "length.min has an invalid value.", range(8, 32)));
		assertInvalidData(
				create(sandbox, "{\"name\":\"Upside down\"," + minimal + ",\"length\":{\"min\":20,\"max\":10}}"),
				detail("INVALID_VALUE", "length.max", "length.max must not be less than length.min."));
		assertInvalidData(create(sandbox, "{\"name\":\"Emoji\"," + minimal + ",\"minCharacters\":{\"\u00e9\":1}}"),
				detail("INVALID_VALUE", "minCharacters",
						"minCharacters allows only these keys: ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz "
								+ "0123456789 ~!@#$%^&*()-_=+[]{}|;:,.<>/?.",
						allowedValues("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz", "0123456789",
								"~!@#$%^&*()-_=+[]{}|;:,.<>/?")));
		assertInvalidData(create(sandbox, "{\"name\":\"Quick\"," + minimal + ",\"minAgeDays\":10,\"maxAgeDays\":31}"),
				detail("INVALID_VALUE", "maxAgeDays",
						"maxAgeDays must be greater than minAgeDays (if set) + 21, the expiration warning interval."));
		assertThat(JsonDocument.of(api(sandbox).get(policies(sandbox))).getInt("count")).isEqualTo(3);
	}

	@Test
	void shouldUpdateAPolicyWholeAndMoveTheDefault() {
		Sandbox sandbox = sandbox();
		String basic = standardId(sandbox, 3);
		advance(sandbox, "PT5M");

		Response response = api(sandbox).contentType("application/json")
			.body("{\"name\":\"Basic\",\"excludesProfileData\":false,\"notSimilarToCurrent\":false,"
					+ "\"excludesCommonlyUsed\":false,\"length\":{\"min\":10},\"default\":true}")
			.put(policies(sandbox) + "/" + basic);

		assertThat(response.statusCode()).isEqualTo(200);
		String createdAt = JsonDocument.of(response).getString("createdAt");
		assertThat(response.asString()).isEqualTo(Json.compact(policy(sandbox, basic, """
				"name":"Basic","excludesProfileData":false,"notSimilarToCurrent":false,
				"excludesCommonlyUsed":false,"length":{"min":10}""", createdAt, "2030-01-01T00:05:00.000Z", true)));
		JsonDocument standard = JsonDocument.of(api(sandbox).get(policies(sandbox) + "/" + standardId(sandbox, 1)));
		assertThat(standard.getBoolean("default")).isFalse();
		assertThat(standard.getString("updatedAt")).isEqualTo("2030-01-01T00:05:00.000Z");
		assertThat(JsonDocument.of(api(sandbox).get(policies(sandbox))).getString("_embedded.passwordPolicies[0].id"))
			.isEqualTo(basic);
		assertInvalidData(
				api(sandbox).contentType("application/json")
					.body("{\"name\":\"Basic\",\"excludesProfileData\":false,\"notSimilarToCurrent\":false,"
							+ "\"excludesCommonlyUsed\":false,\"default\":false}")
					.put(policies(sandbox) + "/" + basic),
				detail("INVALID_VALUE", "default",
						"An environment always has a default password policy: make another one the default instead."));
		assertNotFound(api(sandbox).contentType("application/json")
			.body("{\"name\":\"Nowhere\",\"excludesProfileData\":false,\"notSimilarToCurrent\":false,"
					+ "\"excludesCommonlyUsed\":false}")
			.put(policies(sandbox) + "/" + UNKNOWN));
	}

	@Test
	void shouldDeleteOnlyAPolicyThatIsNotTheDefault() {
		Sandbox sandbox = sandbox();

		assertInvalidData(api(sandbox).delete(policies(sandbox) + "/" + standardId(sandbox, 1)), detail(
				"CONSTRAINT_VIOLATION", null,
				"The default password policy cannot be deleted: make another password policy the default first."));
		api(sandbox).delete(policies(sandbox) + "/" + standardId(sandbox, 3)).then().statusCode(204);

		assertNotFound(api(sandbox).get(policies(sandbox) + "/" + standardId(sandbox, 3)));
		assertNotFound(api(sandbox).delete(policies(sandbox) + "/" + standardId(sandbox, 3)));
		assertThat(JsonDocument.of(api(sandbox).get(policies(sandbox))).getInt("count")).isEqualTo(2);
	}

	@Test
	void shouldHoldUserPasswordsToTheDefaultPolicy() {
		Sandbox sandbox = sandbox("{\"users\":[{\"id\":\"" + ADA + "\",\"username\":\"ada\"}]}");
		assertInvalidData(setPassword(sandbox, "{\"value\":\"Aa1!Aa1!Aa1!\"}"), detail("INVALID_VALUE", "value",
				"User password did not satisfy password policy requirements: at least 5 different characters."));
		setPassword(sandbox, "{\"value\":\"Ab1!Cd2?\"}").then().statusCode(200);

		String strong = JsonDocument.of(create(sandbox, asDefault(CREATED))).getString("id");

		assertInvalidData(setPassword(sandbox, "{\"value\":\"Ab1!Cd2?\"}"), detail("INVALID_VALUE", "value",
				"User password did not satisfy password policy requirements: at least 12 characters."));
		Response set = setPassword(sandbox, "{\"value\":\"long enough !? 1\"}");
		assertThat(set.statusCode()).isEqualTo(200);
		assertThat(JsonDocument.of(set).getString("passwordPolicy.id")).isEqualTo(strong);
		api(sandbox).contentType("application/json")
			.body("{\"name\":\"Basic\",\"excludesProfileData\":false,\"notSimilarToCurrent\":false,"
					+ "\"excludesCommonlyUsed\":true,\"default\":true}")
			.put(policies(sandbox) + "/" + standardId(sandbox, 3))
			.then()
			.statusCode(200);
		assertThat(setPassword(sandbox, "{\"value\":\"aaaa\"}").statusCode()).isEqualTo(200);
		assertThat(JsonDocument.of(api(sandbox).get(sandbox.user(ADA) + "/password")).getString("passwordPolicy.id"))
			.isEqualTo(standardId(sandbox, 3));
	}

	@Test
	void shouldLetUserRolesReadAndOnlyEnvironmentAdminWrite() {
		Sandbox sandbox = sandbox("{\"applications\":[{\"roles\":[\"Environment Admin\"]},"
				+ "{\"roles\":[\"Identity Data Admin\"]},{\"roles\":[\"Identity Data Read Only\"]}]}");

		for (int app = 0; app < 3; app++) {
			api(sandbox, app).get(policies(sandbox)).then().statusCode(200);
		}
		create(sandbox, CREATED).then().statusCode(201);
		for (int app = 1; app < 3; app++) {
			assertError(
					api(sandbox, app).contentType("application/json")
						.body(CREATED.replace("Strong", "Stronger"))
						.post(policies(sandbox)),
					403, "ACCESS_FAILED", FORBIDDEN, detail("INSUFFICIENT_PERMISSIONS", null,
							"The application's roles do not allow changing the environment's password policies."));
		}
		assertThat(JsonDocument.of(api(sandbox).get(policies(sandbox))).getInt("count")).isEqualTo(4);
	}

	@Test
	void shouldGoBackToTheStandardPoliciesOnReset() {
		Sandbox sandbox = sandbox();
		String before = api(sandbox).get(policies(sandbox)).asString();
		create(sandbox, asDefault(CREATED)).then().statusCode(201);
		api(sandbox).delete(policies(sandbox) + "/" + standardId(sandbox, 3)).then().statusCode(204);

		control().post(sandbox.control() + "/reset").then().statusCode(204);

		setClock(sandbox, FROZEN_AT, true);
		renewToken(sandbox);
		JsonDocument after = JsonDocument.of(api(sandbox).get(policies(sandbox)));
		assertThat(after.getList("_embedded.passwordPolicies.id"))
			.isEqualTo(JsonDocument.parse(before).getList("_embedded.passwordPolicies.id"));
		assertThat(after.getBoolean("_embedded.passwordPolicies[0].default")).isTrue();
	}

	private static String asDefault(String body) {
		return body.substring(0, body.lastIndexOf('}')) + ",\"default\":true}";
	}

	private Response create(Sandbox sandbox, String body) {
		return api(sandbox).contentType("application/json").body(body).post(policies(sandbox));
	}

	private Response setPassword(Sandbox sandbox, String body) {
		return api(sandbox).contentType("application/vnd.pingidentity.password.set+json")
			.body(body)
			.put(sandbox.user(ADA) + "/password");
	}

	private static String policies(Sandbox sandbox) {
		return "/v1/environments/" + sandbox.id() + "/passwordPolicies";
	}

	/** A standard policy's id: the environment's with every hex digit moved on. */
	private static String standardId(Sandbox sandbox, int shift) {
		return StandardPasswordPolicies.idOf(java.util.UUID.fromString(sandbox.id()), shift).toString();
	}

	private String policy(Sandbox sandbox, String id, String members, String createdAt, String updatedAt,
			boolean isDefault) {
		return """
				{"_links":{"self":{"href":"%1$s/%2$s"},"environment":{"href":"%3$s"}},"id":"%2$s",
				 "environment":{"id":"%4$s"},%5$s,"populationCount":0,"createdAt":"%6$s","updatedAt":"%7$s",
				 "default":%8$s}""".formatted(href(policies(sandbox)), id, href("/v1/environments/" + sandbox.id()),
				sandbox.id(), members, createdAt, updatedAt, isDefault);
	}

}
