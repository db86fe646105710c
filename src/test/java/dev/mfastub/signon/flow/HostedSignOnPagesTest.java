package dev.mfastub.signon.flow;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import dev.mfastub.support.JsonDocument;
import dev.mfastub.support.Sandbox;
import dev.mfastub.support.SignOnTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hosted sign-on pages a browser is sent to without {@code response_mode=pi.flow},
 * with plain HTTP as a browser would drive them: PingOne's "Authorize (Authorization
 * Code)" redirect, forms for each flow status, then "Resume"
 * (https://developer.pingidentity.com/pingone-api/auth/openid-connect-oauth-2.html) back
 * to the app's redirect URI with the code and state.
 */
class HostedSignOnPagesTest extends SignOnTest {

	private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([A-Za-z0-9_-]{43})\"");

	@Test
	void shouldSignOnThroughThePagesAndReturnToTheAppWithCodeAndState() {
		Sandbox sandbox = signOnSandbox();
		String[] app = app(sandbox, WEB_APP);
		device(sandbox, ADA_ID);

		Response authorize = browserAuthorize(sandbox, app[0], "&state=st4te&login_hint=ada");

		assertThat(authorize.statusCode()).isEqualTo(302);
		String page = authorize.header("Location");
		assertThat(page).matches(href("/" + sandbox.id() + "/signon/\\?flowId=") + UUID_PATTERN);
		String flowId = page.substring(page.indexOf("flowId=") + 7);
		Response form = get(page, null);
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.contentType()).startsWith("text/html");
		assertThat(form.header("Content-Security-Policy")).startsWith("default-src 'none'");
		assertThat(form.header("X-Frame-Options")).isEqualTo("DENY");
		assertThat(form.header("Set-Cookie")).contains("HttpOnly", "SameSite=Strict",
				"Path=/" + sandbox.id() + "/signon/");
		assertThat(form.asString()).contains("id=\"username-password\"", "value=\"ada\"")
			.doesNotContain("<script", "http://", "https://");
		String cookie = form.cookie(SignOnPageController.CSRF_COOKIE);
		String csrf = csrf(form);

		Response wrong = post(page, cookie, "csrf=" + csrf + "&step=usernamePassword.check&username=ada&password=nope");
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(wrong.asString()).contains("The provided password did not match provided user");

		Response passed = post(page, cookie,
				"csrf=" + csrf + "&step=usernamePassword.check&username=ada&password=" + PASSWORD);
		assertThat(passed.statusCode()).isEqualTo(302);
		assertThat(passed.header("Location")).isEqualTo(page);
		Response passcode = get(page, cookie);
		assertThat(passcode.asString()).contains("id=\"passcode\"", "us****@example.com");

		Response checked = post(page, cookie, "csrf=" + csrf + "&step=otp.check&otp=" + lastOtp(sandbox));
		assertThat(checked.statusCode()).isEqualTo(302);
		assertThat(checked.header("Location")).isEqualTo(href("/" + sandbox.id() + "/as/resume?flowId=" + flowId));
		Response resumed = anonymous().redirects().follow(false).get(URI.create(checked.header("Location")));
		assertThat(resumed.statusCode()).isEqualTo(302);
		String back = resumed.header("Location");
		assertThat(back).matches(Pattern.quote(CALLBACK) + "\\?code=[A-Za-z0-9_-]{43}&state=st4te");
		String code = back.substring(back.indexOf("code=") + 5, back.indexOf("&state"));

		Response tokens = token(sandbox, app).formParam("grant_type", "authorization_code")
			.formParam("code", code)
			.formParam("redirect_uri", CALLBACK)
			.formParam("code_verifier", VERIFIER)
			.post("/" + sandbox.id() + "/as/token");
		assertThat(tokens.statusCode()).as(tokens.asString()).isEqualTo(200);
		assertThat(claims(JsonDocument.of(tokens).getString("id_token")).<String>getList("amr")).containsExactly("pwd",
				"otp", "mfa");
		assertThat(claims(JsonDocument.of(tokens).getString("id_token")).getString("acr")).isEqualTo("Multi_Factor");
		// The code was handed out once: the page now resumes to nothing more.
		assertThat(anonymous().redirects().follow(false).get(URI.create(checked.header("Location"))).statusCode())
			.isEqualTo(400);
	}

	@Test
	void shouldRefuseAFormWithoutItsCookieOrFromAnotherOrigin() {
		Sandbox sandbox = signOnSandbox();
		String[] app = app(sandbox, WEB_APP);
		String page = browserAuthorize(sandbox, app[0], "").header("Location");
		Response form = get(page, null);
		String cookie = form.cookie(SignOnPageController.CSRF_COOKIE);
		String body = "csrf=" + csrf(form) + "&step=usernamePassword.check&username=carol&password=" + PASSWORD;
		// same-origin, not no-referrer: under no-referrer a browser's own form post
		// carries
		// Origin: null, which is refused below like any other origin.
		assertThat(form.header("Referrer-Policy")).isEqualTo("same-origin");

		assertThat(post(page, null, body).statusCode()).isEqualTo(403);
		assertThat(post(page, cookie, body, "null").statusCode()).isEqualTo(403);
		assertThat(post(page, cookie, body, "https://evil.example.com").statusCode()).isEqualTo(403);
		assertThat(post(page, cookie, body.replace(csrf(form), "x".repeat(43))).statusCode()).isEqualTo(403);
		// Nothing was done: the flow still asks for the password.
		assertThat(JsonDocument
			.of(anonymous().get("/" + sandbox.id() + "/flows/" + page.substring(page.indexOf("flowId=") + 7)))
			.getString("status")).isEqualTo("USERNAME_PASSWORD_REQUIRED");

		Response accepted = post(page, cookie, body);
		assertThat(accepted.statusCode()).isEqualTo(302);
		Response back = anonymous().redirects().follow(false).get(URI.create(accepted.header("Location")));
		assertThat(back.header("Location")).startsWith(CALLBACK + "?code=");
	}

	@Test
	void shouldSendAFailedSignOnBackWithAccessDeniedAndState() {
		Sandbox sandbox = signOnSandbox();
		String[] app = app(sandbox, WEB_APP);
		// Ada has MFA on and no device: the Multi_Factor policy blocks her.
		String page = browserAuthorize(sandbox, app[0], "&state=s9").header("Location");
		Response form = get(page, null);
		String cookie = form.cookie(SignOnPageController.CSRF_COOKIE);

		Response failed = post(page, cookie,
				"csrf=" + csrf(form) + "&step=usernamePassword.check&username=ada&password=" + PASSWORD);
		Response back = anonymous().redirects().follow(false).get(URI.create(failed.header("Location")));

		assertThat(back.statusCode()).isEqualTo(302);
		assertThat(back.header("Location")).startsWith(CALLBACK + "?error=access_denied&error_description=")
			.endsWith("&state=s9");
	}

	@Test
	void shouldAnswerAnExpiredOrUnknownFlowWithAPage() {
		Sandbox sandbox = signOnSandbox();

		Response unknown = get(href("/" + sandbox.id() + "/signon/?flowId=" + java.util.UUID.randomUUID()), null);

		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.contentType()).startsWith("text/html");
		assertThat(unknown.asString()).contains("This sign-on is over or has expired.");
	}

	private Response get(String page, String cookie) {
		var request = anonymous().redirects().follow(false);
		if (cookie != null) {
			request = request.cookie(SignOnPageController.CSRF_COOKIE, cookie);
		}
		return request.get(URI.create(page));
	}

	/** Authorize without pi.flow, as a browser is sent to it: a redirect to the pages. */
	private Response browserAuthorize(Sandbox sandbox, String clientId, String extra) {
		return anonymous().redirects()
			.follow(false)
			.urlEncodingEnabled(false)
			.get("/" + sandbox.id() + "/as/authorize?response_type=code&client_id=" + clientId + "&redirect_uri="
					+ CALLBACK + "&scope=openid&code_challenge=" + challenge() + "&code_challenge_method=S256" + extra);
	}

	private Response post(String page, String cookie, String body) {
		return post(page, cookie, body, null);
	}

	/** The page's form posted, with the browser's Origin header when one is given. */
	private Response post(String page, String cookie, String body, String origin) {
		var request = anonymous().redirects().follow(false).contentType("application/x-www-form-urlencoded");
		if (cookie != null) {
			request = request.cookie(SignOnPageController.CSRF_COOKIE, cookie);
		}
		if (origin != null) {
			request = request.header("Origin", origin);
		}
		return request.body(body).post(URI.create(page));
	}

	private static String csrf(Response form) {
		Matcher matcher = CSRF.matcher(form.asString());
		assertThat(matcher.find()).as(form.asString()).isTrue();
		return matcher.group(1);
	}

}
