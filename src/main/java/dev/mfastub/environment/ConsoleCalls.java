package dev.mfastub.environment;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import dev.mfastub.web.Correlation;
import dev.mfastub.web.Links;

/**
 * The {@link ApiCall} of a console page: the same context an API call carries, with the
 * console as the caller, so every change it makes is journalled like any other.
 */
@Component
public class ConsoleCalls {

	/** The caller the journal names for changes made in the console. */
	public static final String CONSOLE = "stub-console";

	private final RequestClock clock;

	private final Environments environments;

	ConsoleCalls(RequestClock clock, Environments environments) {
		this.clock = clock;
		this.environments = environments;
	}

	/**
	 * The call on an environment, which must exist.
	 * @param environmentId the environment
	 * @param request the console's request
	 * @return the call
	 */
	public ApiCall of(UUID environmentId, HttpServletRequest request) {
		this.environments.require(environmentId);
		return new ApiCall(environmentId, this.clock.now(environmentId), CONSOLE, Correlation.of(request),
				Links.base(request), null);
	}

}
