package dev.mfastub.junit;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** One of two classes that run side by side: see {@link ParallelClasses}. */
@PingOneStubTest
class ParallelOneTest {

	@Test
	void shouldSeeOnlyItsOwnSandbox(PingOneSandbox sandbox) throws InterruptedException {
		ParallelClasses.exercise("one", sandbox, Instant.parse("2031-01-01T00:00:00Z"));
	}

}
