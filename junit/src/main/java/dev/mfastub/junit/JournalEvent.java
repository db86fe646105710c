package dev.mfastub.junit;

import java.time.Instant;
import java.util.Map;

/**
 * One change the sandbox's journal recorded.
 *
 * @param id its id, increasing in the order of the changes
 * @param at when it happened, on the sandbox's clock
 * @param type what happened, such as {@code USER_CREATED} or {@code MFA_ENABLED_UPDATED}
 * @param userId the user it concerns, if any
 * @param clientId the app whose call made it
 * @param correlationId the call's {@code Correlation-Id}
 * @param before what changed, before (JSON objects as maps); {@code null} when created
 * @param after what changed, after; {@code null} when deleted
 */
public record JournalEvent(long id, Instant at, String type, String userId, String clientId, String correlationId,
		Object before, Object after) {

	static JournalEvent of(Map<String, Object> json) {
		return new JournalEvent(((Number) json.get("id")).longValue(), Instant.parse((String) json.get("at")),
				(String) json.get("type"), (String) json.get("userId"), (String) json.get("clientId"),
				(String) json.get("correlationId"), json.get("before"), json.get("after"));
	}

}
