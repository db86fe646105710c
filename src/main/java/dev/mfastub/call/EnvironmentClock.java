package dev.mfastub.call;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * The one source of "now": bypass expiry, timestamps, token times and journal entries all
 * ask here, never {@link Instant#now()}. Each environment has its own clock (real time,
 * shifted, or frozen), kept on its database row so every instance on the database agrees;
 * each call here reads it (from memory while nothing was committed since, when this
 * process alone owns the database: {@link CommittedReads}). An API request reads it once,
 * through {@link RequestClock}. Instants are truncated to milliseconds, the precision of
 * PingOne's format, so what is stored is what is shown.
 */
@Component
public class EnvironmentClock {

	private final Clock system;

	private final EnvironmentClocks environments;

	private final CommittedReads reads;

	EnvironmentClock(Clock system, @Qualifier("environmentRepository") EnvironmentClocks environments,
			CommittedReads reads) {
		this.system = system;
		this.environments = environments;
		this.reads = reads;
	}

	/**
	 * The current instant in an environment; real time for one that does not exist.
	 * @param environmentId the environment
	 * @return now, to the millisecond
	 */
	public Instant now(UUID environmentId) {
		return state(environmentId).now(platformNow());
	}

	/**
	 * The current instant in an environment that exists.
	 * @param environmentId the environment
	 * @return now, to the millisecond, or empty when there is no such environment
	 */
	public Optional<Instant> nowIfExists(UUID environmentId) {
		return clockOf(environmentId).map((state) -> state.now(platformNow()));
	}

	/**
	 * An environment's clock setting.
	 * @param environmentId the environment
	 * @return its clock, or real time when it does not exist
	 */
	public ClockState state(UUID environmentId) {
		return clockOf(environmentId).orElse(ClockState.REAL_TIME);
	}

	private Optional<ClockState> clockOf(UUID environmentId) {
		return this.reads.get("clock", environmentId, () -> this.environments.findClockById(environmentId));
	}

	/**
	 * Real time, for what belongs to no environment (signing key rotation) and as the
	 * base every environment clock is set against.
	 * @return now, to the millisecond
	 */
	public Instant platformNow() {
		return this.system.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
