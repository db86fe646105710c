package dev.mfastub.junit;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What two test classes running at once (JUnit's parallel mode, on in this build) each do
 * in its sandbox: the same username, another clock, its own outbox.
 */
final class ParallelClasses {

	/** Each class's sandbox, by class. */
	static final Map<String, String> SANDBOXES = new ConcurrentHashMap<>();

	/** Both classes inside their tests at once, or the wait timed out. */
	static final CountDownLatch BOTH_STARTED = new CountDownLatch(2);

	private ParallelClasses() {
	}

	static void exercise(String name, PingOneSandbox sandbox, Instant clock) throws InterruptedException {
		SANDBOXES.put(name, sandbox.environmentId());
		BOTH_STARTED.countDown();
		// Gives the other class the time to start beside this one; the checks below hold
		// whether or not it did.
		BOTH_STARTED.await(60, TimeUnit.SECONDS);
		sandbox.setClock(clock);
		String user = Calls.createUser(sandbox, "same.name");
		Calls.createEmailDevice(sandbox, user, name + "@example.com");

		assertThat(sandbox.now()).isEqualTo(clock);
		assertThat(sandbox.outbox()).singleElement().satisfies((message) -> {
			assertThat(message.to()).isEqualTo(name + "@example.com");
			assertThat(message.createdAt()).isEqualTo(clock);
		});
		assertThat(SANDBOXES.values()).doesNotHaveDuplicates();
	}

}
