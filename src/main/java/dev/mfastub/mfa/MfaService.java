package dev.mfastub.mfa;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.mfastub.call.ApiCall;
import dev.mfastub.call.EventType;
import dev.mfastub.call.Journal;
import dev.mfastub.user.MfaState;
import dev.mfastub.user.UserRepository;
import dev.mfastub.user.UserService;
import dev.mfastub.web.ApiException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The MFA settings of a user: whether MFA is enabled and until when it may be bypassed.
 * The service enforces the bypass-until date format (a {@link BypassUntil} holds only
 * valid ones) and computes {@code canBypassMFA} against the call's "now", the
 * environment's clock; it reads and writes through the user repository, and journals
 * every change. A read is one statement outside any transaction (one statement reads one
 * committed row); a change locks the row, then updates it, in one transaction.
 */
@Service
public class MfaService {

	private final UserRepository users;

	private final UserService userService;

	private final Journal journal;

	MfaService(UserRepository users, UserService userService, Journal journal) {
		this.users = users;
		this.userService = userService;
		this.journal = journal;
	}

	boolean mfaEnabled(ApiCall call, UUID userId) {
		return read(call, userId).mfaEnabled();
	}

	@Transactional
	public boolean changeMfaEnabled(ApiCall call, UUID userId, boolean enabled) {
		boolean before = lock(call, userId).mfaEnabled();
		this.users.updateMfaEnabled(call.environmentId(), userId, enabled, call.now());
		this.journal.record(call, EventType.MFA_ENABLED_UPDATED, userId, new MfaEnabledState(before),
				new MfaEnabledState(enabled));
		return enabled;
	}

	/** The current bypass, or {@link Bypass#NONE} when none was set or it has ended. */
	Bypass bypass(ApiCall call, UUID userId) {
		Instant until = read(call, userId).bypassMfaUntil();
		if (until == null) {
			return Bypass.NONE;
		}
		Bypass bypass = Bypass.of(new BypassUntil(until), call.now());
		return bypass.active() ? bypass : Bypass.NONE;
	}

	/**
	 * Sets the bypass end. A past end is accepted and ends any current bypass, which is
	 * how a console resumes MFA.
	 */
	@Transactional
	public Bypass changeBypass(ApiCall call, UUID userId, BypassUntil until) {
		Instant before = lock(call, userId).bypassMfaUntil();
		this.users.updateBypassMfaUntil(call.environmentId(), userId, until.instant(), call.now());
		this.journal.record(call, EventType.BYPASS_MFA_UPDATED, userId, new BypassState(before),
				new BypassState(until.instant()));
		return Bypass.of(until, call.now());
	}

	/** No environment, no users: the one 404 either way, without asking twice. */
	private MfaState read(ApiCall call, UUID userId) {
		return this.users.findMfaState(call.environmentId(), userId)
			.filter((state) -> reaches(call, userId))
			.orElseThrow(ApiException::notFound);
	}

	private MfaState lock(ApiCall call, UUID userId) {
		return this.users.lockMfaState(call.environmentId(), userId)
			.filter((state) -> reaches(call, userId))
			.orElseThrow(ApiException::notFound);
	}

	/**
	 * Whether the caller's roles reach the user. The user service is asked only for a
	 * caller whose roles are over populations: the hot path stays one statement, outside
	 * any transaction.
	 */
	private boolean reaches(ApiCall call, UUID userId) {
		return call.reachesEveryUser() || this.userService.reaches(call, userId);
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
	public record Bypass(BypassUntil until, boolean active) {

		public static final Bypass NONE = new Bypass(null, false);

		public static Bypass of(BypassUntil until, Instant now) {
			return new Bypass(until, until.isActiveAt(now));
		}

	}

}
