package dev.mfastub.web;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import org.junit.jupiter.api.Test;

import dev.mfastub.support.ApiTest;
import dev.mfastub.support.JsonDocument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The served OpenAPI document: public, complete, and strict enough that the contract
 * check on every test response ({@code OpenApiContract}) can fail.
 */
class OpenApiDocumentTest extends ApiTest {

	private static final String MFA_ENABLED = "/v1/environments/{environmentId}/users/{userId}/mfaEnabled";

	@Test
	void shouldServeDocumentWithoutToken() {
		anonymous().get("/v3/api-docs")
			.then()
			.statusCode(200)
			.contentType("application/json")
			.body(JsonDocument.at("info.title", equalTo("PingOne MFA Stub")))
			.body(JsonDocument.at("paths",
					allOf(hasKey(MFA_ENABLED), hasKey("/v1/environments/{environmentId}/users/{userId}/bypassMFA"),
							hasKey("/v1/environments/{environmentId}/users"),
							hasKey("/v1/environments/{environmentId}/users/{userId}"),
							hasKey("/{environmentId}/as/token"), hasKey("/{environmentId}/as/jwks"),
							hasKey("/{environmentId}/as/.well-known/openid-configuration"),
							hasKey("/__stub/environments"))))
			.body(JsonDocument.at("components.securitySchemes.bearerToken.scheme", equalTo("bearer")))
			.body(JsonDocument.at("components.securitySchemes.workerApp.flows.clientCredentials.tokenUrl",
					equalTo("/abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6/as/token")))
			.body("paths['" + MFA_ENABLED + "'].put.responses.default.content['application/json'].schema.$ref",
					equalTo("#/components/schemas/ErrorBody"))
			.body("paths['" + MFA_ENABLED + "'].put.security", notNullValue())
			.body(JsonDocument.at("components.schemas.ErrorBody.required", hasItems("id", "code", "message")));
	}

	@Test
	void shouldServeSwaggerUiWithoutToken() {
		anonymous().redirects().follow(true).get("/swagger-ui.html").then().statusCode(200);
	}

	@Test
	void shouldFlagResponseThatDoesNotMatchTheDocument() {
		OpenApiInteractionValidator validator = OpenApiInteractionValidator
			.createForSpecificationUrl("http://localhost:" + this.port + "/v3/api-docs")
			.build();
		String path = user(ADA) + "/mfaEnabled";

		ValidationReport wrong = validator.validateResponse(path, Request.Method.GET,
				SimpleResponse.Builder.ok()
					.withContentType("application/json")
					.withBody("{\"mfaEnabled\":\"yes\"}")
					.build());
		ValidationReport error = validator.validateResponse(path, Request.Method.GET,
				SimpleResponse.Builder.status(404)
					.withContentType("application/json")
					.withBody("{\"code\":\"NOT_FOUND\"}")
					.build());

		assertThat(wrong.hasErrors()).as(wrong.toString()).isTrue();
		assertThat(error.hasErrors()).as("an error body without id and message").isTrue();
	}

}
