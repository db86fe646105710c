package dev.mfastub.organization;

import java.util.UUID;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import dev.mfastub.support.ApiTest;
import dev.mfastub.support.Json;
import dev.mfastub.support.JsonDocument;
import dev.mfastub.support.RawHttp;

import static dev.mfastub.support.PingOneErrors.FORBIDDEN;
import static dev.mfastub.support.PingOneErrors.assertError;
import static dev.mfastub.support.PingOneErrors.assertInvalidData;
import static dev.mfastub.support.PingOneErrors.assertNotFound;
import static dev.mfastub.support.PingOneErrors.detail;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documentation organization and its one license, as PingOne's getting-started "Task
 * 2" step 2 reads them with the admin app of Task 1 (Organization Admin over the
 * organization).
 */
class OrganizationApiTest extends ApiTest {

	static final String ORGANIZATION = "bed432e6-676a-4ebe-b5a5-6b3b54e46bda";

	static final String LICENSE = OrganizationService.licenseOf(UUID.fromString(ORGANIZATION)).toString();

	static final String LICENSES = "/v1/organizations/" + ORGANIZATION + "/licenses";

	@Test
	void shouldListTheLicenseWithRawQuotesInTheFilterAndLinkToItEncoded() throws Exception {
		// Task 2's filter as a client sends it: the quotes raw in the query string.
		RawHttp.Answer answer = RawHttp.exchange(this.port,
				"GET " + LICENSES + "?filter=status%20eq%20\"active\" HTTP/1.1\r\nHost: localhost:" + this.port
						+ "\r\nAuthorization: Bearer " + accessToken() + "\r\nConnection: close\r\n\r\n");

		assertThat(answer.status()).isEqualTo(200);
		JsonDocument body = JsonDocument.parse(answer.body());
		assertThat(body.getInt("count")).isEqualTo(1);
		assertThat(body.getString("_links.self.href"))
			.isEqualTo("http://localhost:" + this.port + LICENSES + "?filter=status%20eq%20%22active%22");
	}

	@Test
	void shouldReadTheOrganization() {
		Response response = api().get("/v1/organizations/" + ORGANIZATION);

		assertThat(response.statusCode()).isEqualTo(200);
		String self = href("/v1/organizations/" + ORGANIZATION);
		assertThat(response.asString()).isEqualTo(Json.compact("""
				{"_links":{"self":{"href":"%1$s"},"environments":{"href":"%1$s/environments"},
				           "licenses":{"href":"%1$s/licenses"}},
				 "id":"%2$s","name":"stub-%2$s",
				 "description":"The top-level Organization which contains all Environments for stub-%2$s.",
				 "createdAt":"2025-11-20T10:00:00.000Z","updatedAt":"2025-11-20T10:00:00.000Z","type":"PAID"}
				""".formatted(self, ORGANIZATION)));
	}

	@Test
	void shouldListTheOneActiveLicenseWithTheFilterOfTask2() {
		Response response = api().queryParam("filter", "status eq \"active\"").get(LICENSES);

		assertThat(response.statusCode()).isEqualTo(200);
		JsonDocument body = JsonDocument.of(response);
		assertThat(body.getInt("count")).isEqualTo(1);
		assertThat(body.getInt("size")).isEqualTo(1);
		assertThat(body.getString("_links.self.href")).isEqualTo(href(LICENSES + "?filter=status%20eq%20%22active%22"));
		assertThat(body.getString("_embedded.licenses[0].id")).isEqualTo(LICENSE);
		assertThat(Json.at(response.asString(), "/_embedded/licenses/0")).isEqualTo(license());
	}

