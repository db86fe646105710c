package dev.mfastub.control;

import java.util.UUID;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import dev.mfastub.support.Sandbox;
import dev.mfastub.support.SandboxTest;

import static dev.mfastub.support.PingOneErrors.UNSUPPORTED_MEDIA_TYPE;
import static dev.mfastub.support.PingOneErrors.allowedPattern;
import static dev.mfastub.support.PingOneErrors.allowedValues;
import static dev.mfastub.support.PingOneErrors.assertError;
import static dev.mfastub.support.PingOneErrors.assertInvalidData;
import static dev.mfastub.support.PingOneErrors.assertNotFound;
import static dev.mfastub.support.PingOneErrors.detail;
import static dev.mfastub.support.PingOneErrors.range;
import static org.hamcrest.Matchers.equalTo;

/**
 * Fault rules the control plane refuses: each answered in PingOne's error shape, with the
 * rule's index in the target, and leaving the rules in force untouched.
 */
class FaultRulesValidationTest extends SandboxTest {

	private static final String PATH_MESSAGE = "path must be a glob on the request path starting with /, such as "
			+ "/v1/environments/*/users/**.";

	/** A slash, then anything but a control character, which no request path has. */
	private static final String PATH_PATTERN = "^(/[^\\x00-\\x1F\\x7F-\\x9F]*)?$";

	private static final String RULE_IN_FORCE = "[{\"method\":\"DELETE\",\"path\":\"/v1/**\",\"status\":503,\"seed\":1}]";

	@Test
	void shouldRefuseAStatusOtherThan429Or500Or503() {
		assertRefused("[{\"path\":\"/v1/**\",\"status\":418}]", detail("INVALID_VALUE", "[0].status",
				"status must be 429, 500 or 503.", allowedValues("429", "500", "503")));
	}

	@Test
	void shouldNameTheIndexOfTheRuleAtFault() {
		assertRefused("[{\"path\":\"/v1/**\",\"status\":503},{\"path\":\"/v1/**\",\"status\":200}]", detail(
				"INVALID_VALUE", "[1].status", "status must be 429, 500 or 503.", allowedValues("429", "500", "503")));
	}

	@Test
	void shouldRequireAPath() {
		assertRefused("[{\"status\":503}]", detail("REQUIRED_VALUE", "[0].path", "[0].path is required."));
		assertRefused("[{\"path\":\"\",\"status\":503}]",
				detail("REQUIRED_VALUE", "[0].path", "[0].path is required."));
	}

	@Test
	void shouldRefuseAPathThatDoesNotStartWithASlash() {
		assertRefused("[{\"path\":\"v1/**\",\"status\":503}]",
				detail("INVALID_VALUE", "[0].path", PATH_MESSAGE, allowedPattern(PATH_PATTERN)));
	}

	@Test
	void shouldRefuseAPathWithAControlCharacter() {
		// No request path holds one, and PostgreSQL cannot even store a NUL.
		assertRefused("[{\"path\":\"/v1/\\u0000**\",\"status\":503}]",
				detail("INVALID_VALUE", "[0].path", PATH_MESSAGE, allowedPattern(PATH_PATTERN)));
	}

	@Test
	void shouldRefuseAPathLongerThanAnyRequestPath() {
		assertRefused("[{\"path\":\"/" + "a".repeat(1024) + "\",\"status\":503}]",
				detail("INVALID_VALUE", "[0].path", PATH_MESSAGE, range(0, 1024)));
	}

	@Test
	void shouldNameEveryFieldAtFaultInOneAnswer() {
		assertInvalidData(
				put(sandboxWithRule(),
						"[{\"method\":\"\",\"path\":\"/v1/**\",\"status\":503," + "\"times\":0,\"probability\":2}]"),
				detail("INVALID_VALUE", "[0].method", "method must be an HTTP method, such as PUT.",
						allowedPattern("^[A-Za-z]{1,16}$")),
				detail("INVALID_VALUE", "[0].probability", "probability must be from 0 to 1."),
				detail("INVALID_VALUE", "[0].times", "times must be at least 1; leave it out for no limit.",
						range(1, Integer.MAX_VALUE)));
	}

	@Test
	void shouldRefuseAProbabilityOutsideZeroToOne() {
		assertRefused("[{\"path\":\"/v1/**\",\"status\":503,\"probability\":1.5}]",
				detail("INVALID_VALUE", "[0].probability", "probability must be from 0 to 1."));
		assertRefused("[{\"path\":\"/v1/**\",\"status\":503,\"probability\":-0.1}]",
				detail("INVALID_VALUE", "[0].probability", "probability must be from 0 to 1."));
	}

