package dev.mfastub.web;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.ConstraintDescriptor;
import org.apache.tomcat.util.http.InvalidParameterException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

import dev.mfastub.web.ErrorDetail.InnerError;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns any failure, from any layer, into the {@link ApiException} that describes it to
 * the client. The single place where the stub decides what an error looks like.
 */
public final class ErrorTranslator {

	/**
	 * SQL states of a lost or refused connection (08), a server out of resources (53), a
	 * server shutting down or cancelling (57P, 57014) and a lock or statement timeout
	 * (55P03).
	 */
	private static final List<String> UNAVAILABLE_SQL_STATES = List.of("08", "53", "57P", "57014", "55P03");

	/** The constraints whose failure means a value is missing, not wrong. */
	private static final Set<String> REQUIRED = Set.of("NotNull", "NotBlank", "NotEmpty");

	private ErrorTranslator() {
	}

	public static ApiException translate(Throwable failure) {
		if (failure instanceof ApiException api) {
			return api;
		}
		if (causeOfType(failure, PayloadTooLargeException.class) != null) {
			return ApiException.forStatus(HttpStatus.PAYLOAD_TOO_LARGE);
		}
		InvalidParameterException parameters = causeOfType(failure, InvalidParameterException.class);
		if (parameters != null) {
			// Tomcat could not decode the query string or form: bad escapes, bytes that
			// are not UTF-8, a body that ended early or grew past the form limit.
			return (parameters.getErrorCode() == HttpStatus.PAYLOAD_TOO_LARGE.value())
					? ApiException.forStatus(HttpStatus.PAYLOAD_TOO_LARGE)
					: ApiException.invalidRequest("The query string or form could not be decoded.");
		}
		if (failure instanceof HttpMessageNotReadableException unreadable) {
			return unreadable(unreadable.getCause());
		}
		if (failure instanceof JacksonException jackson) {
			// A body bound in two steps (read as a tree, then converted) fails here
			// directly.
			return unreadable(jackson);
		}
		if (failure instanceof MethodArgumentNotValidException invalid) {
			// In the order of their targets: Bean Validation reports in no fixed order.
			return ApiException.invalidData(invalid.getFieldErrors()
				.stream()
				.map(ErrorTranslator::detail)
				.sorted(Comparator.comparing(ErrorDetail::target))
				.toList());
		}
		if (failure instanceof HandlerMethodValidationException invalid) {
			return ApiException.invalidData(parameterDetails(invalid.getParameterValidationResults()));
		}
		if (failure instanceof MethodArgumentTypeMismatchException mismatch) {
			if (mismatch.getParameter().hasParameterAnnotation(PathVariable.class)) {
				// A path id that is not even a UUID names no resource.
				return ApiException.notFound();
			}
			InvalidValueException refused = causeOfType(mismatch, InvalidValueException.class);
			if (refused != null) {
				// A value type that says why it refused the text.
				return ApiException.invalidData(
						ErrorDetail.invalidValue(mismatch.getName(), refused.getMessage(), refused.innerError()));
			}
			InnerError range = range(mismatch.getParameter());
			return ApiException.invalidData(ErrorDetail.invalidValue(mismatch.getName(), (range != null)
					? rangeMessage(mismatch.getName(), range) : mismatch.getName() + " has an invalid value.", range));
		}
		if (failure instanceof MissingServletRequestParameterException missing) {
			return ApiException.invalidData(ErrorDetail.requiredValue(missing.getParameterName()));
		}
		if (failure instanceof ErrorResponse spring) {
			HttpStatus status = HttpStatus.resolve(spring.getStatusCode().value());
			if (status != null && status.isError() && status != HttpStatus.INTERNAL_SERVER_ERROR) {
				return ApiException.forStatus(status).withHeaders(spring.getHeaders());
			}
		}
		if (databaseUnavailable(failure)) {
			return ApiException.forStatus(HttpStatus.SERVICE_UNAVAILABLE);
		}
		if (failure instanceof IOException) {
			// Reading the request failed: it ended before its declared length, its chunks
			// were malformed, or the client stopped sending.
			return ApiException.invalidRequest("The request body could not be read.");
		}
		return ApiException.forStatus(HttpStatus.INTERNAL_SERVER_ERROR);
	}

