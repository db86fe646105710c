package dev.mfastub.call;

import java.util.Set;
import java.util.UUID;

/**
 * Who makes an API call, as the authenticated principal says once the access decision is
 * made: the app's client id, and the populations its roles reach in the environment the
 * call is about. The {@code auth} package's principal implements it, so this kernel
 * depends on no feature.
 */
public interface Caller {

	/**
	 * The calling app's client id.
	 * @return the client id
	 */
	String clientId();

	/**
	 * The only populations of an environment whose users the caller reaches, when its
	 * roles are over populations rather than over the environment.
	 * @param environmentId the environment the call is about
	 * @return those populations, or {@code null} when it reaches every user there
	 */
	Set<UUID> populationsReached(UUID environmentId);

}
