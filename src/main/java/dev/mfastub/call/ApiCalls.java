package dev.mfastub.call;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import dev.mfastub.web.ApiException;
import dev.mfastub.web.Correlation;
import dev.mfastub.web.Links;

import org.springframework.stereotype.Component;

/**
 * Builds the {@link ApiCall} of a request, the one way there is: for an API endpoint from
 * its authenticated {@link Caller} ({@link ApiCallResolver}), for a console page with the
 * console as the caller.
 */
@Component
public class ApiCalls {

	private final RequestClock clock;

	private final EnvironmentClock clocks;

	ApiCalls(RequestClock clock, EnvironmentClock clocks) {
		this.clock = clock;
		this.clocks = clocks;
	}

	/**
	 * The call of an API request.
	 * @param environmentId the environment its path names
	 * @param caller its authenticated caller, or {@code null} when anonymous
	 * @param request the request
	 * @return the call
	 */
	ApiCall of(UUID environmentId, Caller caller, HttpServletRequest request) {
		return new ApiCall(environmentId, this.clock.now(environmentId), (caller != null) ? caller.clientId() : null,
				Correlation.of(request), Links.base(request),
				(caller != null) ? caller.populationsReached(environmentId) : null);
	}

	/**
	 * The call of a console page on an environment, which must exist.
	 * @param environmentId the environment
	 * @param request the console's request
	 * @return the call, with the console as its caller
	 * @throws ApiException a 404 when there is no such environment
	 */
	public ApiCall console(UUID environmentId, HttpServletRequest request) {
		return new ApiCall(environmentId, this.clocks.nowIfExists(environmentId).orElseThrow(ApiException::notFound),
				ApiCall.CONSOLE, Correlation.of(request), Links.base(request), null);
	}

}
