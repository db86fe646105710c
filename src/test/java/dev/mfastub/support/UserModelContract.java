package dev.mfastub.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;

/**
 * Checks every user the HTTP tests receive (read, list, create, replace, update) against
 * PingOne's own {@code User} data model, as the community SDK's OpenAPI description gives
 * it ({@code src/test/resources/pingone/user-model.yml}), not only against the document
 * the stub serves. Other paths and statuses are not its business: PingOne's error bodies
 * are checked by {@link OpenApiContract}.
 * <p>
 * The validator reads patterns as ECMA 262 regular expressions, which have no Unicode
 * classes such as {@code \p{L}}: those patterns are taken out of the model it is given
 * and checked here with Java's, which has them.
 */
public final class UserModelContract implements Filter {

	private static final Pattern USER_PATH = Pattern.compile("/v1/environments/[^/]+/users(/[^/?]+)?");

	private static final UserModelContract INSTANCE = new UserModelContract();

	private final OpenApiValidationFilter validator;

	/** The patterns the validator cannot read, by the path of their attribute. */
	private final Map<String, Pattern> unicodePatterns = new LinkedHashMap<>();

	private UserModelContract() {
		OpenAPI model = new OpenAPIV3Parser().read("pingone/user-model.yml");
		Map<String, Schema> schemas = model.getComponents().getSchemas();
		takeUnicodePatterns("", schemas.get("User"), schemas);
		this.validator = new OpenApiValidationFilter(OpenApiInteractionValidator.createFor(model)
			.withLevelResolver(LevelResolver.create()
				.withLevel("validation.request", ValidationReport.Level.IGNORE)
				.withLevel("validation.response.status.unknown", ValidationReport.Level.IGNORE)
				.build())
			.build());
	}

	/** The validating filter. */
	public static UserModelContract filter() {
		return INSTANCE;
	}

	@Override
	public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification expected,
			FilterContext context) {
		Response response = this.validator.filter(request, expected, context);
		String path = request.getURI().replaceFirst("^[a-z]+://[^/]+", "").replaceFirst("\\?.*", "");
		int status = response.statusCode();
		if (USER_PATH.matcher(path).matches() && (status == 200 || status == 201)
				&& !"DELETE".equals(request.getMethod())) {
			JsonPath body = response.jsonPath();
			List<Object> users = (body.get("_embedded.users") != null) ? body.getList("_embedded.users")
					: List.of(body.getMap(""));
			for (Object user : users) {
				checkUnicodePatterns(user, path);
			}
		}
		return response;
	}

	private void checkUnicodePatterns(Object user, String path) {
		List<String> violations = new ArrayList<>();
		this.unicodePatterns.forEach((attribute, pattern) -> {
			Object value = valueAt(user, attribute);
			if (value instanceof String text && !pattern.matcher(text).matches()) {
				violations.add(attribute + " = \"" + text + "\" does not match " + pattern);
			}
		});
		if (!violations.isEmpty()) {
			throw new AssertionError("A user answered at " + path + " breaks PingOne's User model: " + violations);
		}
	}

	private static Object valueAt(Object node, String attribute) {
		Object value = node;
		for (String part : attribute.split("\\.")) {
			if (!(value instanceof Map<?, ?> map)) {
				return null;
			}
			value = map.get(part);
		}
		return value;
	}

	@SuppressWarnings("rawtypes")
	private void takeUnicodePatterns(String prefix, Schema schema, Map<String, Schema> schemas) {
		Schema resolved = (schema.get$ref() != null)
				? schemas.get(schema.get$ref().replace("#/components/schemas/", "")) : schema;
		if (resolved.getPattern() != null && resolved.getPattern().contains("\\p{")) {
			this.unicodePatterns.put(prefix, Pattern.compile(resolved.getPattern()));
			resolved.setPattern(null);
		}
		if (resolved.getProperties() != null) {
			((Map<String, Schema>) resolved.getProperties()).forEach((name,
					property) -> takeUnicodePatterns(prefix.isEmpty() ? name : prefix + "." + name, property, schemas));
		}
	}

}
