package dev.mfastub.call;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * One call on one environment, as the services see it: what the request knows about its
 * environment and about itself, built once by {@link ApiCalls} and handed to the
 * controller as a parameter. A service that takes one reads "now", the caller and the
 * correlation id from it, never from a clock, the security context or the request.
 *
 * @param environmentId the environment the path names
 * @param now the environment's clock, read once for the whole request
 * @param clientId the calling worker app's client id, {@link #CONSOLE} for the console,
 * or {@code null} when anonymous
 * @param correlationId the request's {@code Correlation-Id}
 * @param baseUrl the scheme, host, port and context path the client used, for links
 * @param populations the only populations whose users the caller's roles reach (it holds
 * them over populations, not over the environment); {@code null} when they reach all
 */
public record ApiCall(UUID environmentId, Instant now, String clientId, String correlationId, String baseUrl,
		Set<UUID> populations) {

	/** The caller the journal names for changes made in the console. */
	public static final String CONSOLE = "stub-console";

	/**
	 * Whether the caller's roles reach every user of the environment, as they do unless
	 * they are over some of its populations only: then nothing need be looked up to know.
	 * @return {@code true} when they do
	 */
	public boolean reachesEveryUser() {
		return this.populations == null;
	}

	/**
	 * Whether the caller's roles reach the users of a population: the one reach check,
	 * which every read and change of a user goes through.
	 * @param populationId the user's population
	 * @return {@code true} when it does
	 */
	public boolean reaches(UUID populationId) {
		return reachesEveryUser() || this.populations.contains(populationId);
	}

}
