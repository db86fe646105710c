package dev.mfastub.call;

import java.time.Duration;
import java.time.Instant;

/**
 * An environment's clock: real time shifted by an offset, or frozen at an instant.
 *
 * @param offset how far the clock runs ahead of (or behind) real time while running
 * @param frozenAt the instant the clock shows while frozen, or {@code null} if it runs
 */
public record ClockState(Duration offset, Instant frozenAt) {

	/**
	 * The clock as its environment's row holds it.
	 * @param offsetMillis the offset, in milliseconds
	 * @param frozenAt the instant it is frozen at, or {@code null}
	 */
	public ClockState(long offsetMillis, Instant frozenAt) {
		this(Duration.ofMillis(offsetMillis), frozenAt);
	}

	/** Real time: no offset, running. */
	public static final ClockState REAL_TIME = new ClockState(Duration.ZERO, null);

	/** What the clock shows when real time is {@code system}. */
	public Instant now(Instant system) {
		return (this.frozenAt != null) ? this.frozenAt : system.plus(this.offset);
	}

	public boolean frozen() {
		return this.frozenAt != null;
	}

	/**
	 * The clock set to an instant, frozen there or running on from it.
	 * @param now the instant it shows now
	 * @param frozen whether it stays there
	 * @param system real time now
	 * @return the new state
	 */
	public static ClockState at(Instant now, boolean frozen, Instant system) {
		return frozen ? new ClockState(Duration.ZERO, now) : new ClockState(Duration.between(system, now), null);
	}

	/** The clock moved forward by {@code duration}, frozen or running as it was. */
	public ClockState advancedBy(Duration duration) {
		return (this.frozenAt != null) ? new ClockState(this.offset, this.frozenAt.plus(duration))
				: new ClockState(this.offset.plus(duration), null);
	}

}
