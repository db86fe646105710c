package dev.mfastub.control;

import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The statement behind {@link FaultRulePresence}, on the application's
 * {@link JdbcTemplate}.
 */
record FaultRulePresenceImpl(JdbcTemplate jdbc) implements FaultRulePresence {

	private static final String ANY = "SELECT EXISTS (SELECT 1 FROM fault_rules WHERE environment_id = ?)";

	@Override
	public boolean existsByEnvironmentId(UUID environmentId) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject(ANY, Boolean.class, environmentId));
	}

}
