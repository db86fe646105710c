package dev.mfastub.auth;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Isolated;

import dev.mfastub.control.ControlPlaneTokenTest;
import dev.mfastub.support.ApiTest;
import dev.mfastub.support.JsonDocument;
import dev.mfastub.support.Sandbox;
import dev.mfastub.support.SandboxTest;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Worker-app secrets, the control token and access tokens are shown once where they are
 * issued (sandbox creation, the token endpoint) and never again: not in any later
 * response, and not in the log, even with Spring Security's and Spring MVC's DEBUG
 * logging on. The context of {@code ControlPlaneTokenTest}, with a control token.
 */
@ExtendWith(OutputCaptureExtension.class)
// Alone: it turns debug logging on for the whole JVM, and an application starting in
// another test class meanwhile would turn it off again.
@Isolated
@TestPropertySource(properties = { "stub.control.token=" + ControlPlaneTokenTest.CONTROL_TOKEN,
		"server.address=0.0.0.0", "stub.h2-database=mem:control-token-test" })
class SecretsNeverShownTest extends SandboxTest {

	static final String CONTROL_TOKEN = ControlPlaneTokenTest.CONTROL_TOKEN;

	/** The app that authenticates with form fields (client_secret_post). */
	private static final String POST_CLIENT = "secrets-post-worker";

	private static final String POST_SECRET = "post-Lk8fW3qN7vX2mC5tR9bY4gH6";

	/** The app that authenticates with HTTP Basic (client_secret_basic). */
	private static final String BASIC_CLIENT = "secrets-basic-worker";

	private static final String BASIC_SECRET = "basic-Zp4sE9uA2kM7jQ3wT8nV5cF1";

	private static final String WRONG_POST_SECRET = "wrongpost-Hd6rY1oB8xN3eK7sW2qL";

	private static final String WRONG_BASIC_SECRET = "wrongbasic-Ug5tP9iC4vJ2mZ8aX6r";

	/** A secret as a careless client sends it: a raw '%' that is no valid escape. */
	private static final String MALFORMED_SECRET = "malformed%zz-Fb3nQ8wE5yT1kR7pM4";

	private static final String WRONG_CONTROL_TOKEN = "wrongctl-Jx2cV7bN4mK9sL3dH8gW";

	/** A user's password, and one the policy refuses. */
	private static final String PASSWORD = "Pw-Never-Shown-7q!";

	private static final String WEAK_PASSWORD = "weakneverShown";

	private static final List<String> SECRETS = List.of(POST_SECRET, BASIC_SECRET, WRONG_POST_SECRET,
			WRONG_BASIC_SECRET, MALFORMED_SECRET, CONTROL_TOKEN, WRONG_CONTROL_TOKEN, PASSWORD, WEAK_PASSWORD);

	/** A sandbox with one app of each client authentication method, and one user. */
	private static final String DEFINITION = """
			{"users":[{"id":"%s","username":"ada"}],
			 "applications":[
			   {"clientId":"%s","clientSecret":"%s","roles":["Identity Admin"]},
			   {"clientId":"%s","clientSecret":"%s","roles":["Identity Data Read Only"]}]}""".formatted(ADA,
			POST_CLIENT, POST_SECRET, BASIC_CLIENT, BASIC_SECRET);

	/** Every response after the sandbox's creation, with what was asked. */
	private final List<Seen> responses = new ArrayList<>();

	/** Every access token issued. */
	private final List<String> tokens = new ArrayList<>();

	/**
	 * Debug logging on, again before each test: another test class starting its own
	 * application meanwhile resets the JVM's log levels.
	 */
	@BeforeEach
	void debugLogging() {
		LoggingSystem logging = LoggingSystem.get(SecretsNeverShownTest.class.getClassLoader());
		for (String logger : List.of("org.springframework.security", "org.springframework.web", "dev.mfastub")) {
			logging.setLogLevel(logger, LogLevel.DEBUG);
		}
	}

	/**
	 * Log levels are global to the JVM: put these back, so the DEBUG logging this class
	 * turned on does not flood the classes that run after it.
	 */
	@AfterAll
	static void restoreLogLevels() {
		LoggingSystem logging = LoggingSystem.get(SecretsNeverShownTest.class.getClassLoader());
		for (String logger : List.of("org.springframework.security", "org.springframework.web", "dev.mfastub")) {
			logging.setLogLevel(logger, null);
		}
	}

