package dev.mfastub.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;

/**
 * Checks every response the HTTP tests receive against the OpenAPI document the stub
 * serves at {@code /v3/api-docs}. Requests are not checked: many tests send wrong ones on
 * purpose, and their answers must still match the document.
 */
public final class OpenApiContract {

	private static final Map<Integer, OpenApiValidationFilter> FILTERS = new ConcurrentHashMap<>();

	private OpenApiContract() {
	}

	/** The validating filter for the stub on this port, read from its served document. */
	public static OpenApiValidationFilter filter(int port) {
		return FILTERS.computeIfAbsent(port, (key) -> new OpenApiValidationFilter(OpenApiInteractionValidator
			.createForSpecificationUrl("http://localhost:" + port + "/v3/api-docs")
			.withLevelResolver(
					LevelResolver.create().withLevel("validation.request", ValidationReport.Level.IGNORE).build())
			.build()));
	}

}
