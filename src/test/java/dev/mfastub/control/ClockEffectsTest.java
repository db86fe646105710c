package dev.mfastub.control;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import dev.mfastub.support.Json;
import dev.mfastub.support.JsonDocument;
import dev.mfastub.support.Sandbox;
import dev.mfastub.support.SandboxTest;

import static dev.mfastub.support.PingOneErrors.UNAUTHORIZED;
import static dev.mfastub.support.PingOneErrors.assertError;
import static dev.mfastub.support.PingOneErrors.detail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * What a sandbox's clock decides: when a bypass ends, when a token expires, and the
 * timestamps users get. Each sandbox has its own clock.
 */
class ClockEffectsTest extends SandboxTest {

	@Test
	void shouldEndABypassExactlyAtItsInstant() {
		Sandbox sandbox = sandbox("""
				{"users":[{"id":"%s","username":"ada","bypassMFAEnabledUntil":"2030-01-01T12:00:00.000Z"}]}
				""".formatted(ADA));
		setClock(sandbox, "2030-01-01T11:59:59.000Z", true);
		renewToken(sandbox);
		String bypass = sandbox.user(ADA) + "/bypassMFA";
		String links = "{\"self\":{\"href\":\"%1$s/bypassMFA\"},\"user\":{\"href\":\"%1$s\"}}"
			.formatted(href(sandbox.user(ADA)));

		api(sandbox).get(bypass)
			.then()
			.statusCode(200)
			.body(equalTo("{\"_links\":" + links
					+ ",\"bypassMFAEnabledUntil\":\"2030-01-01T12:00:00.000Z\",\"canBypassMFA\":true}"));

		advance(sandbox, "PT0.999S");
		api(sandbox).get(bypass).then().statusCode(200).body(JsonDocument.at("canBypassMFA", equalTo(true)));

		advance(sandbox, "PT0.001S");
		api(sandbox).get(bypass).then().statusCode(200).body(equalTo("{\"_links\":" + links + "}"));
	}

	@Test
	void shouldEndABypassSetThroughTheApiWhenTheClockReachesIt() {
		Sandbox sandbox = sandbox("{\"users\":[{\"id\":\"%s\",\"username\":\"ada\"}]}".formatted(ADA));
		String bypass = sandbox.user(ADA) + "/bypassMFA";
		api(sandbox).contentType("application/json")
			.body("{\"bypassMFAEnabledUntil\":\"2030-01-01T00:10:00.000Z\"}")
			.put(bypass)
			.then()
			.statusCode(200)
			.body(JsonDocument.at("canBypassMFA", equalTo(true)));

		advance(sandbox, "PT9M59S");
		api(sandbox).get(bypass).then().body(JsonDocument.at("canBypassMFA", equalTo(true)));
		advance(sandbox, "PT1S");
		api(sandbox).get(bypass)
			.then()
			.statusCode(200)
			.body(JsonDocument.at("bypassMFAEnabledUntil", equalTo(null)))
			.body(JsonDocument.at("canBypassMFA", equalTo(null)));
	}

	@Test
	void shouldExpireATokenExactlyAnHourAfterItWasIssuedOnTheSandboxClock() {
		Sandbox sandbox = sandbox();
		Response issued = anonymous().formParam("grant_type", "client_credentials")
			.formParam("client_id", sandbox.clientId())
			.formParam("client_secret", sandbox.clientSecret())
			.post(sandbox.tokenPath());
		issued.then().statusCode(200).body(JsonDocument.at("expires_in", equalTo(3600)));
		String token = JsonDocument.of(issued).get("access_token");
		String claims = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]),
				java.nio.charset.StandardCharsets.UTF_8);
		// 2030-01-01T00:00:00Z and an hour later, in epoch seconds
		assertThat(Json.at(claims, "/iat")).isEqualTo("1893456000");
		assertThat(Json.at(claims, "/exp")).isEqualTo("1893459600");

		anonymous().auth().oauth2(token).get(sandbox.users()).then().statusCode(200);
		advance(sandbox, "PT59M59S");
		anonymous().auth().oauth2(token).get(sandbox.users()).then().statusCode(200);
		advance(sandbox, "PT1S");

		Response expired = anonymous().auth().oauth2(token).get(sandbox.users());
		assertError(expired, 401, "ACCESS_FAILED", UNAUTHORIZED,
				detail("INVALID_TOKEN", null, "The access token is invalid or has expired."));
		assertThat(expired.header("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");
	}

	@Test
	void shouldNotAcceptATokenBeforeTheSandboxClockReachesItsIssueTime() {
		Sandbox sandbox = sandbox();

		setClock(sandbox, "2029-12-31T23:59:59.999Z", true);

		assertError(api(sandbox).get(sandbox.users()), 401, "ACCESS_FAILED", UNAUTHORIZED,
				detail("INVALID_TOKEN", null, "The access token is invalid or has expired."));
		advance(sandbox, "PT0.001S");
		api(sandbox).get(sandbox.users()).then().statusCode(200);
	}

	@Test
	void shouldStampUsersWithTheSandboxClock() {
		Sandbox sandbox = sandbox();
		setClock(sandbox, "2030-06-15T08:30:00.123Z", true);
		renewToken(sandbox);

		Response created = api(sandbox).contentType("application/json")
			.body("{\"username\":\"stamped\"}")
			.post(sandbox.users());

		created.then()
			.statusCode(201)
			.body(JsonDocument.at("createdAt", equalTo("2030-06-15T08:30:00.123Z")))
			.body(JsonDocument.at("updatedAt", equalTo("2030-06-15T08:30:00.123Z")));
		String user = sandbox.user(JsonDocument.of(created).get("id"));
		advance(sandbox, "PT5M");
		api(sandbox).contentType("application/json")
			.body("{\"email\":\"stamped@example.com\"}")
			.patch(user)
			.then()
			.statusCode(200)
			.body(JsonDocument.at("createdAt", equalTo("2030-06-15T08:30:00.123Z")))
			.body(JsonDocument.at("updatedAt", equalTo("2030-06-15T08:35:00.123Z")));
		advance(sandbox, "PT5M");
		api(sandbox).contentType("application/json")
			.body("{\"mfaEnabled\":true}")
			.put(user + "/mfaEnabled")
			.then()
			.statusCode(200);
		api(sandbox).get(user)
			.then()
			.body(JsonDocument.at("createdAt", equalTo("2030-06-15T08:30:00.123Z")))
			.body(JsonDocument.at("updatedAt", equalTo("2030-06-15T08:40:00.123Z")));
	}

	@Test
	void shouldKeepTheClocksOfTwoSandboxesIndependent() {
		Sandbox first = sandbox();
		Sandbox second = sandbox();
		setClock(second, "2035-05-05T05:05:05.555Z", true);
		renewToken(second);

		advance(first, "PT1H");

		assertThat(now(first)).isEqualTo("2030-01-01T01:00:00.000Z");
		assertThat(now(second)).isEqualTo("2035-05-05T05:05:05.555Z");
		api(second).contentType("application/json")
			.body("{\"username\":\"second\"}")
			.post(second.users())
			.then()
			.statusCode(201)
			.body(JsonDocument.at("createdAt", equalTo("2035-05-05T05:05:05.555Z")));
		control().delete(first.control() + "/clock").then().statusCode(200);
		assertThat(now(second)).isEqualTo("2035-05-05T05:05:05.555Z");
		// The first sandbox's token (issued at 2030-01-01T00:00) is no concern of the
		// second's.
		api(second).get(second.users()).then().statusCode(200);
	}

}