	@Override
	protected RequestSpecification control() {
		return anonymous().header("X-Stub-Control-Token", CONTROL_TOKEN);
	}

	@Test
	void shouldNeverShowASecretOfARightOrWrongTokenRequest(CapturedOutput output) {
		Sandbox sandbox = sandbox(DEFINITION);
		assertThat(sandbox.clientSecret(0)).isEqualTo(POST_SECRET);

		issued(see("token, form", 200,
				tokenRequest().formParam("client_id", POST_CLIENT)
					.formParam("client_secret", POST_SECRET)
					.post(sandbox.tokenPath())));
		issued(see("token, Basic", 200,
				tokenRequest().auth().preemptive().basic(BASIC_CLIENT, BASIC_SECRET).post(sandbox.tokenPath())));
		see("token, form, wrong secret", 401,
				tokenRequest().formParam("client_id", POST_CLIENT)
					.formParam("client_secret", WRONG_POST_SECRET)
					.post(sandbox.tokenPath()));
		see("token, Basic, wrong secret", 401,
				tokenRequest().auth().preemptive().basic(BASIC_CLIENT, WRONG_BASIC_SECRET).post(sandbox.tokenPath()));

		assertNothingShown(output);
	}

	@Test
	void shouldNeverShowAUsersPassword(CapturedOutput output) {
		Sandbox sandbox = sandbox(DEFINITION);
		String password = sandbox.user(ADA) + "/password";
		String set = "application/vnd.pingidentity.password.set+json";

		see("set password", 200,
				api(sandbox).contentType(set)
					.body("{\"value\":\"" + PASSWORD + "\",\"forceChange\":false}")
					.put(password));
		see("set a password the policy refuses", 400,
				api(sandbox).contentType(set).body("{\"value\":\"" + WEAK_PASSWORD + "\"}").put(password));
		see("set password, wrong media type", 415,
				api(sandbox).contentType("application/json").body("{\"value\":\"" + PASSWORD + "\"}").put(password));
		see("set password, malformed body", 400,
				api(sandbox).contentType(set).body("{\"value\":\"" + PASSWORD + "\",}").put(password));
		String check = "application/vnd.pingidentity.password.check+json";
		see("check password", 200,
				api(sandbox).contentType(check).body("{\"password\":\"" + PASSWORD + "\"}").post(password));
		see("check a wrong password", 400,
				api(sandbox).contentType(check).body("{\"password\":\"" + WEAK_PASSWORD + "\"}").post(password));
		String reset = "application/vnd.pingidentity.password.reset+json";
		see("update password with a wrong current one", 400,
				api(sandbox).contentType(reset)
					.body("{\"currentPassword\":\"" + WEAK_PASSWORD + "\",\"newPassword\":\"" + PASSWORD + "\"}")
					.put(password));
		see("update password as an administrator", 200,
				api(sandbox).contentType(reset).body("{\"newPassword\":\"" + WEAK_PASSWORD + "\"}").put(password));
		see("password state", 200, api(sandbox).get(password));
		see("user", 200, api(sandbox).get(sandbox.user(ADA)));
		see("journal", 200, control().get("/__stub/environments/" + sandbox.id() + "/events"));

		assertNothingShown(output);
	}

