package dev.mfastub.control.console;

import java.util.List;

import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import dev.mfastub.support.ApiTest;
import dev.mfastub.support.JsonDocument;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console at {@code /__stub/console}: its pages, and forms that change the stub
 * through the API's services, with the API's rules and messages, journalled with the
 * console as the caller; a page of another site cannot use it. The browser test
 * ({@code e2e/console.test.mjs}) runs the same steps in Chromium.
 */
class ConsoleTest extends ApiTest {

	private static final String CONSOLE = "/__stub/console";

	private final CookieFilter cookies = new CookieFilter();

	@Test
	void shouldListTheEnvironmentsAndCreateASandboxFromItsForm() {
		Response list = page(CONSOLE + "/");

		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.contentType()).isEqualTo("text/html;charset=UTF-8");
		assertThat(list.asString()).contains("PingOne documentation examples", ENV);

		Response created = form().formParam("name", "Console box")
			.formParam("users", "ada.lovelace\ngrace.hopper")
			.post(CONSOLE + "/environments");

		assertThat(created.statusCode()).isEqualTo(302);
		String location = created.header("Location");
		assertThat(location).matches(".*/__stub/console/environments/[0-9a-f-]{36}");
		String id = location.substring(location.lastIndexOf('/') + 1);
		Response sandbox = page(location);
		assertThat(sandbox.asString()).contains("<h1>Console box</h1>", "Sandbox created.");
		assertThat(page(CONSOLE + "/environments/" + id + "/users").asString()).contains("ada.lovelace",
				"grace.hopper");
		control().delete("/__stub/environments/" + id).then().statusCode(204);
	}

	@Test
	void shouldChangeMfaThroughTheApisServiceJournalledAsTheConsole() {
		String users = CONSOLE + "/environments/" + ENV + "/users";

		Response enabled = form().formParam("mfaEnabled", "true").post(users + "/" + ADA + "/mfaEnabled");

		assertThat(enabled.statusCode()).isEqualTo(302);
		assertThat(enabled.header("Location")).endsWith(users);
		assertThat(page(enabled.header("Location")).asString()).contains("MFA enabled.");
		assertThat(JsonDocument.of(api().get(user(ADA) + "/mfaEnabled")).getBoolean("mfaEnabled")).isTrue();
		JsonDocument journal = JsonDocument.of(anonymous().get("/__stub/environments/" + ENV + "/events"));
		assertThat(journal.<String>getList("events.type")).containsExactly("MFA_ENABLED_UPDATED");
		assertThat(journal.getString("events[0].clientId")).isEqualTo("stub-console");

		assertThat(submit(form().formParam("bypassMFAEnabledUntil", "2025-11-20T11:00:00.000Z"),
				users + "/" + ADA + "/bypassMFA")
			.asString()).contains("Bypass set.", "canBypassMFA: true", "until 2025-11-20T11:00:00.000Z");
		assertThat(JsonDocument.of(api().get(user(ADA) + "/bypassMFA")).getBoolean("canBypassMFA")).isTrue();
		submit(form(), users + "/" + ADA + "/bypassMFA/end");
		assertThat(JsonDocument.of(api().get(user(ADA) + "/bypassMFA")).<Object>get("canBypassMFA")).isNull();
	}

	@Test
	void shouldAnswerABadBypassDateWithPingOnesMessageAndChangeNothing() {
		String users = CONSOLE + "/environments/" + ENV + "/users";

		assertThat(submit(form().formParam("bypassMFAEnabledUntil", "2030-01-01"), users + "/" + ADA + "/bypassMFA")
			.asString())
			.contains(
					"INVALID_DATA: The request could not be completed. One or more "
							+ "validation errors were in the request.",
					"bypassMFAEnabledUntil: bypassMFAEnabledUntil must be a date and time in the format "
							+ "yyyy-MM-dd&#39;T&#39;HH:mm:ss.SSS&#39;Z&#39;, such as 2025-11-26T00:00:00.000Z.");
		assertThat(anonymous().get("/__stub/environments/" + ENV + "/events").asString()).isEqualTo("{\"events\":[]}");
	}

	@Test
	void shouldMoveTheClockAndKeepFaultsFromItsForms() {
		String environment = CONSOLE + "/environments/" + ENV;

		submit(form().formParam("method", "GET")
			.formParam("path", "/v1/**")
			.formParam("status", "503")
			.formParam("times", "1"), environment + "/faults");
		assertThat(api().get(user(ADA)).statusCode()).isEqualTo(503);
		assertThat(api().get(user(ADA)).statusCode()).isEqualTo(200);
		submit(form().formParam("path", "/v1/**").formParam("status", "500"), environment + "/faults");
		assertThat(JsonDocument.of(control().get("/__stub/environments/" + ENV + "/faults"))
			.<Integer>getList("rules.status")).containsExactly(500);
		submit(form(), environment + "/faults/0/remove");
		assertThat(control().get("/__stub/environments/" + ENV + "/faults").asString()).isEqualTo("{\"rules\":[]}");
		// Last, as the API's tokens run on the real clock of the test.
		assertThat(submit(form().formParam("action", "advance").formParam("duration", "PT2H"), environment + "/clock")
			.asString()).contains("id=\"clock-now\">2025-11-20T12:00:00.000Z<");
		assertThat(submit(form().formParam("action", "advance").formParam("duration", "soon"), environment + "/clock")
			.asString()).contains("duration: duration must be a non-negative ISO-8601 duration, such as PT2H or P1D.");
	}

	/** Issue 32: a user's page shows the groups it is in, and how. */
	@Test
	void shouldShowTheGroupsAUserIsIn() {
		String groups = "/v1/environments/" + ENV + "/groups";
		String added = JsonDocument
			.of(api().contentType("application/json").body("{\"name\":\"Console readers\"}").post(groups))
			.getString("id");
		api().contentType("application/json")
			.body("{\"name\":\"Everyone named Ada\",\"userFilter\":\"username sw \\\"ada\\\"\"}")
			.post(groups)
			.then()
			.statusCode(201);
		api().contentType("application/json")
			.body("{\"id\":\"" + added + "\"}")
			.post(user(ADA) + "/memberOfGroups")
			.then()
			.statusCode(201);

		String page = page(CONSOLE + "/environments/" + ENV + "/users/" + ADA + "/devices").asString();

		assertThat(page).contains("<td>Console readers</td>", "<td>DIRECT</td>", "<td>Everyone named Ada</td>",
				"<td>INDIRECT</td>", added);
		assertThat(page(CONSOLE + "/environments/" + ENV + "/users/" + GRACE + "/devices").asString())
			.contains("In no group.");
	}

	@Test
	void shouldPairADeviceWithTheCodeFromTheOutbox() {
		String devices = CONSOLE + "/environments/" + ENV + "/users/" + ADA + "/devices";

		submit(form().formParam("type", "EMAIL").formParam("address", "ada@example.com").formParam("pair", "true"),
				devices);

		String id = JsonDocument.of(api().get(user(ADA) + "/devices")).getString("_embedded.devices[0].id");
		assertThat(page(devices).asString()).contains("ACTIVATION_REQUIRED", "ada@example.com");
		assertThat(submit(form().formParam("otp", "12"), devices + "/" + id + "/activate").asString())
			.contains("otp: otp contains characters that are not allowed.");
		assertThat(submit(form().formParam("otp", lastOtp()), devices + "/" + id + "/activate").asString())
			.contains("Device activated.");
		assertThat(JsonDocument.of(api().get(user(ADA) + "/devices/" + id)).getString("status")).isEqualTo("ACTIVE");
		submit(form(), devices + "/" + id + "/block");
		assertThat(JsonDocument.of(api().get(user(ADA) + "/devices/" + id)).getString("block.status"))
			.isEqualTo("BLOCKED");
		submit(form(), devices + "/" + id + "/delete");
		assertThat(JsonDocument.of(api().get(user(ADA) + "/devices")).getInt("count")).isZero();
		List<String> callers = JsonDocument.of(anonymous().get("/__stub/environments/" + ENV + "/events"))
			.getList("events.clientId");
		assertThat(callers).isNotEmpty().containsOnly("stub-console");
	}

	@Test
	void shouldRefuseAFormOfAnotherSiteAndStayOutOfTheApiDocument() {
		Response refused = form().header("Sec-Fetch-Site", "cross-site")
			.formParam("mfaEnabled", "true")
			.post(CONSOLE + "/environments/" + ENV + "/users/" + ADA + "/mfaEnabled");

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(JsonDocument.of(api().get(user(ADA) + "/mfaEnabled")).getBoolean("mfaEnabled")).isFalse();
		assertThat(anonymous().get("/v3/api-docs").asString()).doesNotContain("/__stub/console");
		assertThat(page(CONSOLE + "/assets/console.js").asString()).contains("data-writes");
		assertThat(page(CONSOLE + "/environments/" + UNKNOWN).statusCode()).isEqualTo(404);
	}

	private RequestSpecification form() {
		return anonymous().filter(this.cookies)
			.redirects()
			.follow(false)
			.contentType("application/x-www-form-urlencoded");
	}

	/** Sends a form as a browser does: then the page it is sent back to. */
	private Response submit(RequestSpecification form, String path) {
		Response sent = form.post(path);
		assertThat(sent.statusCode()).as(sent.asString()).isEqualTo(302);
		return page(sent.header("Location"));
	}

	private Response page(String path) {
		return anonymous().filter(this.cookies).get(path);
	}

	private RequestSpecification control() {
		return anonymous();
	}

}
