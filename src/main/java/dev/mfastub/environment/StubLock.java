package dev.mfastub.environment;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A named lock row: instances sharing a database take turns on it.
 */
@Entity
@Table(name = "stub_locks")
class StubLock {

	/** The lock startup work (seeding, the first signing key) holds. */
	static final String STARTUP = "startup";

	@Id
	private String name;

	protected StubLock() {
	}

}
