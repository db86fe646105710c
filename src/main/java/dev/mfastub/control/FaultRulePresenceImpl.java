package dev.mfastub.control;

import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/** The statement behind {@link FaultRulePresence}. */
class FaultRulePresenceImpl implements FaultRulePresence {

	private static final String ANY = "SELECT EXISTS (SELECT 1 FROM fault_rules WHERE environment_id = ?)";

	private final JdbcTemplate jdbc;

	FaultRulePresenceImpl(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean existsByEnvironmentId(UUID environmentId) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject(ANY, Boolean.class, environmentId));
	}

}
