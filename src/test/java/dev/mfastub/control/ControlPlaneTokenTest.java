package dev.mfastub.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.mfastub.support.JsonDocument;
import dev.mfastub.support.Sandbox;
import dev.mfastub.support.SandboxTest;

import org.springframework.test.context.TestPropertySource;

import static dev.mfastub.support.PingOneErrors.FORBIDDEN;
import static dev.mfastub.support.PingOneErrors.UNAUTHORIZED;
import static dev.mfastub.support.PingOneErrors.assertError;
import static dev.mfastub.support.PingOneErrors.detail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * With {@code stub.control.token} set, every control plane call must carry it in
 * {@code X-Stub-Control-Token}; with it, the control plane is on even though the server
 * listens beyond loopback. A context shared with the other tests of such a stub.
 */
@TestPropertySource(properties = { "stub.control.token=" + ControlPlaneTokenTest.CONTROL_TOKEN,
		"server.address=0.0.0.0", "stub.h2-database=mem:control-token-test" })
public class ControlPlaneTokenTest extends SandboxTest {

	/**
	 * The control token of the context this class shares with the other tests of a stub
	 * that listens beyond loopback.
	 */
	public static final String CONTROL_TOKEN = "ctl-Qm7tV2xK9pR4wZ8nB3hJ6yD1";

	private static final String HEADER = "X-Stub-Control-Token";

	@Override
	protected RequestSpecification control() {
		return anonymous().header(HEADER, CONTROL_TOKEN);
	}

	@Test
	void shouldWorkWithTheToken() {
		Sandbox sandbox = sandbox("{\"users\":[{\"id\":\"%s\",\"username\":\"ada\"}]}".formatted(ADA));

		control().get(sandbox.control() + "/clock")
			.then()
			.statusCode(200)
			.body(JsonDocument.at("now", equalTo(FROZEN_AT)));
		control().get(sandbox.control() + "/events").then().statusCode(200);
		control().post(sandbox.control() + "/reset").then().statusCode(204);
		control().delete(sandbox.control()).then().statusCode(204);
	}

	@Test
	void shouldAnswerAnyHostOffLoopback() {
		// Listening beyond loopback there is no name to check Host against: the token
		// guards the control plane.
		Sandbox sandbox = sandbox("{\"users\":[{\"id\":\"%s\",\"username\":\"ada\"}]}".formatted(ADA));

		control().header("Host", "stub.internal.example:8080").get(sandbox.control() + "/clock").then().statusCode(200);
		api(sandbox).header("Host", "evil.example").get(sandbox.user(ADA)).then().statusCode(200);
	}

	@Test
	void shouldRefuseABrowserOfAnotherSiteEvenWithTheToken() {
		Sandbox sandbox = sandbox();

		assertError(
				control().header("Origin", "https://evil.example")
					.header("Sec-Fetch-Site", "cross-site")
					.post(sandbox.control() + "/reset"),
				403, "ACCESS_FAILED", FORBIDDEN, detail("INSUFFICIENT_PERMISSIONS", null,
						"The control plane does not answer requests that a browser sends from another site."));
	}

	@Test
	void shouldNotNeedTheControlTokenOutsideTheControlPlane() {
		Sandbox sandbox = sandbox("{\"users\":[{\"id\":\"%s\",\"username\":\"ada\"}]}".formatted(ADA));

		api(sandbox).get(sandbox.user(ADA)).then().statusCode(200);
	}

