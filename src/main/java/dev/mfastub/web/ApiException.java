package dev.mfastub.web;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * A failure that the client should see as a PingOne error body. Services throw it; the
 * one error path ({@link ErrorResponses}) turns it into the response.
 */
public class ApiException extends RuntimeException {

	static final String PREFIX = "The request could not be completed. ";

	private final HttpStatus status;

	private final String code;

	private final List<ErrorDetail> details;

	private final Duration retryAfter;

	private final HttpHeaders headers = new HttpHeaders();

	public ApiException(HttpStatus status, String code, String message, List<ErrorDetail> details,
			Duration retryAfter) {
		super(message, null, false, false);
		this.status = status;
		this.code = code;
		this.details = (details != null) ? List.copyOf(details) : List.of();
		this.retryAfter = retryAfter;
	}

	/**
	 * Adds headers the response must carry, such as {@code Allow} on a 405.
	 * @param extra the headers to add
	 * @return this exception
	 */
	public ApiException withHeaders(HttpHeaders extra) {
		this.headers.addAll(extra);
		return this;
	}

	public static ApiException notFound() {
		return forStatus(HttpStatus.NOT_FOUND);
	}

	/**
	 * A 400 {@code INVALID_DATA}: the request was readable but a value in it is wrong.
	 */
	public static ApiException invalidData(List<ErrorDetail> details) {
		return new ApiException(HttpStatus.BAD_REQUEST, "INVALID_DATA",
				PREFIX + "One or more validation errors were in the request.", details, null);
	}

	public static ApiException invalidData(ErrorDetail detail) {
		return invalidData(List.of(detail));
	}

	/**
	 * A 400 {@code INVALID_DATA} for a value that Bean Validation refused outside
	 * Spring's binding, such as one element of a list read in two steps.
	 * @param prefix where in the request the value was, such as {@code [2].}
	 * @param violations what it found, not empty
	 * @return the exception to throw
	 */
	public static ApiException invalidData(String prefix, Set<? extends ConstraintViolation<?>> violations) {
		return invalidData(ErrorTranslator.details(prefix, violations));
	}

	/**
	 * A 400 {@code REQUEST_FAILED}: the request was valid but a rule of the resource
	 * refuses it, such as PingOne's limit of paired devices.
	 */
	public static ApiException requestFailed(ErrorDetail detail) {
		return new ApiException(HttpStatus.BAD_REQUEST, "REQUEST_FAILED", PREFIX + "The request failed.",
				List.of(detail), null);
	}

	/** A 400 {@code INVALID_REQUEST}: the request itself could not be understood. */
	public static ApiException invalidRequest(String reason) {
		return new ApiException(HttpStatus.BAD_REQUEST, "INVALID_REQUEST", PREFIX + reason, null, null);
	}

	/**
	 * A 401 or 403 {@code ACCESS_FAILED} with the detail that says why.
	 * @param status 401 or 403
	 * @param detail {@code INVALID_TOKEN} or {@code INSUFFICIENT_PERMISSIONS}
	 * @return the exception to render
	 */
	public static ApiException accessFailed(HttpStatus status, ErrorDetail detail) {
		ApiException standard = forStatus(status);
		return new ApiException(status, standard.code(), standard.getMessage(), List.of(detail), null);
	}

	/**
	 * The standard answer for a status with a chosen {@code Retry-After}.
	 * @param status the HTTP status
	 * @param retryAfter how long the client should wait, or {@code null} for the default
	 * @return the exception to render
	 */
	public static ApiException forStatus(HttpStatus status, Duration retryAfter) {
		ApiException standard = forStatus(status);
		return (retryAfter == null) ? standard
				: new ApiException(standard.status(), standard.code(), standard.getMessage(), null, retryAfter);
	}

	/**
	 * The standard answer for a status: the PingOne code and message of the error table.
	 * @param status the HTTP status
	 * @return the exception to throw or render
	 */
	public static ApiException forStatus(HttpStatus status) {
		return switch (status) {
			case BAD_REQUEST -> invalidRequest("The request was malformed or invalid.");
			// The texts of the response codes table on PingOne's API pages.
			case UNAUTHORIZED -> new ApiException(status, "ACCESS_FAILED",
					PREFIX + "You do not have access to this resource.", null, null);
			case FORBIDDEN -> new ApiException(status, "ACCESS_FAILED",
					PREFIX + "You do not have permissions or are not licensed to make this request.", null, null);
			case NOT_FOUND ->
				new ApiException(status, "NOT_FOUND", PREFIX + "The requested resource was not found.", null, null);
			case METHOD_NOT_ALLOWED -> new ApiException(status, "INVALID_REQUEST",
					PREFIX + "The request method is not supported for this resource.", null, null);
			case NOT_ACCEPTABLE -> new ApiException(status, "INVALID_REQUEST",
					PREFIX + "The requested response content type is not supported.", null, null);
			case PAYLOAD_TOO_LARGE ->
				new ApiException(status, "INVALID_REQUEST", PREFIX + "The request body is too large.", null, null);
			case UNSUPPORTED_MEDIA_TYPE -> new ApiException(status, "INVALID_REQUEST",
					PREFIX + "The request content type is not supported.", null, null);
			case TOO_MANY_REQUESTS -> new ApiException(status, "REQUEST_LIMITED",
					PREFIX + "Too many requests were made.", null, Duration.ofSeconds(1));
			case SERVICE_UNAVAILABLE -> new ApiException(status, "UNEXPECTED_ERROR",
					PREFIX + "The service is temporarily unavailable.", null, Duration.ofSeconds(1));
			default -> status.is4xxClientError()
					? new ApiException(status, "INVALID_REQUEST", PREFIX + "The request was malformed or invalid.",
							null, null)
					: new ApiException(HttpStatus.INTERNAL_SERVER_ERROR, "UNEXPECTED_ERROR",
							PREFIX + "An unexpected error occurred.", null, null);
		};
	}

	public HttpStatus status() {
		return this.status;
	}

	public String code() {
		return this.code;
	}

	public List<ErrorDetail> details() {
		return this.details;
	}

	public HttpHeaders headers() {
		return HttpHeaders.readOnlyHttpHeaders(this.headers);
	}

	/** How long a client should wait before retrying, or {@code null}. */
	public Duration retryAfter() {
		return this.retryAfter;
	}

}
