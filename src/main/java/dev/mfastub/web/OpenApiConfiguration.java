package dev.mfastub.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import tools.jackson.databind.JsonNode;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v3/api-docs} and Swagger UI at
 * {@code /swagger-ui.html}. Every operation answers errors as PingOne's error body;
 * {@code /v1} and device authentication operations need a worker app's bearer token,
 * which Swagger UI can fetch itself from the documentation environment's token endpoint.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String BEARER = "bearerToken";

	static final String WORKER_APP = "workerApp";

	/**
	 * The documentation environment's token endpoint, relative to wherever the stub is
	 * reached.
	 */
	static final String TOKEN_URL = "/abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6/as/token";

	static {
		// Free-form JSON (the journal's before and after) is any object, not Jackson's
		// node bean.
		SpringDocUtils.getConfig()
			.replaceWithSchema(JsonNode.class, new ObjectSchema().additionalProperties(Boolean.TRUE));
	}

	@Bean
	OpenAPI stubOpenApi() {
		return new OpenAPI()
			.info(new Info().title("PingOne MFA Stub")
				.version("v1")
				.description("PingOne's MFA user endpoints, users and worker-app tokens, plus the stub's own "
						+ "control plane. Authorize with the seeded admin app (client id "
						+ "6f2f1a43-5c1e-4b8e-9a57-1c0d2e3f4a01, secret stub-admin-secret) or paste a token."))
			.components(new Components()
				.addSecuritySchemes(BEARER,
						new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT"))
				.addSecuritySchemes(WORKER_APP,
						new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
							.description("client_credentials against the documentation environment's auth server")
							.flows(new OAuthFlows().clientCredentials(new OAuthFlow().tokenUrl(TOKEN_URL)
								.scopes(new io.swagger.v3.oas.models.security.Scopes())))))
			.tags(List.of(new Tag().name("MFA").description("PingOne's MFA user endpoints"),
					new Tag().name("Users").description("PingOne's user endpoints, the subset an MFA flow needs"),
					new Tag().name("Auth server").description("Each environment's token endpoint, keys and discovery"),
					new Tag().name("Stub control plane")
						.description("Not PingOne: sandboxes, reset, clocks, faults and the journal")));
	}

	/**
	 * Gives every operation PingOne's error body as its {@code default} answer, and every
	 * {@code /v1} and device authentication operation the bearer requirement.
	 */
	@Bean
	OpenApiCustomizer pingOneErrorsAndSecurity() {
		return (openApi) -> {
			Map<String, Schema> schemas = ModelConverters.getInstance().read(ErrorBody.class);
			schemas.putAll(ModelConverters.getInstance().read(ErrorDetail.class));
			schemas.putAll(ModelConverters.getInstance().read(ErrorDetail.InnerError.class));
			schemas.forEach(openApi.getComponents()::addSchemas);
			ApiResponse error = new ApiResponse().description("PingOne error body")
				.content(new Content().addMediaType("application/json",
						new MediaType().schema(new Schema<>().$ref("#/components/schemas/ErrorBody"))));
			openApi.getPaths().forEach((path, item) -> {
				for (Operation operation : operations(item)) {
					declareEnvironmentId(path, operation);
					if (operation.getResponses() != null && operation.getResponses().getDefault() == null) {
						operation.getResponses().setDefault(error);
					}
					if (path.startsWith("/v1/") || path.contains("/deviceAuthentications")) {
						operation.setSecurity(List.of(new SecurityRequirement().addList(BEARER),
								new SecurityRequirement().addList(WORKER_APP)));
					}
				}
			});
		};
	}

	/**
	 * A controller that takes the call's context reads the path's environment from it
	 * ({@code ApiCall}), not from a path variable of its own: the document still names
	 * the parameter, first, as a UUID.
	 */
	private static void declareEnvironmentId(String path, Operation operation) {
		if (!path.contains("{environmentId}") || (operation.getParameters() != null && operation.getParameters()
			.stream()
			.anyMatch((parameter) -> "environmentId".equals(parameter.getName())))) {
			return;
		}
		List<Parameter> parameters = new ArrayList<>();
		parameters.add(new PathParameter().name("environmentId").schema(new StringSchema().format("uuid")));
		if (operation.getParameters() != null) {
			parameters.addAll(operation.getParameters());
		}
		operation.setParameters(parameters);
	}

	private static List<Operation> operations(PathItem item) {
		return java.util.stream.Stream
			.of(item.getGet(), item.getPut(), item.getPost(), item.getPatch(), item.getDelete())
			.filter(java.util.Objects::nonNull)
			.toList();
	}

}
