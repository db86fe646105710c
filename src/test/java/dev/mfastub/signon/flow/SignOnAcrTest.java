package dev.mfastub.signon.flow;

import java.util.List;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import dev.mfastub.support.JsonDocument;
import dev.mfastub.support.Sandbox;
import dev.mfastub.support.SignOnTest;

import static dev.mfastub.support.PingOneErrors.assertInvalidData;
import static dev.mfastub.support.PingOneErrors.detail;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tokens' {@code acr} and the authorize request's {@code acr_values}. PingOne's
 * "Token claims" page
 * (https://developer.pingidentity.com/pingone-api/foundations/authentication-concepts/access-tokens-and-id-tokens/token-claims.html):
 * "If the authentication policy is a sign-on policy, then this string will be the name of
 * the sign-on policy." Its "Application Sign-On Policy Assignments" page
 * (https://developer.pingidentity.com/pingone-api/platform/applications/application-sign-on-policy-assignments.html):
 * with {@code acr_values}, "only the sign-on policies listed in the acr_values property
 * are evaluated, and they are evaluated based on the order of the policies listed"; and
 * its OpenID Connect data model: they "must be assigned to the application".
 */
class SignOnAcrTest extends SignOnTest {

	@Test
	void shouldNameTheSignOnPolicyInBothTokensAndKeepItOnRefresh() {
		Sandbox sandbox = signOnSandbox();
		String[] app = app(sandbox, WEB_APP);

		JsonDocument tokens = signOn(sandbox, app, "carol");

		assertThat(claims(tokens.getString("id_token")).getString("acr")).isEqualTo("Multi_Factor");
		assertThat(claims(tokens.getString("access_token")).getString("acr")).isEqualTo("Multi_Factor");
		JsonDocument refreshed = JsonDocument.of(refresh(sandbox, app, tokens.getString("refresh_token")));
		assertThat(claims(refreshed.getString("id_token")).getString("acr")).isEqualTo("Multi_Factor");
		assertThat(claims(refreshed.getString("access_token")).getString("acr")).isEqualTo("Multi_Factor");
	}

	@Test
	void shouldRunThePolicyAcrValuesNamesFirstAmongTheAppsAssignments() {
		Sandbox sandbox = signOnSandbox();
		String[] app = app(sandbox, WEB_APP);
		assign(sandbox, app[0], "Single_Factor", 2);
		device(sandbox, ADA_ID);
		String flowId = JsonDocument.of(authorize(sandbox, app[0], "&acr_values=Nope%20Single_Factor%20Multi_Factor"))
			.getString("id");

		Response checked = flow(sandbox, flowId, PASSWORD_CHECK,
				"{\"username\":\"ada\",\"password\":\"" + PASSWORD + "\"}");

		// Single_Factor has no MFA action: Ada's device is not asked.
		JsonDocument done = JsonDocument.of(checked);
		assertThat(done.getString("status")).as(checked.asString()).isEqualTo("COMPLETED");
		assertThat(notifications(sandbox)).isEmpty();
		Response tokens = token(sandbox, app).formParam("grant_type", "authorization_code")
			.formParam("code", done.getString("authorizeResponse.code"))
			.formParam("redirect_uri", CALLBACK)
			.formParam("code_verifier", VERIFIER)
			.post("/" + sandbox.id() + "/as/token");
		assertThat(tokens.statusCode()).as(tokens.asString()).isEqualTo(200);
		JsonDocument id = claims(JsonDocument.of(tokens).getString("id_token"));
		assertThat(id.getString("acr")).isEqualTo("Single_Factor");
		assertThat(id.<String>getList("amr")).containsExactly("pwd");
		// Without acr_values, the assignment with priority 1 runs.
		String plain = JsonDocument.of(authorize(sandbox, app[0], "")).getString("id");
		assertThat(JsonDocument
			.of(flow(sandbox, plain, PASSWORD_CHECK, "{\"username\":\"ada\",\"password\":\"" + PASSWORD + "\"}"))
			.getString("status")).isEqualTo("OTP_REQUIRED");
	}

	@Test
	void shouldRefuseAcrValuesNamingNoPolicyAssignedToTheApp() {
		Sandbox sandbox = signOnSandbox();
		String[] app = app(sandbox, WEB_APP);

		// Single_Factor is the environment's default, but not assigned to this app.
		assertInvalidData(authorize(sandbox, app[0], "&acr_values=Single_Factor"), detail("INVALID_VALUE", "acr_values",
				"invalid_request: The acr_values name no sign-on policy assigned to the application."));
		Response redirected = anonymous().redirects()
			.follow(false)
			.get("/" + sandbox.id() + "/as/authorize?response_type=code&client_id=" + app[0] + "&redirect_uri="
					+ CALLBACK + "&scope=openid&state=s1&code_challenge=" + challenge()
					+ "&code_challenge_method=S256&acr_values=multi_factor");
		assertThat(redirected.statusCode()).isEqualTo(302);
		assertThat(redirected.header("Location")).isEqualTo(CALLBACK
				+ "?error=invalid_request&error_description=The%20acr_values%20name%20no%20sign-on%20policy%20assigned%20to%20the%20application.&state=s1");
		assertThat(JsonDocument.of(control().get(sandbox.control() + "/events")).<String>getList("events.type"))
			.doesNotContain("SIGN_ON_STARTED");
	}

	private void assign(Sandbox sandbox, String clientId, String policyName, int priority) {
		JsonDocument policies = JsonDocument
			.of(api(sandbox).get("/v1/environments/" + sandbox.id() + "/signOnPolicies"));
		List<String> names = policies.getList("_embedded.signOnPolicies.name");
		String policy = policies.getString("_embedded.signOnPolicies[" + names.indexOf(policyName) + "].id");
		api(sandbox).contentType("application/json")
			.body("{\"priority\":" + priority + ",\"signOnPolicy\":{\"id\":\"" + policy + "\"}}")
			.post("/v1/environments/" + sandbox.id() + "/applications/" + clientId + "/signOnPolicyAssignments")
			.then()
			.statusCode(201);
	}

}
