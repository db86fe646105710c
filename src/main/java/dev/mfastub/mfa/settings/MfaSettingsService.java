package dev.mfastub.mfa.settings;

import dev.mfastub.call.ApiCall;
import dev.mfastub.call.EventType;
import dev.mfastub.call.Journal;
import dev.mfastub.environment.EnvironmentService;
import dev.mfastub.user.NewUsersMfaDefault;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every environment's MFA settings: PingOne's defaults until an update, and again after a
 * reset.
 */
@Service
@Transactional(readOnly = true)
public class MfaSettingsService implements NewUsersMfaDefault {

	private final MfaSettingsRepository settings;

	private final EnvironmentService environments;

	private final Journal journal;

	MfaSettingsService(MfaSettingsRepository settings, EnvironmentService environments, Journal journal) {
		this.settings = settings;
		this.environments = environments;
		this.journal = journal;
	}

	/**
	 * The settings the rules keep to (the device limit, the lockout): PingOne's defaults
	 * while none were written, without asking when that was.
	 * @param call the call
	 * @return the settings
	 */
	public MfaSettings of(ApiCall call) {
		return this.settings.findById(call.environmentId())
			.orElseGet(() -> MfaSettings.rulesDefaults(call.environmentId()));
	}

	/**
	 * The settings as the API shows them: defaults never written were last "updated" when
	 * the environment was created, and say of new users what the environment was made
	 * with.
	 * @param call the call
	 * @return the settings
	 */
	MfaSettings shown(ApiCall call) {
		return this.settings.findById(call.environmentId())
			.orElseGet(() -> MfaSettings.defaults(this.environments.require(call.environmentId())));
	}

	/**
	 * PingOne's "Default MFA status for new users": {@code users.mfaEnabled} of the
	 * environment's settings.
	 * @param call the call creating a user
	 * @return whether the user gets MFA when its create request leaves it out
	 */
	@Override
	public boolean enabledFor(ApiCall call) {
		return shown(call).usersMfaEnabled();
	}

	@Transactional
	MfaSettings update(ApiCall call, MfaSettingsRequest request) {
		MfaSettings current = shown(call);
		SettingsSnapshot before = SettingsSnapshot.of(current);
		current.change(request, call.now());
		MfaSettings saved = this.settings.saveAndFlush(current);
		this.journal.record(call, EventType.MFA_SETTINGS_UPDATED, null, before, SettingsSnapshot.of(saved));
		return saved;
	}

	/** PingOne's "Reset MFA Settings": back to the defaults. */
	@Transactional
	void reset(ApiCall call) {
		this.settings.findById(call.environmentId()).ifPresent((current) -> {
			this.settings.delete(current);
			this.journal.record(call, EventType.MFA_SETTINGS_UPDATED, null, SettingsSnapshot.of(current),
					SettingsSnapshot.of(MfaSettings.defaults(this.environments.require(call.environmentId()))));
		});
	}

	/** What the journal keeps of the settings. */
	record SettingsSnapshot(int maxAllowedDevices, String pairingKeyFormat, int lockoutFailureCount,
			int lockoutDurationSeconds, boolean phoneExtensions, boolean usersMfaEnabled) {

		public static SettingsSnapshot of(MfaSettings settings) {
			return new SettingsSnapshot(settings.maxAllowedDevices(), settings.pairingKeyFormat(),
					settings.lockoutFailureCount(), settings.lockoutDurationSeconds(), settings.phoneExtensions(),
					settings.usersMfaEnabled());
		}

	}

}
