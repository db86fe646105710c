package dev.mfastub.signon.flow;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import dev.mfastub.support.JsonDocument;
import dev.mfastub.support.Sandbox;
import dev.mfastub.support.SignOnTest;

import static dev.mfastub.support.PingOneErrors.assertError;
import static dev.mfastub.support.PingOneErrors.assertNotFound;
import static dev.mfastub.support.PingOneErrors.detail;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-on runtime's edges: public clients with PKCE, userinfo's refusals (RFC 6750),
 * CORS on the Flow API as PingOne answers it, and the stub's own controls (reset, faults)
 * over flows; a refused authorize stores nothing.
 */
class SignOnEdgesTest extends SignOnTest {

	static final String SPA = """
			{"enabled":true,"name":"SPA","type":"SINGLE_PAGE_APP","protocol":"OPENID_CONNECT",
			 "grantTypes":["AUTHORIZATION_CODE"],"redirectUris":["%s"],"responseTypes":["CODE"],
			 "pkceEnforcement":"OPTIONAL","tokenEndpointAuthMethod":"NONE"}""".formatted(CALLBACK);

	@Test
	void shouldLetAPublicClientRedeemItsCodeWithItsVerifierAlone() {
		Sandbox sandbox = signOnSandbox();
		String[] spa = app(sandbox, SPA);
		String authorize = "/" + sandbox.id() + "/as/authorize?response_type=code&response_mode=pi.flow&client_id="
				+ spa[0] + "&redirect_uri=" + CALLBACK + "&scope=openid";

		// OPTIONAL, but a client without a secret must use PKCE.
		Response noPkce = anonymous().urlEncodingEnabled(false).get(authorize);
		assertThat(noPkce.statusCode()).isEqualTo(400);
		assertThat(JsonDocument.of(noPkce).getString("details[0].target")).isEqualTo("code_challenge");
		String code = completedCode(sandbox, spa, "carol");

		Response tokens = anonymous().formParam("grant_type", "authorization_code")
			.formParam("client_id", spa[0])
			.formParam("code", code)
			.formParam("redirect_uri", CALLBACK)
			.formParam("code_verifier", VERIFIER)
			.post("/" + sandbox.id() + "/as/token");

		assertThat(tokens.statusCode()).as(tokens.asString()).isEqualTo(200);
		// No REFRESH_TOKEN grant: no refresh token.
		assertThat(tokens.asString()).doesNotContain("refresh_token");
	}

	@Test
	void shouldRefuseUserinfoWithoutAUserTokenOfThisEnvironment() {
		Sandbox sandbox = signOnSandbox();
		Sandbox other = signOnSandbox();
		String[] app = app(sandbox, WEB_APP);
		String accessToken = signOn(sandbox, app, "carol").getString("access_token");
		String userinfo = "/" + sandbox.id() + "/as/userinfo";

		Response none = anonymous().get(userinfo);
		assertError(none, 401, "ACCESS_FAILED",
				"The request could not be completed. You do not have access to " + "this resource.",
				detail("INVALID_TOKEN", null, "An access token is required: send Authorization: Bearer <token>."));
		assertThat(none.header("WWW-Authenticate")).isEqualTo("Bearer");
		Response worker = anonymous().auth().oauth2(sandbox.token()).get(userinfo);
		assertThat(worker.statusCode()).isEqualTo(401);
		assertThat(worker.header("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");
		assertThat(anonymous().auth().oauth2(accessToken).get("/" + other.id() + "/as/userinfo").statusCode())
			.isEqualTo(401);
		advance(sandbox, "PT1H");
		assertThat(anonymous().auth().oauth2(accessToken).post(userinfo).statusCode()).isEqualTo(401);
	}

	@Test
	void shouldAnswerCorsOnTheFlowApiAsOnTheRestOfTheApi() {
		Sandbox sandbox = signOnSandbox();
		String[] app = app(sandbox, WEB_APP);
		String flowId = JsonDocument.of(authorize(sandbox, app[0], "")).getString("id");

		Response preflight = anonymous().header("Origin", "https://spa.example.com")
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "content-type")
			.options("/" + sandbox.id() + "/flows/" + flowId);

		assertThat(preflight.statusCode()).isEqualTo(200);
		assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("*");
		Response read = anonymous().header("Origin", "https://spa.example.com")
			.get("/" + sandbox.id() + "/flows/" + flowId);
		assertThat(read.header("Access-Control-Allow-Origin")).isEqualTo("*");
		assertThat(read.header("Access-Control-Expose-Headers")).contains("Correlation-Id");
	}

	@Test
	void shouldForgetFlowsOnResetAndInjectFaultsIntoThem() {
		Sandbox sandbox = signOnSandbox();
		String[] app = app(sandbox, WEB_APP);
		String flowId = JsonDocument.of(authorize(sandbox, app[0], "")).getString("id");
		control().contentType("application/json")
			.body("{\"rules\":[{\"method\":\"POST\",\"path\":\"/" + sandbox.id() + "/flows/**\",\"status\":503,"
					+ "\"count\":1}]}")
			.put(sandbox.control() + "/faults")
			.then()
			.statusCode(200);

		assertThat(flow(sandbox, flowId, PASSWORD_CHECK, "{\"username\":\"carol\",\"password\":\"x\"}").statusCode())
			.isEqualTo(503);

		control().post(sandbox.control() + "/reset").then().statusCode(204);
		assertNotFound(anonymous().get("/" + sandbox.id() + "/flows/" + flowId));
	}

	@Test
	void shouldStoreNothingForARefusedAuthorize() {
		Sandbox sandbox = signOnSandbox();
		String[] app = app(sandbox, WEB_APP);

		Response refused = anonymous().redirects()
			.follow(false)
			.urlEncodingEnabled(false)
			.get("/" + sandbox.id() + "/as/authorize?response_type=code&client_id=" + app[0] + "&redirect_uri="
					+ CALLBACK + "&scope=openid&state=s&prompt=none&code_challenge=" + challenge()
					+ "&code_challenge_method=S256");

		assertThat(refused.header("Location")).startsWith(CALLBACK + "?error=login_required&");
		assertThat(control().get(sandbox.control() + "/events").asString()).doesNotContain("SIGN_ON_STARTED");
	}

}
