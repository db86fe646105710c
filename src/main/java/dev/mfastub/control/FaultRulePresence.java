package dev.mfastub.control;

import java.util.UUID;

/**
 * Whether an environment has fault rules, part of {@link FaultRuleRepository}: asked by
 * every API request, in one plain JDBC statement ({@link FaultRulePresenceImpl}) because
 * a Spring Data query method costs the hot paths too much (bench/RESULTS.md, "One door
 * per table").
 */
interface FaultRulePresence {

	boolean existsByEnvironmentId(UUID environmentId);

}
