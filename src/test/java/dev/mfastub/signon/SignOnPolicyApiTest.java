package dev.mfastub.signon;

import java.util.List;
import java.util.UUID;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import dev.mfastub.auth.SignOnClients;
import dev.mfastub.support.Json;
import dev.mfastub.support.JsonDocument;
import dev.mfastub.support.Sandbox;
import dev.mfastub.support.SandboxTest;

import org.springframework.beans.factory.annotation.Autowired;

import static dev.mfastub.support.PingOneErrors.assertInvalidData;
import static dev.mfastub.support.PingOneErrors.assertNotFound;
import static dev.mfastub.support.PingOneErrors.detail;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /v1/environments/{envID}/signOnPolicies}, their actions and applications'
 * assignments of them, as PingOne's "Sign-On Policies"
 * (https://developer.pingidentity.com/pingone-api/platform/sign-on-policies.html),
 * "Sign-On Policy Actions"
 * (https://developer.pingidentity.com/pingone-api/platform/sign-on-policies/sign-on-policy-actions.html)
 * and "Application Sign-On Policy Assignments" pages show them, and what the sign-on
 * runtime reads ({@link SignOnPolicies}).
 */
class SignOnPolicyApiTest extends SandboxTest {

	private static final String WEB_APP = """
			{"enabled":true,"name":"Web","type":"WEB_APP","protocol":"OPENID_CONNECT",
			 "redirectUris":["https://app.example.com/cb"],"tokenEndpointAuthMethod":"CLIENT_SECRET_BASIC"}""";

	@Autowired
	private SignOnPolicies runtime;

	@Autowired
	private SignOnClients clients;

	@Test
	void shouldStartEveryEnvironmentWithSingleFactorTheDefaultAndMultiFactor() {
		Sandbox sandbox = sandbox();

		Response response = api(sandbox).get(policies(sandbox));

		assertThat(response.statusCode()).isEqualTo(200);
		JsonDocument list = JsonDocument.of(response);
		String createdAt = list.getString("_embedded.signOnPolicies[0].createdAt");
		String single = list.getString("_embedded.signOnPolicies[1].id");
		String multi = list.getString("_embedded.signOnPolicies[0].id");
		String env = href("/v1/environments/" + sandbox.id());
		assertThat(response.asString()).isEqualTo(Json.compact(
				"""
						{"_links":{"self":{"href":"%1$s"}},"_embedded":{"signOnPolicies":[
						 {"_links":{"self":{"href":"%1$s/%3$s"},"environment":{"href":"%2$s"},"actions":{"href":"%1$s/%3$s/actions"}},
						  "id":"%3$s","environment":{"id":"%5$s"},"name":"Multi_Factor",
						  "description":"A sign-on policy that requires a username and password, then a second factor.",
						  "default":false,"createdAt":"%6$s","updatedAt":"%6$s"},
						 {"_links":{"self":{"href":"%1$s/%4$s"},"environment":{"href":"%2$s"},"actions":{"href":"%1$s/%4$s/actions"}},
						  "id":"%4$s","environment":{"id":"%5$s"},"name":"Single_Factor",
						  "description":"A sign-on policy that requires a username and password.",
						  "default":true,"createdAt":"%6$s","updatedAt":"%6$s"}]},"count":2,"size":2}"""
					.formatted(href(policies(sandbox)), env, multi, single, sandbox.id(), createdAt)));

		String devicePolicy = JsonDocument
			.of(api(sandbox).get("/v1/environments/" + sandbox.id() + "/deviceAuthenticationPolicies"))
			.getString("_embedded.deviceAuthenticationPolicies[0].id");
		Response actions = api(sandbox).get(policies(sandbox) + "/" + multi + "/actions");
		String login = JsonDocument.of(actions).getString("_embedded.actions[0].id");
		String mfa = JsonDocument.of(actions).getString("_embedded.actions[1].id");
		String policy = href(policies(sandbox) + "/" + multi);
		assertThat(actions.asString()).isEqualTo(Json.compact(
				"""
						{"_links":{"self":{"href":"%1$s/actions"}},"_embedded":{"actions":[
						 {"_links":{"self":{"href":"%1$s/actions/%3$s"},"environment":{"href":"%2$s"},"signOnPolicy":{"href":"%1$s"}},
						  "id":"%3$s","environment":{"id":"%5$s"},"signOnPolicy":{"id":"%6$s"},"priority":1,"type":"LOGIN",
						  "recovery":{"enabled":true},"registration":{"enabled":false}},
						 {"_links":{"self":{"href":"%1$s/actions/%4$s"},"environment":{"href":"%2$s"},"signOnPolicy":{"href":"%1$s"}},
						  "id":"%4$s","environment":{"id":"%5$s"},"signOnPolicy":{"id":"%6$s"},"priority":2,
						  "type":"MULTI_FACTOR_AUTHENTICATION","deviceAuthenticationPolicy":{"id":"%7$s"},
						  "noDevicesMode":"BLOCK"}]},"count":2,"size":2}"""
					.formatted(policy, env, login, mfa, sandbox.id(), multi, devicePolicy)));
	}

	@Test
	void shouldCreateUpdateAndDeletePoliciesWithOneDefaultThatMoves() {
		Sandbox sandbox = sandbox();
		String single = JsonDocument.of(api(sandbox).get(policies(sandbox)))
			.getString("_embedded.signOnPolicies[1].id");

		// PingOne's own examples send "default" as a string.
		Response created = json(sandbox).body("""
				{"name":"MFA_UseCase","default":"false","description":"A new MFA sign-on policy."}""")
			.post(policies(sandbox));

		assertThat(created.statusCode()).isEqualTo(201);
		JsonDocument policy = JsonDocument.of(created);
		String id = policy.getString("id");
		assertThat(created.header("Location")).isEqualTo(href(policies(sandbox) + "/" + id));
		assertThat(policy.getBoolean("default")).isFalse();
		assertThat(policy.getString("createdAt")).isEqualTo(FROZEN_AT);
		advance(sandbox, "PT1M");
		renewToken(sandbox);

		JsonDocument updated = JsonDocument.of(json(sandbox).body("{\"name\":\"MFA_UseCase\",\"default\":true}")
			.put(policies(sandbox) + "/" + id)
			.then()
			.statusCode(200)
			.extract());

		assertThat(updated.getBoolean("default")).isTrue();
		assertThat(updated.getString("description")).isNull();
		assertThat(updated.getString("updatedAt")).isEqualTo("2030-01-01T00:01:00.000Z");
		assertThat(JsonDocument.of(api(sandbox).get(policies(sandbox) + "/" + single)).getBoolean("default")).isFalse();
		assertInvalidData(api(sandbox).delete(policies(sandbox) + "/" + id), detail("CONSTRAINT_VIOLATION", null,
				"The default sign-on policy cannot be deleted: make another sign-on policy the default first."));
		assertInvalidData(json(sandbox).body("{\"name\":\"single_factor\"}").post(policies(sandbox)), detail(
				"UNIQUENESS_VIOLATION", "name", "A sign-on policy with this name already exists in the environment."));
		assertInvalidData(json(sandbox).body("{\"name\":\"Bad/Name\"}").post(policies(sandbox)), detail("INVALID_VALUE",
				"name", "A sign-on policy's name is letters, digits, '_', '.', '-' and spaces, or an absolute URI."));
		assertInvalidData(json(sandbox).body("{\"name\":\"X\",\"default\":\"yes\"}").post(policies(sandbox)),
				detail("INVALID_VALUE", "default", "default must be true or false."));
		api(sandbox).delete(policies(sandbox) + "/" + single).then().statusCode(204);
		assertNotFound(api(sandbox).get(policies(sandbox) + "/" + single));
		assertThat(JsonDocument.of(control().get(sandbox.control() + "/events")).getList("events.type", String.class))
			.contains("SIGN_ON_POLICY_CREATED", "SIGN_ON_POLICY_UPDATED", "SIGN_ON_POLICY_DELETED");
	}

	@Test
	void shouldManageActionsAndRefuseWhatPingOneRefuses() {
		Sandbox sandbox = sandbox();
		String id = JsonDocument.of(json(sandbox).body("{\"name\":\"Mine\"}").post(policies(sandbox))).getString("id");
		String actions = policies(sandbox) + "/" + id + "/actions";

		Response login = json(sandbox).body("{\"priority\":1,\"type\":\"LOGIN\",\"recovery\":{\"enabled\":false}}")
			.post(actions);

		assertThat(login.statusCode()).isEqualTo(201);
		String loginId = JsonDocument.of(login).getString("id");
		assertThat(login.header("Location")).isEqualTo(href(actions + "/" + loginId));
		assertThat(JsonDocument.of(login).getBoolean("recovery.enabled")).isFalse();
		assertInvalidData(json(sandbox).body("{\"priority\":2,\"type\":\"MULTI_FACTOR_AUTHENTICATION\"}").post(actions),
				detail("REQUIRED_VALUE", "deviceAuthenticationPolicy.id",
						"deviceAuthenticationPolicy.id is required."));
		assertInvalidData(
				json(sandbox)
					.body("""
							{"priority":2,"type":"MULTI_FACTOR_AUTHENTICATION","deviceAuthenticationPolicy":{"id":"%s"}}"""
						.formatted(UUID.randomUUID()))
					.post(actions),
				detail("INVALID_VALUE", "deviceAuthenticationPolicy.id",
						"No MFA device authentication policy of the environment has this id."));
		assertInvalidData(json(sandbox).body("{\"priority\":2,\"type\":\"IDENTITY_PROVIDER\"}").post(actions),
				detail("INVALID_VALUE", "type",
						"The stub supports LOGIN and MULTI_FACTOR_AUTHENTICATION actions, not IDENTITY_PROVIDER."));
		String devicePolicy = JsonDocument
			.of(api(sandbox).get("/v1/environments/" + sandbox.id() + "/deviceAuthenticationPolicies"))
			.getString("_embedded.deviceAuthenticationPolicies[0].id");
		String mfa = JsonDocument.of(json(sandbox).body("""
				{"priority":2,"type":"MULTI_FACTOR_AUTHENTICATION","deviceAuthenticationPolicy":{"id":"%s"},
				 "noDevicesMode":"BYPASS"}""".formatted(devicePolicy)).post(actions).then().statusCode(201).extract())
			.getString("id");

		JsonDocument updated = JsonDocument.of(json(sandbox).body("""
				{"priority":3,"type":"MULTI_FACTOR_AUTHENTICATION","deviceAuthenticationPolicy":{"id":"%s"},
				 "noDevicesMode":"BLOCK"}""".formatted(devicePolicy))
			.put(actions + "/" + mfa)
			.then()
			.statusCode(200)
			.extract());

		assertThat(updated.getInt("priority")).isEqualTo(3);
		assertThat(updated.getString("noDevicesMode")).isEqualTo("BLOCK");
		assertInvalidData(json(sandbox).body("{\"priority\":1,\"type\":\"LOGIN\"}").put(actions + "/" + mfa),
				detail("INVALID_VALUE", "type",
						"A sign-on policy action's type cannot change: it is MULTI_FACTOR_AUTHENTICATION."));
		assertThat(JsonDocument.of(api(sandbox).get(actions)).getList("_embedded.actions.type", String.class))
			.containsExactly("LOGIN", "MULTI_FACTOR_AUTHENTICATION");
		api(sandbox).delete(actions + "/" + loginId).then().statusCode(204);
		assertNotFound(api(sandbox).get(actions + "/" + loginId));
		assertNotFound(api(sandbox).get(policies(sandbox) + "/" + UUID.randomUUID() + "/actions"));
	}

	@Test
	void shouldAssignPoliciesToASignOnAppAndGiveTheRuntimeItsActions() {
		Sandbox sandbox = sandbox();
		UUID environment = UUID.fromString(sandbox.id());
		String app = JsonDocument.of(json(sandbox).body(WEB_APP).post(apps(sandbox))).getString("id");
		UUID applicationId = this.clients.find(environment, app).orElseThrow().applicationId();
		JsonDocument list = JsonDocument.of(api(sandbox).get(policies(sandbox)));
		String multi = list.getString("_embedded.signOnPolicies[0].id");
		String single = list.getString("_embedded.signOnPolicies[1].id");
		assertThat(this.runtime.choose(environment, applicationId, List.of()).orElseThrow())
			.satisfies((chosen) -> assertThat(chosen.name()).isEqualTo("Single_Factor"))
			.extracting(SignOnPolicies.Chosen::actions)
			.satisfies((actions) -> assertThat(actions).extracting(SignOnAction::type).containsExactly("LOGIN"));
		String assignments = apps(sandbox) + "/" + app + "/signOnPolicyAssignments";

		Response created = json(sandbox).body("{\"priority\":1,\"signOnPolicy\":{\"id\":\"" + multi + "\"}}")
			.post(assignments);

		assertThat(created.statusCode()).isEqualTo(201);
		String id = JsonDocument.of(created).getString("id");
		String env = href("/v1/environments/" + sandbox.id());
		assertThat(created.asString()).isEqualTo(Json.compact("""
				{"_links":{"self":{"href":"%1$s/%2$s"},"environment":{"href":"%3$s"},
				 "application":{"href":"%3$s/applications/%4$s"},"signOnPolicy":{"href":"%3$s/signOnPolicies/%5$s"}},
				 "id":"%2$s","environment":{"id":"%6$s"},"application":{"id":"%4$s"},"signOnPolicy":{"id":"%5$s"},
				 "priority":1}""".formatted(href(assignments), id, env, app, multi, sandbox.id())));
		SignOnPolicies.Chosen chosen = this.runtime.choose(environment, applicationId, List.of()).orElseThrow();
		assertThat(chosen.name()).isEqualTo("Multi_Factor");
		List<SignOnAction> actions = chosen.actions();
		assertThat(actions).extracting(SignOnAction::type).containsExactly("LOGIN", "MULTI_FACTOR_AUTHENTICATION");
		assertThat(actions.get(1).noDevicesMode()).isEqualTo("BLOCK");
		assertThat(actions.get(1).deviceAuthenticationPolicyId()).isNull();

		String second = JsonDocument
			.of(json(sandbox).body("{\"priority\":2,\"signOnPolicy\":{\"id\":\"" + single + "\"}}").post(assignments))
			.getString("id");
		json(sandbox).body("{\"priority\":0,\"signOnPolicy\":{\"id\":\"" + single + "\"}}")
			.put(assignments + "/" + second)
			.then()
			.statusCode(400);
		json(sandbox).body("{\"priority\":1,\"signOnPolicy\":{\"id\":\"" + single + "\"}}")
			.put(assignments + "/" + second)
			.then()
			.statusCode(200);
		// acr_values chooses among the assigned policies, by exact name, in its order.
		assertThat(this.runtime.choose(environment, applicationId, List.of("Nope", "Single_Factor", "Multi_Factor")))
			.map(SignOnPolicies.Chosen::name)
			.contains("Single_Factor");
		assertThat(this.runtime.choose(environment, applicationId, List.of("single_factor", "Nope"))).isEmpty();
		api(sandbox).delete(assignments + "/" + id).then().statusCode(204);
		assertThat(this.runtime.choose(environment, applicationId, List.of()).orElseThrow().actions())
			.extracting(SignOnAction::type)
			.containsExactly("LOGIN");
		assertThat(this.runtime.choose(environment, applicationId, List.of("Multi_Factor"))).isEmpty();
		assertThat(JsonDocument.of(api(sandbox).get(assignments)).getInt("count")).isEqualTo(1);

		String empty = JsonDocument.of(json(sandbox).body("{\"name\":\"Empty\"}").post(policies(sandbox)))
			.getString("id");
		assertInvalidData(
				json(sandbox).body("{\"priority\":1,\"signOnPolicy\":{\"id\":\"" + empty + "\"}}").post(assignments),
				detail("INVALID_VALUE", "signOnPolicy.id",
						"The sign-on policy has no actions: it must have at least one before it is assigned."));
		assertNotFound(api(sandbox).get(apps(sandbox) + "/" + sandbox.clientId() + "/signOnPolicyAssignments"));
	}

	@Test
	void shouldBringTheStandardPoliciesBackOnReset() {
		Sandbox sandbox = sandbox();
		String single = JsonDocument.of(api(sandbox).get(policies(sandbox)))
			.getString("_embedded.signOnPolicies[1].id");
		json(sandbox).body("{\"name\":\"Other\",\"default\":true}").post(policies(sandbox)).then().statusCode(201);
		api(sandbox).delete(policies(sandbox) + "/" + single).then().statusCode(204);

		control().post(sandbox.control() + "/reset").then().statusCode(204);
		renewToken(sandbox);

		assertThat(JsonDocument.of(api(sandbox).get(policies(sandbox))).getList("_embedded.signOnPolicies.name"))
			.containsExactlyInAnyOrder("Single_Factor", "Multi_Factor");
		assertThat(JsonDocument.of(api(sandbox).get(policies(sandbox) + "/" + single)).getBoolean("default")).isTrue();
	}

	private io.restassured.specification.RequestSpecification json(Sandbox sandbox) {
		return api(sandbox).contentType("application/json");
	}

	private static String policies(Sandbox sandbox) {
		return "/v1/environments/" + sandbox.id() + "/signOnPolicies";
	}

	private static String apps(Sandbox sandbox) {
		return "/v1/environments/" + sandbox.id() + "/applications";
	}

}