	@Test
	void shouldNeverLogAPasscodeATotpSecretOrARecoveryCode(CapturedOutput output) {
		Sandbox sandbox = sandbox("""
				{"users":[{"id":"%s","username":"ada"}],
				 "applications":[{"roles":["Environment Admin","Identity Data Admin"]}]}""".formatted(ADA));
		String policies = "/v1/environments/" + sandbox.id() + "/deviceAuthenticationPolicies";
		String policy = JsonDocument.of(api(sandbox).get(policies))
			.getString("_embedded.deviceAuthenticationPolicies[0].id");
		// Ten digits, so that no timestamp or id in the log holds the code by chance.
		api(sandbox).contentType("application/json")
			.body("{\"name\":\"Default MFA Policy\",\"sms\":{\"enabled\":true},\"voice\":{\"enabled\":true},"
					+ "\"email\":{\"enabled\":true,\"otp\":{\"otpLength\":10}},\"totp\":{\"enabled\":true}}")
			.put(policies + "/" + policy)
			.then()
			.statusCode(200);
		String devices = sandbox.user(ADA) + "/devices";
		String email = JsonDocument
			.of(api(sandbox).contentType("application/json")
				.body("{\"type\":\"EMAIL\",\"email\":\"ada@example.com\",\"status\":\"ACTIVATION_REQUIRED\"}")
				.post(devices))
			.getString("id");
		String otp = JsonDocument.of(control().get("/__stub/environments/" + sandbox.id() + "/notifications"))
			.getString("notifications[0].otp");
		assertThat(otp).hasSize(10);
		String activate = "application/vnd.pingidentity.device.activate+json";
		api(sandbox).contentType(activate)
			.body("{\"otp\":\"" + otp + "\"}")
			.post(devices + "/" + email)
			.then()
			.statusCode(200);
		JsonDocument totp = JsonDocument
			.of(api(sandbox).contentType("application/json").body("{\"type\":\"TOTP\"}").post(devices));
		String secret = totp.getString("secret");
		api(sandbox).contentType(activate)
			.body("{\"otp\":\"" + otp + "\"}")
			.post(devices + "/" + totp.getString("id"))
			.then()
			.statusCode(400);
		api(sandbox).get(devices).then().statusCode(200);
		String password = sandbox.user(ADA) + "/password";
		api(sandbox).contentType("application/vnd.pingidentity.password.set+json")
			.body("{\"value\":\"" + PASSWORD + "\"}")
			.put(password)
			.then()
			.statusCode(200);
		api(sandbox).contentType("application/json")
			.body("{\"username\":\"ada\",\"email\":\"ada@example.com\"}")
			.put(sandbox.user(ADA))
			.then()
			.statusCode(200);
		api(sandbox).contentType("application/vnd.pingidentity.password.sendRecoveryCode+json")
			.post(password)
			.then()
			.statusCode(204);
		List<String> sent = JsonDocument.of(control().get("/__stub/environments/" + sandbox.id() + "/notifications"))
			.getList("notifications.otp");
		String recoveryCode = sent.get(sent.size() - 1);
		api(sandbox).contentType("application/vnd.pingidentity.password.recover+json")
			.body("{\"recoveryCode\":\"" + recoveryCode + "\",\"newPassword\":\"" + PASSWORD + "\"}")
			.post(password)
			.then()
			.statusCode(200);

		api(sandbox).contentType("application/json")
			.body("{\"mfaEnabled\":true}")
			.put(sandbox.user(ADA) + "/mfaEnabled")
			.then()
			.statusCode(200);
		String flow = "/" + sandbox.id() + "/deviceAuthentications/"
				+ JsonDocument
					.of(api(sandbox).contentType("application/json")
						.body("{\"user\":{\"id\":\"" + ADA + "\"}}")
						.post("/" + sandbox.id() + "/deviceAuthentications"))
					.getString("id");
		sent = JsonDocument.of(control().get("/__stub/environments/" + sandbox.id() + "/notifications"))
			.getList("notifications.otp");
		String flowOtp = sent.get(sent.size() - 1);
		assertThat(flowOtp).hasSize(10);
		String check = "application/vnd.pingidentity.otp.check+json";
		api(sandbox).contentType(check).body("{\"otp\":\"" + otp + "\"}").post(flow).then().statusCode(400);
		api(sandbox).contentType(check).body("{\"otp\":\"" + flowOtp + "\"}").post(flow).then().statusCode(200);
		// A testing device ("Create MFA User Device for testing") answers its codes in
		// test.otp: that answer is the only place they show.
		JsonDocument testDevice = JsonDocument.of(api(sandbox).contentType("application/json")
			.body("{\"type\":\"EMAIL\",\"email\":\"ada@example.com\",\"status\":\"ACTIVATION_REQUIRED\","
					+ "\"testMode\":true}")
			.post(devices));
		String testPairing = testDevice.getString("test.otp");
		assertThat(testPairing).hasSize(10);
		api(sandbox).contentType(activate)
			.body("{\"otp\":\"" + testPairing + "\"}")
			.post(devices + "/" + testDevice.getString("id"))
			.then()
			.statusCode(200);
		JsonDocument testFlow = JsonDocument.of(api(sandbox).contentType("application/json")
			.body("{\"user\":{\"id\":\"" + ADA + "\"},\"selectedDevice\":{\"id\":\"" + testDevice.getString("id")
					+ "\"}}")
			.post("/" + sandbox.id() + "/deviceAuthentications"));
		String testOtp = testFlow.getString("test.otp");
		assertThat(testOtp).hasSize(10);
		api(sandbox).contentType(check)
			.body("{\"otp\":\"" + testOtp + "\"}")
			.post("/" + sandbox.id() + "/deviceAuthentications/" + testFlow.getString("id"))
			.then()
			.statusCode(200);

		String log = output.getAll();
		assertThat(log).contains("/devices", "/deviceAuthentications");
		assertThat(log).doesNotContain(otp).doesNotContain(secret).doesNotContain(recoveryCode).doesNotContain(flowOtp);
		assertThat(log).doesNotContain(testPairing).doesNotContain(testOtp);
		assertThat(control().get("/__stub/environments/" + sandbox.id() + "/events").asString()).doesNotContain(otp)
			.doesNotContain(secret)
			.doesNotContain(flowOtp)
			.doesNotContain(testPairing)
			.doesNotContain(testOtp);
	}

