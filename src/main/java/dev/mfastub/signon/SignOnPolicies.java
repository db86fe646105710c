package dev.mfastub.signon;

import java.util.List;
import java.util.UUID;

/**
 * What the sign-on runtime reads of the sign-on policies.
 */
public interface SignOnPolicies {

	/**
	 * The actions that run when this application signs a user on, in priority order: the
	 * app's assigned policy with the lowest priority number, else the environment's
	 * default policy.
	 * @param environmentId the environment
	 * @param applicationId the app's
	 * {@link dev.mfastub.auth.SignOnClient#applicationId()}
	 * @return the actions, lowest priority number first
	 */
	List<SignOnAction> actionsFor(UUID environmentId, UUID applicationId);

}
