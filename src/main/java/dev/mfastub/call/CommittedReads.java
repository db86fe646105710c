package dev.mfastub.call;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Remembers the few rows every API request reads before it does anything (the
 * environment's clock, whether it has fault rules, the calling app's role assignments),
 * from one committed write to the next, when this process alone owns the database: H2 in
 * memory, the default a test suite runs on. The profile of a GET put those statements at
 * about a sixth of the stub's CPU per request.
 * <p>
 * Any read-write transaction's commit makes everything remembered stale (the commit, not
 * the table, is the unit: no reader has to know who writes what). A reader notes the
 * generation before it reads, and what it read counts only while the generation is the
 * same, so a read that raced a commit is never kept. A commit's generation moves before
 * the write's response is sent, so a request that starts after it sees the change. Inside
 * a transaction nothing is remembered or answered from memory: a transaction sees its own
 * writes. What is read through here must therefore be written only in transactions (every
 * JPA repository write is); the plain-JDBC writes of the user's MFA columns and the
 * journal are not read through here.
 * <p>
 * On any other database (PostgreSQL, H2 in a file) another instance may write, and every
 * read goes to the database, as before. An H2 database in memory belongs to the JVM, not
 * to one application context, so what is remembered of it is kept once per JVM and
 * database name: a commit through any context on it is seen by all.
 */
@Component
public class CommittedReads implements TransactionExecutionListener {

	/** Enough for every environment and app of a long suite; beyond it, start again. */
	private static final int MOST = 20_000;

	private static final String IN_MEMORY = "jdbc:h2:mem:";

	/** Each in-memory database of this JVM, by name. */
	private static final Map<String, Memory> DATABASES = new ConcurrentHashMap<>();

	/** What is remembered of this context's database, or null when nothing may be. */
	private final Memory memory;

	CommittedReads(Environment environment) {
		String url = environment.getProperty("spring.datasource.url", "");
		int options = url.indexOf(';');
		this.memory = url.startsWith(IN_MEMORY)
				? DATABASES.computeIfAbsent((options >= 0) ? url.substring(0, options) : url, (name) -> new Memory())
				: null;
	}

	/**
	 * A row's value, from memory when nothing was committed since it was read.
	 * @param <V> the value's type
	 * @param kind what is read (one per statement)
	 * @param key which row
	 * @param read the statement
	 * @return the value
	 */
	public <V> V get(String kind, Object key, Supplier<V> read) {
		if (this.memory == null || TransactionSynchronizationManager.isActualTransactionActive()) {
			return read.get();
		}
		long seen = this.memory.generation.get();
		Key at = new Key(kind, key);
		Remembered known = this.memory.remembered.get(at);
		if (known != null && known.generation() == seen) {
			@SuppressWarnings("unchecked")
			V value = (V) known.value();
			return value;
		}
		V value = read.get();
		if (this.memory.remembered.size() >= MOST) {
			this.memory.remembered.clear();
		}
		this.memory.remembered.put(at, new Remembered(seen, value));
		return value;
	}

	@Override
	public void afterCommit(TransactionExecution transaction, Throwable failure) {
		// A failed commit may still have written part: stale either way.
		if (this.memory != null && !transaction.isReadOnly()) {
			this.memory.generation.incrementAndGet();
			this.memory.remembered.clear();
		}
	}

	/** One database's generation and what was read of it. */
	private static final class Memory {

		private final AtomicLong generation = new AtomicLong();

		private final Map<Key, Remembered> remembered = new ConcurrentHashMap<>();

	}

	private record Key(String kind, Object key) {

	}

	private record Remembered(long generation, Object value) {

	}

}