	@Test
	void shouldReadTheLicenseTheListNames() {
		Response response = api().get(LICENSES + "/" + LICENSE);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.asString()).isEqualTo(license());
	}

	@Test
	void shouldFilterByStatusAndByBeginning() {
		assertThat(count(api().get(LICENSES))).isEqualTo(1);
		assertThat(count(api().queryParam("filter", "status eq \"ACTIVE\"").get(LICENSES))).isEqualTo(1);
		assertThat(count(api().queryParam("filter", "status eq \"expired\"").get(LICENSES))).isZero();
		assertThat(count(api().queryParam("filter", "beginsAt lt \"2025-11-20T10:00:00.001Z\"").get(LICENSES)))
			.isEqualTo(1);
		assertThat(count(api().queryParam("filter", "beginsAt lt \"2025-11-20T10:00:00.000Z\"").get(LICENSES)))
			.isZero();
		assertThat(count(api().queryParam("filter", "status eq \"active\" and beginsAt lt \"2030-01-01T00:00:00.000Z\"")
			.get(LICENSES))).isEqualTo(1);
	}

	@Test
	void shouldRefuseAFilterPingOneDoesNotOffer() {
		String offered = "Licenses can be filtered by status (eq) and beginsAt (lt), such as status eq \"active\".";
		assertInvalidData(api().queryParam("filter", "name eq \"STUB\"").get(LICENSES),
				detail("INVALID_FILTER", "filter", offered));
		assertInvalidData(api().queryParam("filter", "status sw \"act\"").get(LICENSES),
				detail("INVALID_FILTER", "filter", offered));
		assertInvalidData(api().queryParam("filter", "status eq \"gone\"").get(LICENSES),
				detail("INVALID_FILTER", "filter", "A license's status is ACTIVE, EXPIRED, FUTURE or TERMINATED."));
		assertInvalidData(api().queryParam("filter", "beginsAt lt \"yesterday\"").get(LICENSES),
				detail("INVALID_FILTER", "filter", "beginsAt must be a date and time in the format "
						+ "yyyy-MM-dd'T'HH:mm:ss.SSS'Z', such as 2025-11-26T00:00:00.000Z."));
	}

	@Test
	void shouldAnswerNotFoundForWhatDoesNotExist() {
		String other = UUID.randomUUID().toString();

		assertNotFound(api().get("/v1/organizations/" + other));
		assertNotFound(api().get("/v1/organizations/" + other + "/licenses"));
		assertNotFound(api().get(LICENSES + "/" + UUID.randomUUID()));
		assertNotFound(api().get("/v1/organizations/not-an-id"));
	}

	@Test
	void shouldRefuseAnAppWithoutARoleOverTheOrganization() {
		// Identity Data Read Only over the documentation environment only.
		for (String path : new String[] { "/v1/organizations/" + ORGANIZATION, LICENSES, LICENSES + "/" + LICENSE }) {
			assertError(anonymous().auth().oauth2(readOnlyToken()).get(path), 403, "ACCESS_FAILED", FORBIDDEN,
					detail("INSUFFICIENT_PERMISSIONS", null, "The application has no role over this organization."));
		}
		assertThat(anonymous().get(LICENSES).statusCode()).isEqualTo(401);
	}

	private static int count(Response response) {
		assertThat(response.statusCode()).isEqualTo(200);
		return JsonDocument.of(response).getInt("count");
	}

	private String license() {
		String organization = href("/v1/organizations/" + ORGANIZATION);
		return Json.compact("""
				{"_links":{"self":{"href":"%1$s/licenses/%2$s"},"organization":{"href":"%1$s"}},
				 "id":"%2$s","name":"STUB","package":"PREMIUM","status":"ACTIVE",
				 "beginsAt":"2025-11-20T10:00:00.000Z","expiresAt":"2099-12-31T00:00:00.000Z",
				 "assignedEnvironmentsCount":1,"organization":{"id":"%3$s"},
				 "environments":{"allowAddResources":true,"allowProduction":true,"max":1000,
				                 "regions":["AP","AU","CA","EU","NORTH_AMERICA","SG"]},
				 "mfa":{"allowEmailOtp":true,"allowSmsOtp":true,"allowVoiceOtp":true,"allowTotp":true,
				        "allowPushNotification":false,"allowFido2Devices":false}}
				""".formatted(organization, LICENSE, ORGANIZATION));
	}

}
