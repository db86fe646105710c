package dev.mfastub.environment;

import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.RequestScope;

/**
 * The clock reading of one HTTP request: the first time a request asks for an
 * environment's "now" (its token check, usually), the environment's clock is read; every
 * later question in the same request about the same environment gets that same instant.
 * So the token check, the change and its journal entry agree on the time, and the
 * database is asked once. A request scoped bean: one per request, gone with it.
 */
@Component
@RequestScope
public class RequestClock {

	private final EnvironmentClock clock;

	private UUID environmentId;

	private Instant now;

	RequestClock(EnvironmentClock clock) {
		this.clock = clock;
	}

	/**
	 * The environment's now, as this request first read it.
	 * @param environmentId the environment
	 * @return the instant
	 */
	public Instant now(UUID environmentId) {
		if (!environmentId.equals(this.environmentId)) {
			this.now = this.clock.now(environmentId);
			this.environmentId = environmentId;
		}
		return this.now;
	}

}
