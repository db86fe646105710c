package dev.mfastub.user;

/**
 * Writing many new users at once, part of {@link UserRepository}: how an environment is
 * built from a seed or a sandbox definition.
 */
public interface UserInserts {

	/**
	 * Inserts new users in batches, with no lookup before each insert (Spring Data's
	 * {@code saveAll} would merge, one select per user, since their ids are given), and
	 * lets go of each batch once written: a seed of 100 000 users takes seconds and no
	 * session holds them all.
	 * @param users users not yet stored
	 */
	void insertAll(Iterable<User> users);

}
