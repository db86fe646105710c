package dev.mfastub.environment;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * The one source of "now" inside an environment: bypass expiry, timestamps and (later)
 * token times all ask here, never {@link Instant#now()}. Instants are truncated to
 * milliseconds, the precision of PingOne's format, so what is stored is what is shown.
 *
 * <p>
 * Today every environment reads the injected {@link Clock} (system UTC unless a test
 * replaces it); per-environment clocks set through the control plane will plug in here.
 */
@Component
public class EnvironmentClock {

	private final Clock clock;

	EnvironmentClock(Clock clock) {
		this.clock = clock;
	}

	/**
	 * The current instant in an environment.
	 * @param environmentId the environment
	 * @return now, to the millisecond
	 */
	public Instant now(UUID environmentId) {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	/**
	 * Now outside any environment, for what the whole store shares (signing key
	 * rotation).
	 * @return now, to the millisecond
	 */
	public Instant platformNow() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
