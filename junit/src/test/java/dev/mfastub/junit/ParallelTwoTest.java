package dev.mfastub.junit;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** One of two classes that run side by side: see {@link ParallelClasses}. */
@PingOneStubTest
class ParallelTwoTest {

	@Test
	void shouldSeeOnlyItsOwnSandbox(PingOneSandbox sandbox) throws InterruptedException {
		ParallelClasses.exercise("two", sandbox, Instant.parse("2032-06-15T12:00:00Z"));
	}

}
