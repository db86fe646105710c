package dev.mfastub.signon.flow;

import java.util.Map;
import java.util.UUID;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import dev.mfastub.support.Json;
import dev.mfastub.support.JsonDocument;
import dev.mfastub.support.Sandbox;
import dev.mfastub.support.SignOnTest;

import static dev.mfastub.support.PingOneErrors.assertInvalidData;
import static dev.mfastub.support.PingOneErrors.assertNotFound;
import static dev.mfastub.support.PingOneErrors.detail;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The redirectless sign-on from authorize to tokens, with plain HTTP, as PingOne's
 * "Authorize (pi.flow)"
 * (https://developer.pingidentity.com/pingone-api/auth/openid-connect-oauth-2/authorize-browserless-and-mfa-only-flows.html),
 * "Flows" (https://developer.pingidentity.com/pingone-api/auth/flows/flows-1.html),
 * "Token (Authorization Code)", "Token (Refresh Token)", "Userinfo" and "Signoff"
 * (https://developer.pingidentity.com/pingone-api/auth/openid-connect-oauth-2.html) pages
 * run it: the sign-on policy's LOGIN then MFA, decided by {@code mfaEnabled} and the
 * bypass; passcodes from the outbox; the clock moved through the control plane.
 */
class RedirectlessSignOnTest extends SignOnTest {

	@Test
	void shouldSignOnWithPasswordAndEmailPasscodeAndRedeemTheCodeForTokens() throws Exception {
		Sandbox sandbox = signOnSandbox();
		String[] app = app(sandbox, WEB_APP);
		String device = device(sandbox, ADA_ID);

		Response authorize = authorize(sandbox, app[0], "&state=xyz&nonce=n-0S6_WzA2Mj");

		assertThat(authorize.statusCode()).as(authorize.asString()).isEqualTo(200);
		JsonDocument started = JsonDocument.of(authorize);
		String flowId = started.getString("id");
		String session = started.getString("session.id");
		String self = href("/" + sandbox.id() + "/flows/" + flowId);
		assertThat(authorize.asString()).isEqualTo(Json.compact("""
				{"_links":{"self":{"href":"%1$s"},"usernamePassword.check":{"href":"%1$s"}},
				 "id":"%2$s","environment":{"id":"%3$s"},"session":{"id":"%4$s"},
				 "resumeUrl":"%5$s","status":"USERNAME_PASSWORD_REQUIRED",
				 "createdAt":"2030-01-01T00:00:00.000Z","expiresAt":"2030-01-01T00:15:00.000Z"}""".formatted(self,
				flowId, sandbox.id(), session, href("/" + sandbox.id() + "/as/resume?flowId=" + flowId))));
		assertThat(authorize.header("Cache-Control")).isEqualTo("no-store");

		Response checked = flow(sandbox, flowId, PASSWORD_CHECK,
				"{\"username\":\"ada\",\"password\":\"" + PASSWORD + "\"}");

		assertThat(checked.statusCode()).as(checked.asString()).isEqualTo(200);
		assertThat(checked.asString()).isEqualTo(Json.compact("""
				{"_links":{"self":{"href":"%1$s"},"device.select":{"href":"%1$s"},"otp.check":{"href":"%1$s"}},
				 "_embedded":{"user":{"id":"%2$s","username":"ada"},
				              "devices":[{"id":"%3$s","type":"EMAIL","status":"ACTIVE","email":"us****@example.com"}]},
				 "id":"%4$s","environment":{"id":"%5$s"},"session":{"id":"%6$s"},"resumeUrl":"%7$s",
				 "status":"OTP_REQUIRED","selectedDevice":{"id":"%3$s"},
				 "createdAt":"2030-01-01T00:00:00.000Z","expiresAt":"2030-01-01T00:15:00.000Z"}""".formatted(self,
				ADA_ID, device, flowId, sandbox.id(), session,
				href("/" + sandbox.id() + "/as/resume?flowId=" + flowId))));
		String otp = lastOtp(sandbox);
		assertInvalidData(flow(sandbox, flowId, OTP_CHECK, "{\"otp\":\"" + wrong(otp) + "\"}"),
				detail("INVALID_OTP", "otp", "Invalid OTP.", Map.of("failuresRemaining", 2)));
		advance(sandbox, "PT30S");

		Response completed = flow(sandbox, flowId, OTP_CHECK, "{\"otp\":\"" + otp + "\"}");

		assertThat(completed.statusCode()).as(completed.asString()).isEqualTo(200);
		JsonDocument done = JsonDocument.of(completed);
		String code = done.getString("authorizeResponse.code");
		assertThat(code).matches("[A-Za-z0-9_-]{43}");
		assertThat(completed.asString()).isEqualTo(Json.compact("""
				{"_links":{"self":{"href":"%1$s"}},"_embedded":{"user":{"id":"%2$s","username":"ada"}},
				 "id":"%3$s","environment":{"id":"%4$s"},"session":{"id":"%5$s"},"resumeUrl":"%6$s",
				 "status":"COMPLETED","authorizeResponse":{"code":"%7$s","state":"xyz"},
				 "createdAt":"2030-01-01T00:00:00.000Z","expiresAt":"2030-01-01T00:15:00.000Z"}""".formatted(self,
				ADA_ID, flowId, sandbox.id(), session, href("/" + sandbox.id() + "/as/resume?flowId=" + flowId),
				code)));
		// Read again, the flow no longer shows the code: it is answered once.
		assertThat(anonymous().get(self).asString()).doesNotContain(code).contains("\"status\":\"COMPLETED\"");

		Response tokens = token(sandbox, app).formParam("grant_type", "authorization_code")
			.formParam("code", code)
			.formParam("redirect_uri", CALLBACK)
			.formParam("code_verifier", VERIFIER)
			.post("/" + sandbox.id() + "/as/token");

		assertThat(tokens.statusCode()).as(tokens.asString()).isEqualTo(200);
		assertThat(tokens.header("Cache-Control")).isEqualTo("no-store");
		JsonDocument body = JsonDocument.of(tokens);
		assertThat(body.getString("token_type")).isEqualTo("Bearer");
		assertThat(body.getInt("expires_in")).isEqualTo(3600);
		assertThat(body.getString("scope")).isEqualTo("openid profile email");
		JsonDocument id = claims(body.getString("id_token"));
		String issuer = href("/" + sandbox.id() + "/as");
		assertThat(id.getString("iss")).isEqualTo(issuer);
		assertThat(id.getString("sub")).isEqualTo(ADA_ID);
		assertThat(id.getString("aud")).isEqualTo(app[0]);
		assertThat(id.getString("nonce")).isEqualTo("n-0S6_WzA2Mj");
		assertThat(id.getString("sid")).isEqualTo(session);
		assertThat(id.<String>getList("amr")).containsExactly("pwd", "otp", "mfa");
		assertThat(id.getString("acr")).isEqualTo("Multi_Factor");
		assertThat(id.getLong("auth_time")).isEqualTo(1893456030L);
		assertThat(id.getLong("iat")).isEqualTo(1893456030L);
		assertThat(id.getLong("exp")).isEqualTo(1893459630L);
		assertThat(id.getString("env")).isEqualTo(sandbox.id());
		JsonDocument access = claims(body.getString("access_token"));
		assertThat(access.getString("sub")).isEqualTo(ADA_ID);
		assertThat(access.getString("client_id")).isEqualTo(app[0]);
		assertThat(access.getString("scope")).isEqualTo("openid profile email");
		assertThat(access.getString("sid")).isEqualTo(session);
		assertThat(access.getString("acr")).isEqualTo("Multi_Factor");

		Response userinfo = anonymous().auth()
			.oauth2(body.getString("access_token"))
			.get("/" + sandbox.id() + "/as/userinfo");
		assertThat(userinfo.statusCode()).as(userinfo.asString()).isEqualTo(200);
		assertThat(userinfo.asString()).isEqualTo(Json.compact("""
				{"sub":"%s","preferred_username":"ada","updated_at":1893456000,"email":"ada@example.com",
				 "email_verified":false,"env":"%s"}""".formatted(ADA_ID, sandbox.id())));
		// A user's token never opens the management API.
		assertThat(anonymous().auth().oauth2(body.getString("access_token")).get(sandbox.users()).statusCode())
			.isEqualTo(401);

		// RFC 6749 section 4.1.2: a code is used once; a replay revokes what it gave.
		Response replay = token(sandbox, app).formParam("grant_type", "authorization_code")
			.formParam("code", code)
			.formParam("redirect_uri", CALLBACK)
			.formParam("code_verifier", VERIFIER)
			.post("/" + sandbox.id() + "/as/token");
		assertTokenError(replay, 400, "invalid_grant",
				"The authorization code was already used: the tokens it gave are revoked.");
		assertTokenError(refresh(sandbox, app, body.getString("refresh_token")), 400, "invalid_grant",
				"The refresh token has expired or was revoked.");
		String journal = control().get(sandbox.control() + "/events").asString();
		assertThat(journal)
			.contains("\"type\":\"SIGN_ON_STARTED\"", "\"type\":\"SIGN_ON_PASSWORD_CHECKED\"",
					"\"type\":\"SIGN_ON_MFA_STARTED\"", "\"type\":\"SIGN_ON_COMPLETED\"",
					"\"type\":\"SIGN_ON_CODE_REDEEMED\"", "\"type\":\"SIGN_ON_CODE_REPLAYED\"")
			.doesNotContain(PASSWORD)
			.doesNotContain(otp)
			.doesNotContain(code);
	}

	@Test
	void shouldRefreshOnceAndSignOffTheSession() {
		Sandbox sandbox = signOnSandbox();
		String[] app = app(sandbox, WEB_APP);
		JsonDocument tokens = signOn(sandbox, app, "carol");

		Response refreshed = refresh(sandbox, app, tokens.getString("refresh_token"));

		assertThat(refreshed.statusCode()).as(refreshed.asString()).isEqualTo(200);
		JsonDocument next = JsonDocument.of(refreshed);
		assertThat(next.getString("refresh_token")).isNotEqualTo(tokens.getString("refresh_token"));
		assertThat(claims(next.getString("id_token")).getString("sub")).isEqualTo(CAROL_ID);
		assertTokenError(refresh(sandbox, app, tokens.getString("refresh_token")), 400, "invalid_grant",
				"The refresh token has expired or was revoked.");

		Response signoff = anonymous().redirects()
			.follow(false)
			.queryParam("id_token_hint", next.getString("id_token"))
			.queryParam("post_logout_redirect_uri", "https://app.example.com/")
			.queryParam("state", "bye")
			.get("/" + sandbox.id() + "/as/signoff");

		assertThat(signoff.statusCode()).isEqualTo(302);
		assertThat(signoff.header("Location")).isEqualTo("https://app.example.com/?state=bye");
		assertTokenError(refresh(sandbox, app, next.getString("refresh_token")), 400, "invalid_grant",
				"The refresh token has expired or was revoked.");
		assertInvalidData(
				anonymous().queryParam("id_token_hint", next.getString("id_token"))
					.queryParam("post_logout_redirect_uri", "https://evil.example.com/")
					.get("/" + sandbox.id() + "/as/signoff"),
				detail("INVALID_VALUE", "post_logout_redirect_uri",
						"The post_logout_redirect_uri is not one the application registered."));
	}

	@Test
	void shouldCompleteWithoutPasscodeForAUserWithAnActiveBypassAndSayWhy() {
		Sandbox sandbox = signOnSandbox();
		String[] app = app(sandbox, WEB_APP);
		device(sandbox, BOB_ID);

		JsonDocument tokens = signOn(sandbox, app, "bob");

		assertThat(claims(tokens.getString("id_token")).<String>getList("amr")).containsExactly("pwd");
		// The bypass is the policy's own way through: its sign-on still completed it.
		assertThat(claims(tokens.getString("id_token")).getString("acr")).isEqualTo("Multi_Factor");
		assertThat(notifications(sandbox)).isEmpty();
		assertThat(control().get(sandbox.control() + "/events").asString()).contains("\"reason\":\"BYPASS\"");
	}

	@Test
	void shouldCompleteWithoutMfaForAUserWithMfaOff() {
		Sandbox sandbox = signOnSandbox();
		String[] app = app(sandbox, WEB_APP);
		device(sandbox, CAROL_ID);

		JsonDocument tokens = signOn(sandbox, app, "carol");

		assertThat(claims(tokens.getString("id_token")).<String>getList("amr")).containsExactly("pwd");
		assertThat(notifications(sandbox)).isEmpty();
		assertThat(control().get(sandbox.control() + "/events").asString()).contains("\"reason\":\"MFA_DISABLED\"");
	}

	@Test
	void shouldFailTheFlowAfterThePolicysWrongPasscodes() {
		Sandbox sandbox = signOnSandbox();
		String[] app = app(sandbox, WEB_APP);
		device(sandbox, ADA_ID);
		String flowId = JsonDocument.of(authorize(sandbox, app[0], "")).getString("id");
		flow(sandbox, flowId, PASSWORD_CHECK, "{\"username\":\"ada\",\"password\":\"" + PASSWORD + "\"}");
		String otp = lastOtp(sandbox);
		assertInvalidData(flow(sandbox, flowId, OTP_CHECK, "{\"otp\":\"" + wrong(otp) + "\"}"),
				detail("INVALID_OTP", "otp", "Invalid OTP.", Map.of("failuresRemaining", 2)));
		assertInvalidData(flow(sandbox, flowId, OTP_CHECK, "{\"otp\":\"" + wrong(otp) + "\"}"),
				detail("INVALID_OTP", "otp", "Invalid OTP.", Map.of("failuresRemaining", 1)));

		Response last = flow(sandbox, flowId, OTP_CHECK, "{\"otp\":\"" + wrong(otp) + "\"}");

		assertThat(last.statusCode()).isEqualTo(400);
		assertThat(JsonDocument.of(last).getString("details[0].code")).isEqualTo("LIMIT_EXCEEDED");
		JsonDocument failed = JsonDocument.of(anonymous().get("/" + sandbox.id() + "/flows/" + flowId));
		assertThat(failed.getString("status")).isEqualTo("FAILED");
		assertThat(failed.getString("error.code")).isEqualTo("LIMIT_EXCEEDED");
		assertThat(failed.getMap("_links")).containsOnlyKeys("self");
		assertThat(flow(sandbox, flowId, OTP_CHECK, "{\"otp\":\"" + otp + "\"}").statusCode()).isEqualTo(400);
	}

	@Test
	void shouldCountWrongPasswordsAndLockThePasswordUntilThePolicysDurationPasses() {
		Sandbox sandbox = signOnSandbox();
		String[] app = app(sandbox, WEB_APP);
		String flowId = JsonDocument.of(authorize(sandbox, app[0], "")).getString("id");
		for (int remaining = 4; remaining > 0; remaining--) {
			assertInvalidData(flow(sandbox, flowId, PASSWORD_CHECK, "{\"username\":\"carol\",\"password\":\"nope\"}"),
					detail("INVALID_VALUE", "password", "The provided password did not match provided user",
							Map.of("failuresRemaining", remaining)));
		}
		assertInvalidData(flow(sandbox, flowId, PASSWORD_CHECK, "{\"username\":\"carol\",\"password\":\"nope\"}"),
				detail("PASSWORD_LOCKED_OUT", "password",
						"Too many wrong passwords: the password is locked until 2030-01-01T00:15:00.000Z."));
		assertInvalidData(
				flow(sandbox, flowId, PASSWORD_CHECK, "{\"username\":\"carol\",\"password\":\"" + PASSWORD + "\"}"),
				detail("PASSWORD_LOCKED_OUT", "password",
						"Too many wrong passwords: the password is locked until 2030-01-01T00:15:00.000Z."));
		// An unknown user is refused as a wrong password is, and counts nothing.
		assertInvalidData(flow(sandbox, flowId, PASSWORD_CHECK, "{\"username\":\"nobody\",\"password\":\"x\"}"),
				detail("INVALID_VALUE", "password", "The provided password did not match provided user"));
		advance(sandbox, "PT15M");
		String again = JsonDocument.of(authorize(sandbox, app[0], "")).getString("id");

		Response checked = flow(sandbox, again, PASSWORD_CHECK,
				"{\"username\":\"carol\",\"password\":\"" + PASSWORD + "\"}");

		assertThat(JsonDocument.of(checked).getString("status")).as(checked.asString()).isEqualTo("COMPLETED");
		assertThat(control().get(sandbox.control() + "/events").asString())
			.contains("\"type\":\"PASSWORD_LOCKED_OUT\"", "\"type\":\"SIGN_ON_PASSWORD_REJECTED\"")
			.doesNotContain(PASSWORD);
	}

	@Test
	void shouldNeverRedirectToAnUnregisteredUriAndRedirectOtherErrorsWithState() {
		Sandbox sandbox = signOnSandbox();
		String[] app = app(sandbox, WEB_APP);
		String path = "/" + sandbox.id() + "/as/authorize";

		assertInvalidData(
				anonymous().redirects()
					.follow(false)
					.get(path + "?response_type=code&client_id=" + app[0]
							+ "&redirect_uri=https://evil.example.com/&scope=openid&state=s"),
				detail("INVALID_VALUE", "redirect_uri",
						"The redirect_uri is not one the application registered (they are compared exactly)."));
		assertInvalidData(
				anonymous().get(path + "?response_type=code&client_id=" + UUID.randomUUID() + "&redirect_uri="
						+ CALLBACK + "&scope=openid"),
				detail("INVALID_VALUE", "client_id", "The environment has no OIDC application with this client id."));

		Response noOpenid = anonymous().redirects()
			.follow(false)
			.get(path + "?response_type=code&client_id=" + app[0] + "&redirect_uri=" + CALLBACK
					+ "&scope=profile&state=s1&code_challenge=" + challenge() + "&code_challenge_method=S256");
		assertThat(noOpenid.statusCode()).isEqualTo(302);
		assertThat(noOpenid.header("Location")).isEqualTo(
				CALLBACK + "?error=invalid_scope&error_description=The%20openid%20scope%20is%20required.&state=s1");

		Response downgrade = anonymous().redirects()
			.follow(false)
			.get(path + "?response_type=code&client_id=" + app[0] + "&redirect_uri=" + CALLBACK
					+ "&scope=openid&state=s2&code_challenge=" + VERIFIER + "&code_challenge_method=plain");
		assertThat(downgrade.header("Location")).startsWith(CALLBACK + "?error=invalid_request&").endsWith("&state=s2");

		Response redirectless = anonymous().get(path + "?response_type=token&client_id=" + app[0]
				+ "&scope=openid&response_mode=pi.flow&code_challenge=" + challenge() + "&code_challenge_method=S256");
		assertInvalidData(redirectless,
				detail("INVALID_VALUE", "response_type", "unsupported_response_type: The only response_type is code."));
	}

	@Test
	void shouldRefuseACodeForAnotherClientAnotherEnvironmentOrWithoutItsVerifier() {
		Sandbox sandbox = signOnSandbox();
		Sandbox other = signOnSandbox();
		String[] app = app(sandbox, WEB_APP);
		String[] second = app(sandbox, WEB_APP.replace("\"Web\"", "\"Web 2\""));
		String code = completedCode(sandbox, app, "carol");

		assertTokenError(
				token(sandbox, second).formParam("grant_type", "authorization_code")
					.formParam("code", code)
					.formParam("redirect_uri", CALLBACK)
					.formParam("code_verifier", VERIFIER)
					.post("/" + sandbox.id() + "/as/token"),
				400, "invalid_grant", "The authorization code was issued to another client.");
		assertTokenError(token(sandbox, app).formParam("grant_type", "authorization_code")
			.formParam("code", code)
			.formParam("redirect_uri", CALLBACK)
			.formParam("code_verifier", VERIFIER)
			.post("/" + other.id() + "/as/token"), 401, "invalid_client", "Client authentication failed.");
		assertTokenError(
				token(sandbox, app).formParam("grant_type", "authorization_code")
					.formParam("code", code)
					.formParam("redirect_uri", CALLBACK)
					.post("/" + sandbox.id() + "/as/token"),
				400, "invalid_grant", "The code_verifier is required: the authorize request sent a code_challenge.");
		assertTokenError(
				token(sandbox, app).formParam("grant_type", "authorization_code")
					.formParam("code", code)
					.formParam("redirect_uri", CALLBACK)
					.formParam("code_verifier", VERIFIER.replace('d', 'e'))
					.post("/" + sandbox.id() + "/as/token"),
				400, "invalid_grant", "The code_verifier does not match the code_challenge.");
		assertTokenError(
				anonymous().formParam("grant_type", "authorization_code")
					.formParam("client_id", app[0])
					.formParam("client_secret", app[1])
					.formParam("code", code)
					.post("/" + sandbox.id() + "/as/token"),
				401, "invalid_client",
				"Client authentication failed: the application authenticates with client_secret_basic.");
		// None of the refusals spent it.
		assertThat(token(sandbox, app).formParam("grant_type", "authorization_code")
			.formParam("code", code)
			.formParam("redirect_uri", CALLBACK)
			.formParam("code_verifier", VERIFIER)
			.post("/" + sandbox.id() + "/as/token")
			.statusCode()).isEqualTo(200);
		advance(sandbox, "PT2M");
		String late = completedCode(sandbox, app, "carol");
		advance(sandbox, "PT1M");
		assertTokenError(
				token(sandbox, app).formParam("grant_type", "authorization_code")
					.formParam("code", late)
					.formParam("redirect_uri", CALLBACK)
					.formParam("code_verifier", VERIFIER)
					.post("/" + sandbox.id() + "/as/token"),
				400, "invalid_grant", "The authorization code is invalid or has expired.");
	}

	@Test
	void shouldExpireAFlowOnTheEnvironmentsClock() {
		Sandbox sandbox = signOnSandbox();
		String[] app = app(sandbox, WEB_APP);
		String flowId = JsonDocument.of(authorize(sandbox, app[0], "")).getString("id");
		advance(sandbox, "PT15M");

		assertNotFound(anonymous().get("/" + sandbox.id() + "/flows/" + flowId));
		assertNotFound(
				flow(sandbox, flowId, PASSWORD_CHECK, "{\"username\":\"carol\",\"password\":\"" + PASSWORD + "\"}"));
	}

}