	/**
	 * Whether a failure means the database cannot be reached or cannot answer in time:
	 * nothing was acknowledged, and the same request may succeed once it is back. A
	 * transaction that cannot be committed or rolled back counts: its connection is gone,
	 * and the failure that ended it (a server shutting down) is lost behind that.
	 */
	static boolean databaseUnavailable(Throwable failure) {
		for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
					|| cause instanceof TransactionSystemException
					|| cause instanceof org.hibernate.TransactionException
					|| cause instanceof TransientDataAccessException || cause instanceof RecoverableDataAccessException
					|| cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
					|| cause instanceof SQLNonTransientConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& UNAVAILABLE_SQL_STATES.stream().anyMatch(sql.getSQLState()::startsWith)) {
				return true;
			}
		}
		return false;
	}

	private static ApiException unreadable(Throwable cause) {
		if (cause == null) {
			return ApiException.invalidRequest("The request body is missing or empty.");
		}
		InvalidValueException refused = causeOfType(cause, InvalidValueException.class);
		JacksonException jackson = causeOfType(cause, JacksonException.class);
		String target = (jackson != null) ? target(jackson.getPath()) : "";
		if (refused != null && !target.isEmpty()) {
			return ApiException
				.invalidData(ErrorDetail.invalidValue(target, refused.getMessage(), refused.innerError()));
		}
		if (jackson instanceof MismatchedInputException mismatch && !target.isEmpty()) {
			return ApiException.invalidData(
					ErrorDetail.invalidValue(target, target + " must be " + describe(mismatch.getTargetType()) + "."));
		}
		if (jackson instanceof InputCoercionException && !target.isEmpty()) {
			// A well-formed number too large for its field.
			return ApiException.invalidData(ErrorDetail.invalidValue(target, target + " is out of range."));
		}
		if (jackson instanceof MismatchedInputException) {
			return ApiException.invalidRequest("The request body must be a JSON object.");
		}
		if (jackson instanceof StreamReadException) {
			return ApiException.invalidRequest("The request body is not valid JSON.");
		}
		return ApiException.invalidRequest("The request body could not be read.");
	}

	private static String target(List<JacksonException.Reference> path) {
		StringBuilder target = new StringBuilder();
		for (JacksonException.Reference reference : path) {
			if (reference.getPropertyName() != null) {
				if (!target.isEmpty()) {
					target.append('.');
				}
				target.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				target.append('[').append(reference.getIndex()).append(']');
			}
		}
		return target.toString();
	}

	private static String describe(Class<?> type) {
		if (type == null) {
			return "of another type";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "a boolean";
		}
		if (type == UUID.class) {
			return "a UUID";
		}
		if (type == String.class || type.isEnum()) {
			return "a string";
		}
		if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
			return "a number";
		}
		if (type.isArray() || Iterable.class.isAssignableFrom(type)) {
			return "an array";
		}
		return "an object";
	}

	private static ErrorDetail detail(FieldError error) {
		String target = error.getField();
		if (REQUIRED.contains(error.getCode())) {
			return ErrorDetail.requiredValue(target);
		}
		ConstraintDescriptor<?> constraint = error.contains(ConstraintViolation.class)
				? error.unwrap(ConstraintViolation.class).getConstraintDescriptor() : null;
		return ErrorDetail.invalidValue(target, message(target, constraint), innerError(constraint));
	}

	/**
	 * The details of constraints that a value validated outside Spring's binding failed,
	 * in the order of their targets.
	 * @param prefix where in the request the value was, such as {@code [2].}
	 * @param violations what Bean Validation found
	 * @return one detail for each violation
	 */
	static List<ErrorDetail> details(String prefix, Collection<? extends ConstraintViolation<?>> violations) {
		List<ErrorDetail> details = new ArrayList<>();
		for (ConstraintViolation<?> violation : violations) {
			String target = prefix + violation.getPropertyPath();
			ConstraintDescriptor<?> constraint = violation.getConstraintDescriptor();
			details.add(REQUIRED.contains(constraint.getAnnotation().annotationType().getSimpleName())
					? ErrorDetail.requiredValue(target)
					: ErrorDetail.invalidValue(target, message(target, constraint), innerError(constraint)));
		}
		details.sort(Comparator.comparing(ErrorDetail::target));
		return details;
	}

	private static List<ErrorDetail> parameterDetails(List<ParameterValidationResult> results) {
		List<ErrorDetail> details = new ArrayList<>();
		for (ParameterValidationResult result : results) {
			String target = result.getMethodParameter().getParameterName();
			InnerError range = range(result.getMethodParameter());
			if (range != null) {
				// A number out of its range: one detail, whichever end it missed.
				details.add(ErrorDetail.invalidValue(target, rangeMessage(target, range), range));
				continue;
			}
			for (MessageSourceResolvable error : result.getResolvableErrors()) {
				ConstraintDescriptor<?> constraint = null;
				if (result.unwrap(error, ConstraintViolation.class) instanceof ConstraintViolation<?> violation) {
					constraint = violation.getConstraintDescriptor();
				}
				details.add(ErrorDetail.invalidValue(target, message(target, constraint), innerError(constraint)));
			}
		}
		return details;
	}

	/**
	 * The range of a number parameter bounded by {@code @Min} and {@code @Max}, or
	 * {@code null}.
	 */
	private static InnerError range(MethodParameter parameter) {
		Min min = parameter.getParameterAnnotation(Min.class);
		Max max = parameter.getParameterAnnotation(Max.class);
		return (min != null && max != null) ? InnerError.range(min.value(), max.value()) : null;
	}

	private static String rangeMessage(String target, InnerError range) {
		return target + " must be an integer from " + range.rangeMinimumValue() + " to " + range.rangeMaximumValue()
				+ ".";
	}

	/**
	 * What a failed constraint means, always in English: Bean Validation's own messages
	 * follow the request's {@code Accept-Language}, and PingOne's are English only.
	 */
	private static String message(String target, ConstraintDescriptor<?> constraint) {
		Annotation annotation = (constraint != null) ? constraint.getAnnotation() : null;
		if (annotation != null && constraint.getAttributes().get("message") instanceof String own
				&& !own.startsWith("{")) {
			// A constraint that states its own message, as the control plane's do.
			return own;
		}
		if (annotation instanceof Size size) {
			return target + " must be from " + size.min() + " to " + size.max() + " characters long.";
		}
		if (annotation instanceof Pattern) {
			return target + " contains characters that are not allowed.";
		}
		if (annotation instanceof Email) {
			return target + " must be a valid email address.";
		}
		return target + " has an invalid value.";
	}

	/**
	 * The hint a constraint gives the client: the pattern of {@code @Pattern}, the range
	 * of {@code @Size}.
	 */
	private static InnerError innerError(ConstraintDescriptor<?> constraint) {
		if (constraint == null) {
			return null;
		}
		Map<String, Object> attributes = constraint.getAttributes();
		if (constraint.getAnnotation() instanceof Pattern pattern) {
			return InnerError.pattern(pattern.regexp());
		}
		if (attributes.get("min") instanceof Number min && attributes.get("max") instanceof Number max) {
			return InnerError.range(min.longValue(), max.longValue());
		}
		return null;
	}

	private static <T extends Throwable> T causeOfType(Throwable failure, Class<T> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return null;
	}

}