	@Test
	void shouldNeverShowASecretSentWithAMalformedEscape(CapturedOutput output) {
		// curl -d "client_secret=..." sends a secret as it is: a '%' in it that is no
		// valid escape makes the form undecodable.
		Sandbox sandbox = sandbox(DEFINITION);

		// Refused as a malformed request or as failed client authentication; never a 500.
		see("token, form, malformed secret", List.of(400, 401),
				anonymous().contentType("application/x-www-form-urlencoded")
					.body("grant_type=client_credentials&client_id=" + POST_CLIENT + "&client_secret="
							+ MALFORMED_SECRET)
					.post(sandbox.tokenPath()));

		assertNothingShown(output);
	}

	@Test
	void shouldNeverShowASecretSentInTheQueryString(CapturedOutput output) {
		Sandbox sandbox = sandbox(DEFINITION);

		see("token, credentials in the query string", 400,
				tokenRequest().queryParam("client_id", POST_CLIENT)
					.queryParam("client_secret", POST_SECRET)
					.post(sandbox.tokenPath()));

		assertNothingShown(output);
	}

	@Test
	void shouldNeverShowATokenOrTheControlTokenWhileTheyAreUsed(CapturedOutput output) {
		Sandbox sandbox = sandbox(DEFINITION);
		this.tokens.add(sandbox.token());
		String postToken = issued(see("token, form", 200,
				tokenRequest().formParam("client_id", POST_CLIENT)
					.formParam("client_secret", POST_SECRET)
					.post(sandbox.tokenPath())));
		String basicToken = issued(see("token, Basic", 200,
				tokenRequest().auth().preemptive().basic(BASIC_CLIENT, BASIC_SECRET).post(sandbox.tokenPath())));

		// The API: reads, writes, refusals.
		see("GET user", 200, api(postToken).get(sandbox.user(ADA)));
		see("PUT mfaEnabled", 200,
				api(postToken).contentType("application/json")
					.body("{\"mfaEnabled\":true}")
					.put(sandbox.user(ADA) + "/mfaEnabled"));
		see("POST user", 201,
				api(postToken).contentType("application/json").body("{\"username\":\"grace\"}").post(sandbox.users()));
		see("GET users", 200, api(postToken).get(sandbox.users()));
		see("GET user, lower-case scheme", 200,
				anonymous().header("Authorization", "bearer " + postToken).get(sandbox.user(ADA)));
		see("PUT mfaEnabled, read-only app", 403,
				api(basicToken).contentType("application/json")
					.body("{\"mfaEnabled\":false}")
					.put(sandbox.user(ADA) + "/mfaEnabled"));
		see("GET user, forged signature", 401, api(withFlippedSignature(postToken)).get(sandbox.user(ADA)));
		see("GET users of another environment", 403, api(postToken).get("/v1/environments/" + ApiTest.ENV + "/users"));

		// The control plane, with the control token and without.
		see("GET clock", 200, control().get(sandbox.control() + "/clock"));
		see("GET events", 200, control().get(sandbox.control() + "/events?since=0"));
		see("GET faults", 200, control().get(sandbox.control() + "/faults"));
		see("GET sandbox", 405, control().get(sandbox.control()));
		see("GET clock, wrong control token", 401,
				anonymous().header("X-Stub-Control-Token", WRONG_CONTROL_TOKEN).get(sandbox.control() + "/clock"));
		see("GET clock, no control token", 401, anonymous().get(sandbox.control() + "/clock"));
		see("POST reset", 204, control().post(sandbox.control() + "/reset"));
		String afterReset = issued(see("token after reset", 200,
				tokenRequest().formParam("client_id", POST_CLIENT)
					.formParam("client_secret", POST_SECRET)
					.post(sandbox.tokenPath())));
		see("GET users after reset", 200, api(afterReset).get(sandbox.users()));
		see("GET events after reset", 200, control().get(sandbox.control() + "/events?since=0"));

		assertNothingShown(output);
	}

