package dev.mfastub.call;

import java.util.Optional;
import java.util.UUID;

/**
 * The clock columns of {@code environments}, part of
 * {@link dev.mfastub.environment.EnvironmentRepository}: read by every API request, in
 * one plain JDBC statement ({@link EnvironmentClocksImpl}) because a Spring Data query
 * method costs the hot paths too much (bench/RESULTS.md, "One door per table").
 */
public interface EnvironmentClocks {

	/**
	 * An environment's clock, without loading the environment.
	 * @param id the environment
	 * @return its clock, or empty when there is no such environment
	 */
	Optional<ClockState> findClockById(UUID id);

}
