package dev.mfastub.call;

import java.time.Instant;
import java.util.UUID;

import dev.mfastub.web.RequestMemo;

import org.springframework.stereotype.Component;

/**
 * The clock reading of one HTTP request: the first time a request asks for an
 * environment's "now" (its token check, usually), the environment's clock is read; every
 * later question in the same request about the same environment gets that same instant
 * ({@link RequestMemo}). So the token check, the change and its journal entry agree on
 * the time, and the database is asked once. Outside a request, every question reads the
 * clock.
 */
@Component
public class RequestClock {

	private final EnvironmentClock clock;

	RequestClock(EnvironmentClock clock) {
		this.clock = clock;
	}

	/**
	 * The environment's now, as this request first read it.
	 * @param environmentId the environment
	 * @return the instant
	 */
	public Instant now(UUID environmentId) {
		return RequestMemo.computeIfAbsent("now:" + environmentId, Instant.class, () -> this.clock.now(environmentId));
	}

}
