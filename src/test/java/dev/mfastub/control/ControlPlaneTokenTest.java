package dev.mfastub.control;

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

	private static void assertAccessFailed(io.restassured.response.Response response) {
		assertError(response, 401, "ACCESS_FAILED", UNAUTHORIZED,
				detail("INVALID_TOKEN", HEADER, "The control plane needs the X-Stub-Control-Token header."));
	}

}
