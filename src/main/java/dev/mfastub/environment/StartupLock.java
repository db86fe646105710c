package dev.mfastub.environment;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.mfastub.call.EnvironmentClock;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Work that one instance at a time may do on a shared database: seeding and creating the
 * first signing key. It runs in one transaction holding a row lock, so a second instance
 * starting at the same moment waits, then finds the work done. A wait longer than the
 * database's lock timeout starts over, until {@link #PATIENCE} has passed: another
 * instance may be seeding many users.
 */
@Component
public class StartupLock {

	/** How long an instance waits for another to finish its startup work. */
	static final Duration PATIENCE = Duration.ofMinutes(5);

	private static final Logger logger = LoggerFactory.getLogger(StartupLock.class);

	private final TransactionTemplate transactions;

	private final StubLockRepository locks;

	private final EnvironmentClock clock;

	StartupLock(TransactionTemplate transactions, StubLockRepository locks, EnvironmentClock clock) {
		this.transactions = transactions;
		this.locks = locks;
		this.clock = clock;
	}

	/**
	 * Runs work in a transaction that holds the startup lock.
	 * @param <T> what the work returns
	 * @param work the work
	 * @return its result
	 */
	public <T> T run(Supplier<T> work) {
		Instant deadline = this.clock.platformNow().plus(PATIENCE);
		while (true) {
			try {
				return this.transactions.execute((status) -> {
					this.locks.lock(StubLock.STARTUP);
					return work.get();
				});
			}
			catch (PessimisticLockingFailureException | QueryTimeoutException ex) {
				if (this.clock.platformNow().isAfter(deadline)) {
					throw new IllegalStateException("Another instance held the startup lock for over " + PATIENCE, ex);
				}
				logger.info("Waiting for another instance to finish seeding");
			}
		}
	}

}
