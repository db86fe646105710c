package dev.mfastub.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Renders failures as PingOne error bodies. Controllers reach it through
 * {@link ApiExceptionHandler}; filters, security entry points and the fallback error
 * controller call {@link #write} directly. Either way the body, status and headers come
 * from {@link ErrorTranslator}, so every layer answers alike.
 */
@Component
public class ErrorResponses {

	private static final Logger logger = LoggerFactory.getLogger(ErrorResponses.class);

	private final JsonMapper mapper;

	ErrorResponses(JsonMapper mapper) {
		this.mapper = mapper;
	}

	/**
	 * The response entity for a failure, for use inside Spring MVC.
	 * @param failure what went wrong
	 * @param request the request
	 * @param response the response, which receives the correlation headers
	 * @return the entity to return
	 */
	ResponseEntity<ErrorBody> entity(Throwable failure, HttpServletRequest request, HttpServletResponse response) {
		ApiException error = ErrorTranslator.translate(failure);
		return ResponseEntity.status(error.status())
			.headers(headers(error))
			// A preset content type makes Spring skip Accept negotiation: errors are
			// always JSON.
			.contentType(MediaType.APPLICATION_JSON)
			.body(body(failure, error, request, response));
	}

	/**
	 * Writes the error body straight to the servlet response, for code that runs outside
	 * Spring MVC.
	 * @param failure what went wrong
	 * @param request the request
	 * @param response the response to write
	 * @throws IOException if the response cannot be written
	 */
	public void write(Throwable failure, HttpServletRequest request, HttpServletResponse response) throws IOException {
		ApiException error = ErrorTranslator.translate(failure);
		if (response.isCommitted()) {
			logger.warn("Response already committed; cannot send {} for {}", error.status(), request.getRequestURI());
			return;
		}
		response.resetBuffer();
		ErrorBody body = body(failure, error, request, response);
		response.setStatus(error.status().value());
		headers(error).forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		byte[] bytes = this.mapper.writeValueAsBytes(body);
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
		response.flushBuffer();
	}

	private ErrorBody body(Throwable failure, ApiException error, HttpServletRequest request,
			HttpServletResponse response) {
		String id = Correlation.ensure(request, response);
		if (error.status().is5xxServerError() && failure != error) {
			// The client sees only the id; the log keeps what happened under the same id.
			if (ErrorTranslator.databaseUnavailable(failure)) {
				// Expected while the database is away: one line each, not a stack trace.
				logger.warn("{} {} answered 503, the database is unavailable ({}), Correlation-Id {}",
						request.getMethod(), request.getRequestURI(), mostSpecific(failure), id);
			}
			else {
				logger.error("{} {} failed, Correlation-Id {}", request.getMethod(), request.getRequestURI(), id,
						failure);
			}
		}
		return new ErrorBody(id, error.code(), error.getMessage(), error.details());
	}

	private static String mostSpecific(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause.getClass().getSimpleName() + ": " + cause.getMessage();
	}

	private static HttpHeaders headers(ApiException error) {
		HttpHeaders headers = new HttpHeaders();
		headers.addAll(error.headers());
		if (error.retryAfter() != null) {
			headers.set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, error.retryAfter().toSeconds())));
		}
		return headers;
	}

}
