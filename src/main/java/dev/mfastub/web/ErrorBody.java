package dev.mfastub.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * PingOne's {@code P1Error}: the body of every non-2xx response.
 *
 * @param id unique per response, equal to its {@code Correlation-Id} header
 * @param code the general fault code
 * @param message a short English description, starting "The request could not be
 * completed."
 * @param details field-level details, omitted when there are none
 */
public record ErrorBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String id,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String code,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String message, List<ErrorDetail> details) {

	public ErrorBody {
		details = (details == null || details.isEmpty()) ? null : List.copyOf(details);
	}

}
