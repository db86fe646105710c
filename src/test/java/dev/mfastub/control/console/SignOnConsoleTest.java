package dev.mfastub.control.console;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import dev.mfastub.support.JsonDocument;
import dev.mfastub.support.Sandbox;
import dev.mfastub.support.SignOnTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 33: a user's console page lists its recent sign-ons, told by the journal: run
 * through the redirectless Flow API in a sandbox, one completed with MFA skipped by a
 * bypass, one failed by wrong passcodes.
 */
class SignOnConsoleTest extends SignOnTest {

	private static final Pattern ROW = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL);

	private static final Pattern CELL = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL);

	@Test
	void shouldListAUsersSignOnsNewestFirstWithTheirOutcomeAndWhatWasUsed() {
		// Ada: MFA on. Bob: MFA on, bypass running. Carol: never signs on.
		Sandbox sandbox = signOnSandbox();
		String clientId = app(sandbox, WEB_APP)[0];
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
		String wrongOtp = wrong(lastOtp(sandbox));
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

	/** A redirectless authorize request: the new flow's id. */
	private String authorize(Sandbox sandbox, String clientId) {
		Response started = authorize(sandbox, clientId, "");
		assertThat(started.statusCode()).as(started.asString()).isEqualTo(200);
		return JsonDocument.of(started).getString("id");
	}

	private JsonDocument passwordCheck(Sandbox sandbox, String flowId, String username) {
		Response checked = flow(sandbox, flowId, PASSWORD_CHECK,
				"{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}");
		assertThat(checked.statusCode()).as(checked.asString()).isEqualTo(200);
		return JsonDocument.of(checked);
	}

}
