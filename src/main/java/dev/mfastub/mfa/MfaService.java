package dev.mfastub.mfa;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.mfastub.environment.EnvironmentClock;
import dev.mfastub.environment.EventType;
import dev.mfastub.environment.Journal;
import dev.mfastub.user.MfaSettings;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The MFA settings of a user: whether MFA is enabled and until when it may be bypassed.
 * "Now" is always the environment's clock.
 */
@Service
class MfaService {

	private final MfaSettings settings;

	private final EnvironmentClock clock;

	private final Journal journal;

	MfaService(MfaSettings settings, EnvironmentClock clock, Journal journal) {
		this.settings = settings;
		this.clock = clock;
		this.journal = journal;
	}

	boolean mfaEnabled(UUID environmentId, UUID userId) {
		return this.settings.read(environmentId, userId).mfaEnabled();
	}

	@Transactional
	boolean changeMfaEnabled(UUID environmentId, UUID userId, boolean enabled) {
		boolean before = this.settings.lock(environmentId, userId).mfaEnabled();
		this.settings.changeMfaEnabled(environmentId, userId, enabled, this.clock.now(environmentId));
		this.journal.record(environmentId, EventType.MFA_ENABLED_UPDATED, userId, new MfaEnabledState(before),
				new MfaEnabledState(enabled));
		return enabled;
	}

	/** The current bypass, or {@link Bypass#NONE} when none was set or it has ended. */
	Bypass bypass(UUID environmentId, UUID userId) {
		Instant until = this.settings.read(environmentId, userId).bypassMfaUntil();
		if (until == null) {
			return Bypass.NONE;
		}
		Bypass bypass = Bypass.of(new BypassUntil(until), this.clock.now(environmentId));
		return bypass.active() ? bypass : Bypass.NONE;
	}

	/**
	 * Sets the bypass end. A past end is accepted and ends any current bypass, which is
	 * how a console resumes MFA.
	 */
	@Transactional
	Bypass changeBypass(UUID environmentId, UUID userId, BypassUntil until) {
		Instant before = this.settings.lock(environmentId, userId).bypassMfaUntil();
		Instant now = this.clock.now(environmentId);
		this.settings.changeBypassUntil(environmentId, userId, until.instant(), now);
		this.journal.record(environmentId, EventType.BYPASS_MFA_UPDATED, userId, new BypassState(before),
				new BypassState(until.instant()));
		return Bypass.of(until, now);
	}

	/** The journal's view of {@code mfaEnabled}. */
	record MfaEnabledState(boolean mfaEnabled) {

	}

	/** The journal's view of the bypass end; {@code null} when none was ever set. */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record BypassState(Instant bypassMFAEnabledUntil) {

	}

	/**
	 * A bypass as the API reports it.
	 *
	 * @param until when it ends, or {@code null} for none
	 * @param active whether MFA can be bypassed now
	 */
	record Bypass(BypassUntil until, boolean active) {

		static final Bypass NONE = new Bypass(null, false);

		static Bypass of(BypassUntil until, Instant now) {
			return new Bypass(until, until.isActiveAt(now));
		}

	}

}