	/**
	 * Every response had its expected status; none after the sandbox's creation shows a
	 * secret or (outside the token endpoint) an access token; and the log shows none of
	 * them, nor any part of a secret, a Basic credential or a token's signature.
	 */
	private void assertNothingShown(CapturedOutput output) {
		SoftAssertions softly = new SoftAssertions();
		for (Seen seen : this.responses) {
			softly.assertThat(seen.expected())
				.as("statuses %s may have, which had %d: %s", seen.what(), seen.status(), seen.text())
				.contains(seen.status());
			for (String secret : SECRETS) {
				softly.assertThat(seen.text()).as("%s shows %s", seen.what(), secret).doesNotContain(secret);
			}
			if (!seen.what().startsWith("token")) {
				for (String token : this.tokens) {
					softly.assertThat(seen.text()).as("%s shows an access token", seen.what()).doesNotContain(token);
				}
			}
		}
		String log = output.getAll();
		softly.assertThat(log).as("the captured log").contains("/as/token");
		for (String secret : SECRETS) {
			assertNotInLog(softly, log, secret);
		}
		assertNotInLog(softly, log, basic(BASIC_CLIENT, BASIC_SECRET));
		assertNotInLog(softly, log, basic(BASIC_CLIENT, WRONG_BASIC_SECRET));
		for (String token : this.tokens) {
			softly.assertThat(log).as("the log shows an access token").doesNotContain(token);
			String signature = token.substring(token.lastIndexOf('.') + 1);
			softly.assertThat(log).as("the log shows an access token's signature").doesNotContain(signature);
		}
		softly.assertAll();
	}

	/**
	 * Neither the value nor any 12 characters of it in a row: a truncated log line that
	 * shows the start of a secret shows too much.
	 */
	private static void assertNotInLog(SoftAssertions softly, String log, String secret) {
		for (int i = 0; i + 12 <= secret.length(); i++) {
			String fragment = secret.substring(i, i + 12);
			if (log.contains(fragment)) {
				softly.fail("the log shows \"%s\" of %s: %s", fragment, secret, lineWith(log, fragment));
				return;
			}
		}
	}

	private static String lineWith(String log, String fragment) {
		int at = log.indexOf(fragment);
		int start = log.lastIndexOf('\n', at) + 1;
		int end = log.indexOf('\n', at);
		return log.substring(start, (end < 0) ? log.length() : end);
	}

	private Response see(String what, int expected, Response response) {
		return see(what, List.of(expected), response);
	}

	private Response see(String what, List<Integer> expected, Response response) {
		StringBuilder text = new StringBuilder(response.asString());
		response.headers().asList().forEach((header) -> text.append('\n').append(header));
		this.responses.add(new Seen(what, expected, response.statusCode(), text.toString()));
		return response;
	}

	private String issued(Response response) {
		String token = JsonDocument.of(response).get("access_token");
		assertThat(token).as("an access token").isNotNull();
		this.tokens.add(token);
		return token;
	}

	private RequestSpecification tokenRequest() {
		return anonymous().formParam("grant_type", "client_credentials");
	}

	private RequestSpecification api(String token) {
		return anonymous().auth().oauth2(token);
	}

	private static String withFlippedSignature(String token) {
		char last = token.charAt(token.length() - 2);
		return token.substring(0, token.length() - 2) + ((last == 'A') ? 'B' : 'A') + token.charAt(token.length() - 1);
	}

	private static String basic(String clientId, String secret) {
		return Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * A response as text: body and headers.
	 *
	 * @param what the request
	 * @param expected the statuses it may have
	 * @param status the status it had
	 * @param text the body, then one header a line
	 */
	private record Seen(String what, List<Integer> expected, int status, String text) {

	}

}
