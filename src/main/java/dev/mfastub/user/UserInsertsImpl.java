package dev.mfastub.user;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

/**
 * {@link UserInserts} through the entity manager: persist, then flush and detach every
 * {@value #BATCH} users.
 */
class UserInsertsImpl implements UserInserts {

	/**
	 * Users flushed and let go of at a time (sent as JDBC batches of
	 * hibernate.jdbc.batch_size).
	 */
	private static final int BATCH = 500;

	private final EntityManager entityManager;

	UserInsertsImpl(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public void insertAll(Iterable<User> users) {
		List<User> batch = new ArrayList<>(BATCH);
		for (User user : users) {
			this.entityManager.persist(user);
			batch.add(user);
			if (batch.size() == BATCH) {
				writeOut(batch);
			}
		}
		writeOut(batch);
	}

	private void writeOut(List<User> batch) {
		this.entityManager.flush();
		batch.forEach(this.entityManager::detach);
		batch.clear();
	}

}
