package dev.mfastub.call;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When {@link CommittedReads} may answer from memory, and when it must read.
 */
class CommittedReadsTest {

	private final AtomicInteger statements = new AtomicInteger();

	@AfterEach
	void leaveNoTransaction() {
		TransactionSynchronizationManager.setActualTransactionActive(false);
	}

	@Test
	void shouldReadOnceUntilAReadWriteTransactionCommits() {
		CommittedReads reads = reads(inMemory() + ";DB_CLOSE_DELAY=-1");

		assertThat(read(reads, "a")).isEqualTo("a1");
		assertThat(read(reads, "a")).isEqualTo("a1");
		assertThat(read(reads, "b")).isEqualTo("b2");
		reads.afterCommit(transaction(true), null);
		assertThat(read(reads, "a")).isEqualTo("a1");
		reads.afterCommit(transaction(false), null);
		assertThat(read(reads, "a")).isEqualTo("a3");
		assertThat(read(reads, "b")).isEqualTo("b4");
	}

	@Test
	void shouldForgetWhatItReadWhenACommitFailed() {
		CommittedReads reads = reads(inMemory());

		read(reads, "a");
		reads.afterCommit(transaction(false), new IllegalStateException("commit failed"));

		assertThat(read(reads, "a")).isEqualTo("a2");
	}

	@Test
	void shouldNotKeepARowReadWhileAWriteCommitted() {
		CommittedReads reads = reads(inMemory());

		assertThat(reads.get("kind", "a", () -> {
			reads.afterCommit(transaction(false), null);
			return "read before the commit";
		})).isEqualTo("read before the commit");

		assertThat(read(reads, "a")).isEqualTo("a1");
	}

	@Test
	void shouldReadEveryTimeInsideATransaction() {
		CommittedReads reads = reads(inMemory());
		read(reads, "a");
		TransactionSynchronizationManager.setActualTransactionActive(true);

		assertThat(read(reads, "a")).isEqualTo("a2");
		assertThat(read(reads, "a")).isEqualTo("a3");
	}

	@Test
	void shouldForgetWhatItReadWhenAnotherContextOnTheSameDatabaseCommits() {
		String database = inMemory();
		CommittedReads reads = reads(database + ";DB_CLOSE_DELAY=-1");
		CommittedReads other = reads(database + ";MODE=PostgreSQL");
		CommittedReads elsewhere = reads(inMemory());
		read(reads, "a");
		read(elsewhere, "a");

		other.afterCommit(transaction(false), null);

		assertThat(read(reads, "a")).isEqualTo("a3");
		assertThat(read(other, "a")).isEqualTo("a3");
		assertThat(read(elsewhere, "a")).isEqualTo("a2");
	}

	@Test
	void shouldReadEveryTimeWhenAnotherProcessMayWrite() {
		for (String url : new String[] { "jdbc:postgresql://localhost/stub", "jdbc:h2:file:./data/mfastub", "" }) {
			CommittedReads reads = reads(url);
			int before = this.statements.get();

			read(reads, "a");
			read(reads, "a");

			assertThat(this.statements.get() - before).as(url).isEqualTo(2);
		}
	}

	/**
	 * A database of this test's own: what is remembered is shared by every context on it.
	 */
	private static String inMemory() {
		return "jdbc:h2:mem:committed-reads-" + UUID.randomUUID();
	}

	private CommittedReads reads(String url) {
		MockEnvironment environment = new MockEnvironment();
		if (!url.isEmpty()) {
			environment.setProperty("spring.datasource.url", url);
		}
		return new CommittedReads(environment);
	}

	private String read(CommittedReads reads, String key) {
		return reads.get("kind", key, () -> key + this.statements.incrementAndGet());
	}

	private static TransactionExecution transaction(boolean readOnly) {
		return new TransactionExecution() {

			@Override
			public boolean isReadOnly() {
				return readOnly;
			}

		};
	}

}
