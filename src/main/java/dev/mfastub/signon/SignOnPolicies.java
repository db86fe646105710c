package dev.mfastub.signon;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the sign-on runtime reads of the sign-on policies.
 */
public interface SignOnPolicies {

	/**
	 * The sign-on policy that runs when this application signs a user on. Without
	 * {@code acrValues}: the app's assigned policy with the lowest priority number, else
	 * the environment's default policy. With them (PingOne's "Sign-on policy priority
	 * when acr_values is set"): the first name listed that is the exact name of a policy
	 * the app may use (one assigned to it, or the default when none is).
	 * @param environmentId the environment
	 * @param applicationId the app's
	 * {@link dev.mfastub.auth.SignOnClient#applicationId()}
	 * @param acrValues the authorize request's {@code acr_values}, in order; empty when
	 * it sent none
	 * @return the policy, or empty when {@code acrValues} names none the app may use
	 */
	Optional<Chosen> choose(UUID environmentId, UUID applicationId, List<String> acrValues);

	/**
	 * A sign-on policy as the runtime runs it.
	 *
	 * @param name the policy's name: the {@code acr} of the tokens its sign-ons end in
	 * @param actions its actions, lowest priority number first
	 */
	record Chosen(String name, List<SignOnAction> actions) {

		public Chosen {
			actions = List.copyOf(actions);
		}

	}

}
