package dev.mfastub.control;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import dev.mfastub.call.ClockState;
import dev.mfastub.call.EnvironmentClock;
import dev.mfastub.environment.EnvironmentService;
import dev.mfastub.web.ApiException;
import dev.mfastub.web.ErrorDetail;
import dev.mfastub.web.PingInstants;

import org.springframework.stereotype.Service;

/**
 * The control plane's moves of an environment's clock, for its HTTP endpoints and the
 * console alike: set it, freeze it, advance it, or back to real time.
 */
@Service
public class ClockService {

	private final EnvironmentService environments;

	private final EnvironmentClock clock;

	ClockService(EnvironmentService environments, EnvironmentClock clock) {
		this.environments = environments;
		this.clock = clock;
	}

	/** The clock as it stands, with the platform's now it is read against. */
	public Reading read(UUID environmentId) {
		this.environments.require(environmentId);
		return new Reading(this.clock.state(environmentId), this.clock.platformNow());
	}

	/**
	 * Sets the clock's now and whether it is frozen; either left {@code null} stays as it
	 * is.
	 */
	public Reading set(UUID environmentId, Instant now, Boolean frozen) {
		Instant system = this.clock.platformNow();
		ClockState state = this.environments.changeClock(environmentId, (current) -> ClockState
			.at((now != null) ? now : current.now(system), (frozen != null) ? frozen : current.frozen(), system));
		return new Reading(state, system);
	}

	public Reading advance(UUID environmentId, Duration duration) {
		Instant system = this.clock.platformNow();
		ClockState state = this.environments.changeClock(environmentId, (current) -> {
			// The furthest a clock can go is the last instant PingOne's format can write;
			// bounded by it, the offset also fits the milliseconds it is stored in.
			if (duration.compareTo(Duration.between(current.now(system), PingInstants.LATEST)) > 0) {
				throw ApiException.invalidData(ErrorDetail.invalidValue("duration",
						"duration would take the clock past 9999-12-31T23:59:59.999Z, the last instant PingOne's "
								+ "format can write."));
			}
			return current.advancedBy(duration);
		});
		return new Reading(state, system);
	}

	public Reading realTime(UUID environmentId) {
		ClockState state = this.environments.changeClock(environmentId, (current) -> ClockState.REAL_TIME);
		return new Reading(state, this.clock.platformNow());
	}

	/**
	 * @param state the clock's offset and freeze
	 * @param system the platform's now it was read against
	 */
	public record Reading(ClockState state, Instant system) {

		public Instant now() {
			return this.state.now(this.system);
		}

	}

}
