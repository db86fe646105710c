package dev.mfastub.user;

import dev.mfastub.call.ApiCall;

/**
 * Whether a new user gets MFA when its create request leaves {@code mfaEnabled} out:
 * PingOne's "Default MFA status for new users", an MFA setting of the environment. The
 * MFA settings answer it; users ask without depending on them.
 */
public interface NewUsersMfaDefault {

	/**
	 * The default of the call's environment.
	 * @param call the call creating a user
	 * @return whether the new user's MFA is enabled
	 */
	boolean enabledFor(ApiCall call);

}
