package dev.mfastub.control.console;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import dev.mfastub.support.JsonDocument;
import dev.mfastub.support.Sandbox;
import dev.mfastub.support.SandboxTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 33: a user's console page lists its recent sign-ons, told by the journal: run
 * through the redirectless Flow API in a sandbox, one completed with MFA skipped by a
 * bypass, one failed by wrong passcodes.
 */
class SignOnConsoleTest extends SandboxTest {

	private static final String ADA_ID = "4b7e7c0e-33a1-4f3a-9d0e-6c1a2f5e8d01";

	private static final String BOB_ID = "9c2d4e6f-8a1b-4c3d-9e5f-7a6b8c9d0e12";

	private static final String CAROL_ID = "1f3e5d7c-9b2a-4d6c-8e0f-2a4b6c8d0e34";

	private static final String PASSWORD = "2Federate!M0re";

	private static final String CALLBACK = "https://app.example.com/callback";

	private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUpdIaYuvBOvEn7Yoz8Fq0QeE0cQ";

	private static final String PASSWORD_CHECK = "application/vnd.pingidentity.usernamePassword.check+json";

	private static final String OTP_CHECK = "application/vnd.pingidentity.otp.check+json";

	private static final Pattern ROW = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL);

	private static final Pattern CELL = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL);

	@Test
	void shouldListAUsersSignOnsNewestFirstWithTheirOutcomeAndWhatWasUsed() {
		Sandbox sandbox = sandbox("""
				{"users":[{"id":"%s","username":"ada","email":"ada@example.com","mfaEnabled":true},
				          {"id":"%s","username":"bob","email":"bob@example.com","mfaEnabled":true,
				           "bypassMFAEnabledUntil":"2030-02-01T00:00:00.000Z"},
				          {"id":"%s","username":"carol","email":"carol@example.com","mfaEnabled":true}]}"""
			.formatted(ADA_ID, BOB_ID, CAROL_ID));
		for (String user : List.of(ADA_ID, BOB_ID)) {
			api(sandbox).contentType("application/vnd.pingidentity.password.set+json")
				.body("{\"value\":\"" + PASSWORD + "\",\"forceChange\":false}")
				.put(sandbox.user(user) + "/password")
				.then()
				.statusCode(200);
		}
		String clientId = app(sandbox);
		api(sandbox).contentType("application/json")
			.body("{\"type\":\"EMAIL\",\"email\":\"ada@example.com\"}")
			.post(sandbox.user(ADA_ID) + "/devices")
			.then()
			.statusCode(201);

		String bypassed = authorize(sandbox, clientId);
		advance(sandbox, "PT5S");
		assertThat(passwordCheck(sandbox, bypassed, "bob").getString("status")).isEqualTo("COMPLETED");
		advance(sandbox, "PT1M");
		String failed = authorize(sandbox, clientId);
		advance(sandbox, "PT10S");
		assertThat(passwordCheck(sandbox, failed, "ada").getString("status")).isEqualTo("OTP_REQUIRED");
		advance(sandbox, "PT20S");
		List<String> otps = JsonDocument.of(control().get(sandbox.control() + "/notifications"))
			.getList("notifications.otp");
		String otp = otps.get(otps.size() - 1);
		String wrongOtp = (otp.charAt(0) == '0' ? "1" : "0") + otp.substring(1);
		for (int wrong = 0; wrong < 3; wrong++) {
			Response refused = flow(sandbox, failed, OTP_CHECK, "{\"otp\":\"" + wrongOtp + "\"}");
			assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(400);
		}
		assertThat(JsonDocument.of(anonymous().get("/" + sandbox.id() + "/flows/" + failed)).getString("status"))
			.isEqualTo("FAILED");
		String pending = authorize(sandbox, clientId);
		advance(sandbox, "PT1S");
		assertThat(passwordCheck(sandbox, pending, "ada").getString("status")).isEqualTo("OTP_REQUIRED");

		Response ada = page(sandbox, ADA_ID);

		assertThat(ada.statusCode()).isEqualTo(200);
		assertThat(ada.asString()).contains("<h2 id=\"sign-ons-heading\">Recent sign-ons</h2>")
			.doesNotContain(PASSWORD);
		assertThat(signOns(ada)).containsExactly(
				List.of("2030-01-01T00:01:35.000Z", "—", clientId, "IN PROGRESS (OTP_REQUIRED)", "password"),
				List.of("2030-01-01T00:01:05.000Z", "2030-01-01T00:01:35.000Z", clientId, "FAILED (LIMIT_EXCEEDED)",
						"password"));
		assertThat(signOns(page(sandbox, BOB_ID))).containsExactly(List.of("2030-01-01T00:00:00.000Z",
				"2030-01-01T00:00:05.000Z", clientId, "COMPLETED", "password, MFA skipped: bypass"));
		assertThat(signOns(page(sandbox, CAROL_ID))).containsExactly(List.of("No sign-ons yet."));

		// A flow is good for 15 minutes: one left waiting then shows as expired.
		advance(sandbox, "PT15M");
		assertThat(signOns(page(sandbox, ADA_ID)).get(0)).containsExactly("2030-01-01T00:01:35.000Z", "—", clientId,
				"EXPIRED (OTP_REQUIRED)", "password");
	}

	private Response page(Sandbox sandbox, String userId) {
		return anonymous().get("/__stub/console/environments/" + sandbox.id() + "/users/" + userId + "/devices");
	}

	/** The cells of each row of the page's sign-ons table, as a person reads them. */
	private static List<List<String>> signOns(Response page) {
		String html = page.asString();
		String table = html.substring(html.indexOf("<table id=\"sign-ons\""));
		table = table.substring(table.indexOf("<tbody>"), table.indexOf("</tbody>"));
		List<List<String>> rows = new ArrayList<>();
		Matcher row = ROW.matcher(table);
		while (row.find()) {
			List<String> cells = new ArrayList<>();
			Matcher cell = CELL.matcher(row.group(1));
			while (cell.find()) {
				cells.add(cell.group(1).strip());
			}
			rows.add(cells);
		}
		return rows;
	}

	/** An OIDC web app on PingOne's standard "Multi_Factor" policy: its client id. */
	private String app(Sandbox sandbox) {
		String apps = "/v1/environments/" + sandbox.id() + "/applications";
		Response created = api(sandbox).contentType("application/json")
			.body("""
					{"enabled":true,"name":"Web","type":"WEB_APP","protocol":"OPENID_CONNECT",
					 "grantTypes":["AUTHORIZATION_CODE"],"redirectUris":["%s"],"responseTypes":["CODE"],
					 "pkceEnforcement":"S256_REQUIRED","tokenEndpointAuthMethod":"CLIENT_SECRET_BASIC"}"""
				.formatted(CALLBACK))
			.post(apps);
		assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
		String id = JsonDocument.of(created).getString("id");
		JsonDocument policies = JsonDocument
			.of(api(sandbox).get("/v1/environments/" + sandbox.id() + "/signOnPolicies"));
		List<String> names = policies.getList("_embedded.signOnPolicies.name");
		String multiFactor = policies.getString("_embedded.signOnPolicies[" + names.indexOf("Multi_Factor") + "].id");
		api(sandbox).contentType("application/json")
			.body("{\"priority\":1,\"signOnPolicy\":{\"id\":\"" + multiFactor + "\"}}")
			.post(apps + "/" + id + "/signOnPolicyAssignments")
			.then()
			.statusCode(201);
		return id;
	}

	/** A redirectless authorize request: the new flow's id. */
	private String authorize(Sandbox sandbox, String clientId) {
		Response started = anonymous().redirects()
			.follow(false)
			.urlEncodingEnabled(false)
			.get("/" + sandbox.id() + "/as/authorize?response_type=code&response_mode=pi.flow&client_id=" + clientId
					+ "&redirect_uri=" + CALLBACK + "&scope=openid&code_challenge=" + challenge()
					+ "&code_challenge_method=S256");
		assertThat(started.statusCode()).as(started.asString()).isEqualTo(200);
		return JsonDocument.of(started).getString("id");
	}

	private JsonDocument passwordCheck(Sandbox sandbox, String flowId, String username) {
		Response checked = flow(sandbox, flowId, PASSWORD_CHECK,
				"{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}");
		assertThat(checked.statusCode()).as(checked.asString()).isEqualTo(200);
		return JsonDocument.of(checked);
	}

	private Response flow(Sandbox sandbox, String flowId, String action, String body) {
		return anonymous().contentType(action).body(body).post("/" + sandbox.id() + "/flows/" + flowId);
	}

	private static String challenge() {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(VERIFIER.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