	@Test
	void shouldRefuseEveryCallWithoutTheToken() {
		Sandbox sandbox = sandbox();

		assertAccessFailed(anonymous().contentType("application/json").body("{}").post("/__stub/environments"));
		assertAccessFailed(anonymous().get(sandbox.control() + "/clock"));
		assertAccessFailed(anonymous().contentType("application/json")
			.body("{\"duration\":\"PT1H\"}")
			.post(sandbox.control() + "/clock/advance"));
		assertAccessFailed(anonymous().contentType("application/json")
			.body("[{\"path\":\"/v1/**\",\"status\":503}]")
			.put(sandbox.control() + "/faults"));
		assertAccessFailed(anonymous().get(sandbox.control() + "/events"));
		assertAccessFailed(anonymous().post(sandbox.control() + "/reset"));
		assertAccessFailed(anonymous().delete(sandbox.control()));
		assertAccessFailed(anonymous().get("/__stub/no-such-thing"));
		assertAccessFailed(anonymous().get("/__stub"));
		// Nothing of it happened.
		control().get(sandbox.control() + "/clock")
			.then()
			.statusCode(200)
			.body(JsonDocument.at("now", equalTo(FROZEN_AT)));
		control().get(sandbox.control() + "/faults").then().body(equalTo("{\"rules\":[]}"));
	}

	@ParameterizedTest(name = "\"{0}\"")
	@ValueSource(strings = { "wrong-token", "CTL-QM7TV2XK9PR4WZ8NB3HJ6YD1", "Bearer ctl-Qm7tV2xK9pR4wZ8nB3hJ6yD1",
			"ctl-Qm7tV2xK9pR4wZ8nB3hJ6yD1x", "ctl-Qm7tV2xK9pR4wZ8nB3hJ6yD", "" })
	void shouldRefuseAWrongToken(String token) {
		Sandbox sandbox = sandbox();

		assertAccessFailed(anonymous().header(HEADER, token).get(sandbox.control() + "/clock"));
		assertAccessFailed(anonymous().header(HEADER, token).delete(sandbox.control()));
		control().get(sandbox.control() + "/clock").then().statusCode(200);
	}

	@Test
	void shouldNotTakeTheTokenAsABearerToken() {
		assertAccessFailed(anonymous().auth().oauth2(CONTROL_TOKEN).get("/__stub/environments/" + ADA + "/clock"));
	}

	@Test
	void shouldLetABrowserIntoTheConsoleWithTheTokenGivenOnce() throws Exception {
		Sandbox sandbox = sandbox();
		String cookie = "STUB_CONTROL=" + HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(CONTROL_TOKEN.getBytes(StandardCharsets.UTF_8)));

		Response page = anonymous().redirects().follow(false).get("/__stub/console/");
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.header("Location")).endsWith("/__stub/console/login");
		assertThat(anonymous().get("/__stub/console/login").asString()).contains("Control token");
		assertThat(anonymous().get("/__stub/console/assets/console.css").statusCode()).isEqualTo(200);
		Response wrong = anonymous().redirects()
			.follow(false)
			.contentType("application/x-www-form-urlencoded")
			.formParam("token", "ctl-guess")
			.post("/__stub/console/login");
		assertThat(wrong.statusCode()).isEqualTo(401);
		assertThat(wrong.asString()).contains("token: This is not the stub&#39;s control token.");
		assertThat(wrong.header("Set-Cookie")).isNull();

		Response login = anonymous().redirects()
			.follow(false)
			.contentType("application/x-www-form-urlencoded")
			.formParam("token", CONTROL_TOKEN)
			.post("/__stub/console/login");

		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.header("Set-Cookie")).isEqualTo(cookie + "; Path=/__stub; HttpOnly; SameSite=Strict");
		assertThat(login.header("Set-Cookie")).doesNotContain(CONTROL_TOKEN);
		assertThat(anonymous().header("Cookie", cookie).get("/__stub/console/").asString())
			.contains("<h1>Environments</h1>", sandbox.id());
		anonymous().header("Cookie", cookie).get(sandbox.control() + "/events").then().statusCode(200);
		assertAccessFailed(
				anonymous().header("Cookie", "STUB_CONTROL=" + "0".repeat(64)).get(sandbox.control() + "/events"));
		assertThat(anonymous().header("Cookie", cookie)
			.header("Sec-Fetch-Site", "cross-site")
			.get(sandbox.control() + "/events")
			.statusCode()).isEqualTo(403);
	}

	private static void assertAccessFailed(Response response) {
		assertError(response, 401, "ACCESS_FAILED", UNAUTHORIZED,
				detail("INVALID_TOKEN", HEADER, "The control plane needs the X-Stub-Control-Token header."));
	}

}
