package dev.mfastub.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the sign-on tests share: a sandbox with three users (MFA on, bypass, MFA off) and
 * their passwords, an OIDC web app on PingOne's "Multi_Factor" policy, and the calls of a
 * sign-on.
 */
public abstract class SignOnTest extends SandboxTest {

	protected static final String PASSWORD_CHECK = "application/vnd.pingidentity.usernamePassword.check+json";

	protected static final String DEVICE_SELECT = "application/vnd.pingidentity.device.select+json";

	protected static final String OTP_CHECK = "application/vnd.pingidentity.otp.check+json";

	protected static final String PASSWORD = "2Federate!M0re";

	protected static final String CALLBACK = "https://app.example.com/callback";

	protected static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUpdIaYuvBOvEn7Yoz8Fq0QeE0cQ";

	protected static final String ADA_ID = "7e94b96e-0364-463b-a059-d97d1e4cb1d5";

	protected static final String BOB_ID = "05ad3cc6-8723-4f85-9711-05ad549717f6";

	protected static final String CAROL_ID = "b7119e13-9612-42d0-a57c-039e74a0f27c";

	/** Ada: MFA on. Bob: MFA on, bypass until 2030-02-01. Carol: MFA off. */
	protected static final String DEFINITION = """
			{"users":[{"id":"%s","username":"ada","email":"ada@example.com","mfaEnabled":true},
			          {"id":"%s","username":"bob","email":"bob@example.com","mfaEnabled":true,
			           "bypassMFAEnabledUntil":"2030-02-01T00:00:00.000Z"},
			          {"id":"%s","username":"carol","email":"carol@example.com","mfaEnabled":false}]}"""
		.formatted(ADA_ID, BOB_ID, CAROL_ID);

	protected static final String WEB_APP = """
			{"enabled":true,"name":"Web","type":"WEB_APP","protocol":"OPENID_CONNECT",
			 "grantTypes":["AUTHORIZATION_CODE","REFRESH_TOKEN"],"redirectUris":["%s"],
			 "postLogoutRedirectUris":["https://app.example.com/"],"responseTypes":["CODE"],
			 "pkceEnforcement":"S256_REQUIRED","tokenEndpointAuthMethod":"CLIENT_SECRET_BASIC"}""".formatted(CALLBACK);

	protected Sandbox signOnSandbox() {
		Sandbox sandbox = sandbox(DEFINITION);
		for (String user : List.of(ADA_ID, BOB_ID, CAROL_ID)) {
			api(sandbox).contentType("application/vnd.pingidentity.password.set+json")
				.body("{\"value\":\"" + PASSWORD + "\",\"forceChange\":false}")
				.put(sandbox.user(user) + "/password")
				.then()
				.statusCode(200);
		}
		return sandbox;
	}

	/**
	 * Creates an OIDC app signing users on with PingOne's standard "Multi_Factor" policy
	 * (LOGIN, then MFA with the default MFA policy, blocking users without devices): its
	 * client id and secret.
	 */
	protected String[] app(Sandbox sandbox, String body) {
		String apps = "/v1/environments/" + sandbox.id() + "/applications";
		Response created = api(sandbox).contentType("application/json").body(body).post(apps);
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
		String secret = JsonDocument.of(api(sandbox).get(apps + "/" + id + "/secret")).getString("secret");
		return new String[] { id, secret };
	}

	protected String device(Sandbox sandbox, String userId) {
		Response created = api(sandbox).contentType("application/json")
			.body("{\"type\":\"EMAIL\",\"email\":\"user." + userId.substring(0, 4) + "@example.com\"}")
			.post(sandbox.user(userId) + "/devices");
		assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
		return JsonDocument.of(created).getString("id");
	}

	protected Response authorize(Sandbox sandbox, String clientId, String extra) {
		return anonymous().redirects()
			.follow(false)
			.urlEncodingEnabled(false)
			.get("/" + sandbox.id() + "/as/authorize?response_type=code&response_mode=pi.flow&client_id=" + clientId
					+ "&redirect_uri=" + CALLBACK + "&scope=openid%20profile%20email&code_challenge=" + challenge()
					+ "&code_challenge_method=S256" + extra);
	}

	protected Response flow(Sandbox sandbox, String flowId, String action, String body) {
		return anonymous().contentType(action).body(body).post("/" + sandbox.id() + "/flows/" + flowId);
	}

	protected RequestSpecification token(Sandbox sandbox, String[] app) {
		return anonymous().auth().preemptive().basic(app[0], app[1]);
	}

	protected Response refresh(Sandbox sandbox, String[] app, String refreshToken) {
		return token(sandbox, app).formParam("grant_type", "refresh_token")
			.formParam("refresh_token", refreshToken)
			.post("/" + sandbox.id() + "/as/token");
	}

	/** A user without MFA (or with a bypass) signed on, the code redeemed. */
	protected JsonDocument signOn(Sandbox sandbox, String[] app, String username) {
		String code = completedCode(sandbox, app, username);
		Response tokens = token(sandbox, app).formParam("grant_type", "authorization_code")
			.formParam("code", code)
			.formParam("redirect_uri", CALLBACK)
			.formParam("code_verifier", VERIFIER)
			.post("/" + sandbox.id() + "/as/token");
		assertThat(tokens.statusCode()).as(tokens.asString()).isEqualTo(200);
		return JsonDocument.of(tokens);
	}

	protected String completedCode(Sandbox sandbox, String[] app, String username) {
		String flowId = JsonDocument.of(authorize(sandbox, app[0], "")).getString("id");
		Response done = flow(sandbox, flowId, PASSWORD_CHECK,
				"{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}");
		JsonDocument flow = JsonDocument.of(done);
		assertThat(flow.getString("status")).as(done.asString()).isEqualTo("COMPLETED");
		return flow.getString("authorizeResponse.code");
	}

	protected List<String> notifications(Sandbox sandbox) {
		return JsonDocument.of(control().get(sandbox.control() + "/notifications")).getList("notifications.otp");
	}

	protected String lastOtp(Sandbox sandbox) {
		List<String> otps = notifications(sandbox);
		return otps.get(otps.size() - 1);
	}

	protected static String wrong(String otp) {
		return (otp.charAt(0) == '0' ? "1" : "0") + otp.substring(1);
	}

	protected static String challenge() {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(VERIFIER.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	protected static JsonDocument claims(String jwt) {
		return JsonDocument
			.parse(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
	}

	protected static void assertTokenError(Response response, int status, String error, String description) {
		assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
		assertThat(response.asString()).isEqualTo(Json.compact("""
				{"error":"%s","error_description":"%s"}""".formatted(error, description)));
	}

}
