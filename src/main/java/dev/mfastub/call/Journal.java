package dev.mfastub.call;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The change journal of each environment. A change records here inside its own
 * transaction, so an event exists exactly when its change does. Each environment shows at
 * most {@code stub.journal.limit} events; the oldest are dropped. Finding the oldest to
 * keep walks {@code limit} index entries, so a write does it only one time in
 * {@value #TRIM_EVERY} (on average): a reader always trims first, and sees exactly the
 * newest {@code limit}.
 */
@Service
@Transactional(readOnly = true)
public class Journal {

	/** One write in this many, on average, trims its environment's journal. */
	static final int TRIM_EVERY = 1024;

	private final EventRepository events;

	private final JsonMapper mapper;

	private final int limit;

	Journal(EventRepository events, JsonMapper mapper, JournalProperties properties) {
		this.events = events;
		this.mapper = mapper;
		this.limit = Math.max(1, properties.limit());
	}

	/**
	 * Records a change made by an API call, at its environment's now, with its caller and
	 * correlation id.
	 * @param call the call that made the change
	 * @param type what happened
	 * @param userId the user it happened to
	 * @param before the state before, or {@code null}
	 * @param after the state after, or {@code null}
	 */
	@Transactional
	public void record(ApiCall call, EventType type, UUID userId, Object before, Object after) {
		this.events.insert(call.environmentId(), call.now(), type, userId, call.clientId(), call.correlationId(),
				json(before), json(after));
		// Random, not every n-th id: ids are shared by all environments, and two that
		// write in turn would otherwise leave one of them never trimmed.
		if (ThreadLocalRandom.current().nextInt(TRIM_EVERY) == 0) {
			trim(call.environmentId());
		}
	}

	/**
	 * Events of an environment, oldest first.
	 * @param environmentId the environment
	 * @param after only events with a greater id; 0 for all
	 * @param limit the most to return
	 * @return the events
	 */
	@Transactional
	public List<Event> read(UUID environmentId, long after, int limit) {
		trim(environmentId);
		return this.events.findByEnvironmentIdAndIdGreaterThanOrderByIdAsc(environmentId, after, Limit.of(limit));
	}

	/**
	 * A user's recent stories of one kind, whole: its events of {@code types}, oldest
	 * first, from the {@code count}-th newest {@code opening} on. For a kind whose every
	 * story has one opening event that names the user (a sign-on flow has the password
	 * check), that reads the newest {@code count} stories with all their events, and the
	 * events of older ones that came later, which the caller tells apart by the story
	 * each event is of.
	 * @param environmentId the environment
	 * @param userId the user
	 * @param opening the type each story of the kind has once, before its other events
	 * @param types the types of the kind's events, {@code opening} among them
	 * @param count the most stories
	 * @return the events; none when the user has no such story
	 */
	@Transactional
	public List<Event> readOfUser(UUID environmentId, UUID userId, EventType opening, Set<EventType> types, int count) {
		trim(environmentId);
		List<Event> openings = this.events.findByEnvironmentIdAndUserIdAndTypeOrderByIdDesc(environmentId, userId,
				opening, Limit.of(count));
		if (openings.isEmpty()) {
			return List.of();
		}
		long from = openings.get(openings.size() - 1).id();
		return this.events.findByEnvironmentIdAndUserIdAndTypeInAndIdGreaterThanEqualOrderByIdAsc(environmentId, userId,
				types, from);
	}

	/** Drops all but the newest {@code stub.journal.limit} events of an environment. */
	private void trim(UUID environmentId) {
		List<Long> oldestKept = this.events.findIdsNewestFirst(environmentId, PageRequest.of(this.limit - 1, 1));
		if (!oldestKept.isEmpty()) {
			this.events.deleteOlderThan(environmentId, oldestKept.get(0));
		}
	}

	private String json(Object state) {
		return (state != null) ? this.mapper.writeValueAsString(state) : null;
	}

}