	@Test
	void shouldRefuseTimesBelowOne() {
		assertRefused("[{\"path\":\"/v1/**\",\"status\":503,\"times\":0}]", detail("INVALID_VALUE", "[0].times",
				"times must be at least 1; leave it out for no limit.", range(1, Integer.MAX_VALUE)));
	}

	@Test
	void shouldRefuseALatencyThatIsNotAnIsoDurationUpToSixtySeconds() {
		for (String latency : new String[] { "abc", "200ms", "-PT1S", "PT61S" }) {
			assertRefused("[{\"path\":\"/v1/**\",\"latency\":\"" + latency + "\"}]", detail("INVALID_VALUE",
					"[0].latency", "latency must be an ISO-8601 duration from PT0S to PT60S, such as PT0.25S."));
		}
	}

	@Test
	void shouldRefuseARetryAfterOutsideADay() {
		assertRefused("[{\"path\":\"/v1/**\",\"status\":503,\"retryAfterSeconds\":86401}]", detail("INVALID_VALUE",
				"[0].retryAfterSeconds", "retryAfterSeconds must be from 0 to 86400.", range(0, 86400)));
	}

	@Test
	void shouldRefuseAMethodThatIsNotOne() {
		assertRefused("[{\"method\":\"GET /v1\",\"path\":\"/v1/**\",\"status\":503}]", detail("INVALID_VALUE",
				"[0].method", "method must be an HTTP method, such as PUT.", allowedPattern("^[A-Za-z]{1,16}$")));
	}

	@Test
	void shouldRequireAStatusOrALatency() {
		assertRefused("[{\"path\":\"/v1/**\",\"times\":1}]",
				detail("REQUIRED_VALUE", "[0].status", "A rule needs a status, a latency, or both."));
	}

	@Test
	void shouldRequireAnArrayOfRules() {
		Response response = put(sandboxWithRule(), "{\"rule\":[]}");

		assertInvalidData(response, detail("REQUIRED_VALUE", "rules",
				"Send the rules as a JSON array, or as an object with a rules array."));
		assertInvalidData(put(sandboxWithRule(), "\"/v1/**\""), detail("REQUIRED_VALUE", "rules",
				"Send the rules as a JSON array, or as an object with a rules array."));
	}

	@Test
	void shouldRefuseANullRuleAsMissing() {
		assertRefused("[null]", detail("REQUIRED_VALUE", "[0]", "[0] is required."));
	}

	@Test
	void shouldRefuseAFieldOfTheWrongJsonType() {
		assertRefused("[{\"path\":\"/v1/**\",\"status\":\"503\"}]",
				detail("INVALID_VALUE", "[0].status", "[0].status must be a number."));
	}

	@Test
	void shouldRefuseABodyThatIsNotJson() {
		Sandbox sandbox = sandboxWithRule();

		assertError(put(sandbox, "[{\"path\":"), 400, "INVALID_REQUEST",
				"The request could not be completed. The request body is not valid JSON.");
		assertError(control().contentType("text/plain").body(RULE_IN_FORCE).put(sandbox.control() + "/faults"), 415,
				"INVALID_REQUEST", UNSUPPORTED_MEDIA_TYPE);
		assertRulesUntouched(sandbox);
	}

	@Test
	void shouldAnswerNotFoundForTheFaultsOfAnEnvironmentThatDoesNotExist() {
		String faults = "/__stub/environments/" + UUID.randomUUID() + "/faults";

		assertNotFound(control().get(faults));
		assertNotFound(control().contentType("application/json").body(RULE_IN_FORCE).put(faults));
		assertNotFound(control().delete(faults));
	}

	private void assertRefused(String rules, java.util.Map<String, Object> detail) {
		Sandbox sandbox = sandboxWithRule();

		assertInvalidData(put(sandbox, rules), detail);
		assertRulesUntouched(sandbox);
	}

	private Sandbox sandboxWithRule() {
		Sandbox sandbox = sandbox();
		put(sandbox, RULE_IN_FORCE).then().statusCode(200);
		return sandbox;
	}

	private void assertRulesUntouched(Sandbox sandbox) {
		control().get(sandbox.control() + "/faults")
			.then()
			.statusCode(200)
			.body(equalTo("{\"rules\":[{\"method\":\"DELETE\",\"path\":\"/v1/**\",\"status\":503,\"seed\":1,"
					+ "\"evaluations\":0}]}"));
	}

	private Response put(Sandbox sandbox, String rules) {
		return control().contentType("application/json").body(rules).put(sandbox.control() + "/faults");
	}

}
