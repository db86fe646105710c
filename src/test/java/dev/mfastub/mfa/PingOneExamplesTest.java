package dev.mfastub.mfa;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import dev.mfastub.support.ApiTest;
import dev.mfastub.support.Json;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PingOne's documentation examples ({@code shared/seeds}), sent as written (with a real
 * token for {@code {{accessToken}}}), answered with the documented body byte for byte.
 * The hosts in the documented links come from {@code X-Forwarded-*}, which is how a stub
 * behind a proxy for that host would see them.
 */
class PingOneExamplesTest extends ApiTest {

	@Test
	void shouldAnswerAllowMfaBypassExampleWithDocumentedBody() {
		// The page's request says 2025-11-30 but its response 2025-11-26; the stub echoes
		// what was sent, so the response is the documented one with the requested date.
		String body = ok(asDocumented("api.test-one-pingone.com")
			.body("{\n    \"bypassMFAEnabledUntil\": \"2025-11-30T00:00:00.000Z\"\n}")
			.put("/v1/environments/abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6/users/7e94b96e-0364-463b-a059-d97d1e4cb1d5/bypassMFA"));

		assertThat(body).isEqualTo(Json.compact(
				"""
						{
						    "_links": {
						        "self": {
						            "href": "https://api.test-one-pingone.com/v1/environments/abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6/users/7e94b96e-0364-463b-a059-d97d1e4cb1d5/bypassMFA"
						        },
						        "user": {
						            "href": "https://api.test-one-pingone.com/v1/environments/abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6/users/7e94b96e-0364-463b-a059-d97d1e4cb1d5"
						        }
						    },
						    "bypassMFAEnabledUntil": "2025-11-30T00:00:00.000Z",
						    "canBypassMFA": true
						}"""));
	}

	@Test
	void shouldAnswerCheckMfaBypassStatusExampleWithDocumentedBody() {
		api().contentType("application/json")
			.body("{\"bypassMFAEnabledUntil\": \"2025-11-26T00:00:00.000Z\"}")
			.put(user(ADA) + "/bypassMFA")
			.then()
			.statusCode(200);

		// As the page's HTTP example sends it: GET with a JSON content type and no body.
		String body = ok(asDocumented("api.test-one-pingone.com").get(
				"/v1/environments/abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6/users/7e94b96e-0364-463b-a059-d97d1e4cb1d5/bypassMFA"));

		assertThat(body).isEqualTo(Json.compact(
				"""
						{
						"_links": {
						"self": {
						"href": "https://api.test-one-pingone.com/v1/environments/abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6/users/7e94b96e-0364-463b-a059-d97d1e4cb1d5/bypassMFA"
						},
						"user": {
						"href": "https://api.test-one-pingone.com/v1/environments/abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6/users/7e94b96e-0364-463b-a059-d97d1e4cb1d5"
						}
						},
						"bypassMFAEnabledUntil": "2025-11-26T00:00:00.000Z",
						"canBypassMFA": true
						}"""));
	}

	@Test
	void shouldAnswerUpdateUserMfaEnabledExampleWithDocumentedBody() {
		String body = ok(asDocumented("api.pingone.com").body("{\n    \"mfaEnabled\": true\n}")
			.put("/v1/environments/abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6/users/05ad3cc6-8723-4f85-9711-05ad549717f6/mfaEnabled"));

		assertThat(body).isEqualTo(Json.compact(
				"""
						{
						    "_links": {
						        "self": {
						            "href": "https://api.pingone.com/v1/environments/abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6/users/05ad3cc6-8723-4f85-9711-05ad549717f6/mfaEnabled"
						        },
						        "user": {
						            "href": "https://api.pingone.com/v1/environments/abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6/users/05ad3cc6-8723-4f85-9711-05ad549717f6"
						        }
						    },
						    "mfaEnabled": true
						}"""));
	}

	@Test
	void shouldAnswerGettingStartedEnableUserMfaExampleWithDocumentedBody() {
		String body = ok(asDocumented("api.pingone.com").body("{\n    \"mfaEnabled\": true\n}")
			.put("/v1/environments/abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6/users/b7119e13-9612-42d0-a57c-039e74a0f27c/mfaEnabled"));

		assertThat(body).isEqualTo(Json.compact(
				"""
						{
						    "_links": {
						        "self": {
						            "href": "https://api.pingone.com/v1/environments/abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6/users/b7119e13-9612-42d0-a57c-039e74a0f27c/mfaEnabled"
						        },
						        "user": {
						            "href": "https://api.pingone.com/v1/environments/abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6/users/b7119e13-9612-42d0-a57c-039e74a0f27c"
						        }
						    },
						    "mfaEnabled": true
						}"""));
	}

	@Test
	void shouldKeepMfaEnabledAfterTheExampleSetsIt() {
		api().contentType("application/json").body("{\"mfaEnabled\": true}").put(user(GRACE) + "/mfaEnabled");

		String body = api().get(user(GRACE) + "/mfaEnabled").then().statusCode(200).extract().asString();

		assertThat(body).isEqualTo("{\"_links\":{\"self\":{\"href\":\"" + href(user(GRACE) + "/mfaEnabled")
				+ "\"},\"user\":{\"href\":\"" + href(user(GRACE)) + "\"}},\"mfaEnabled\":true}");
	}

	/**
	 * A request as the page's example sends it (JSON, a bearer token), through a proxy
	 * for the page's host.
	 */
	private RequestSpecification asDocumented(String host) {
		return anonymous().header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-Host", host)
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + accessToken());
	}

	private static String ok(Response response) {
		return response.then().statusCode(200).contentType("application/json").extract().asString();
	}

}
