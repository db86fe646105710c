package dev.mfastub.scaleout;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replays a journal user by user and checks that it chains: every event's before-state is
 * what the events before it left. A lost update (a write that read a user before another
 * write committed, and then overwrote it) shows here as a before-state that no earlier
 * event left behind.
 */
final class JournalChain {

	/** Event types whose before and after are the whole user, not one field. */
	private static final Set<String> WHOLE_USER = Set.of("USER_CREATED", "USER_UPDATED", "USER_DELETED");

	private JournalChain() {
	}

	/**
	 * Asserts that the events, oldest first, chain for each user. Every user must have
	 * been created through the API while the journal recorded, so its first event is
	 * {@code USER_CREATED} and its whole state is known from there on.
	 * @param events the {@code events} array of the journal, as maps
	 */
	@SuppressWarnings("unchecked")
	static void assertChains(List<Map<String, Object>> events) {
		Map<String, Map<String, Object>> users = new HashMap<>();
		Set<String> seen = new java.util.HashSet<>();
		for (Map<String, Object> event : events) {
			String userId = (String) event.get("userId");
			String type = (String) event.get("type");
			Map<String, Object> rawBefore = (Map<String, Object>) event.get("before");
			Map<String, Object> rawAfter = (Map<String, Object>) event.get("after");
			Map<String, Object> state = users.get(userId);
			if (seen.add(userId)) {
				assertThat(type).as("first event of user %s: %s", userId, event).isEqualTo("USER_CREATED");
			}
			if ("USER_CREATED".equals(type)) {
				assertThat(state).as("user %s created while it existed: %s", userId, event).isNull();
				assertThat(rawBefore).as("before of %s", event).isNull();
			}
			else {
				assertThat(state).as("event of a deleted user: %s", event).isNotNull();
				assertThat(rawBefore).as("before of %s", event).isNotNull();
				Map<String, Object> expected = WHOLE_USER.contains(type) ? state : project(state, rawBefore.keySet());
				assertThat(present(rawBefore)).as("before-state of %s, after %s", event, state).isEqualTo(expected);
			}
			if ("USER_DELETED".equals(type)) {
				assertThat(rawAfter).as("after of %s", event).isNull();
				users.remove(userId);
				continue;
			}
			assertThat(rawAfter).as("after of %s", event).isNotNull();
			Map<String, Object> next = new HashMap<>(WHOLE_USER.contains(type) ? Map.of() : state);
			rawAfter.forEach((key, value) -> {
				if (value != null) {
					next.put(key, value);
				}
				else {
					next.remove(key);
				}
			});
			users.put(userId, next);
		}
	}

	/** The fields of a state that an event's before names; absent fields read as null. */
	private static Map<String, Object> project(Map<String, Object> state, Set<String> keys) {
		Map<String, Object> projected = new HashMap<>();
		for (String key : keys) {
			if (state.get(key) != null) {
				projected.put(key, state.get(key));
			}
		}
		return projected;
	}

	/** A state without its null fields: {@code "x": null} and no {@code x} are alike. */
	private static Map<String, Object> present(Map<String, Object> state) {
		Map<String, Object> present = new HashMap<>();
		state.forEach((key, value) -> {
			if (value != null) {
				present.put(key, value);
			}
		});
		return present;
	}

}
