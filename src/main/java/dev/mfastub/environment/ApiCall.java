package dev.mfastub.environment;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * One API call on one environment, as the services see it: what the request knows about
 * its environment and about itself, resolved once by {@link ApiCallResolver} and passed
 * on explicitly. A service that takes one reads "now", the caller and the correlation id
 * from it, never from a clock, the security context or the request.
 *
 * @param environmentId the environment the path names
 * @param now the environment's clock, read once for the whole request
 * @param clientId the calling worker app's client id, or {@code null} when anonymous
 * @param correlationId the request's {@code Correlation-Id}
 * @param baseUrl the scheme, host, port and context path the client used, for links
 * @param populations the only populations whose users the caller's roles reach (it holds
 * them over populations, not over the environment); {@code null} when they reach all
 */
public record ApiCall(UUID environmentId, Instant now, String clientId, String correlationId, String baseUrl,
		Set<UUID> populations) {

	/**
	 * The request attribute the access decision leaves the populations in, when the
	 * caller's roles reach only some.
	 */
	public static final String POPULATIONS_ATTRIBUTE = ApiCall.class.getName() + ".populations";

	/** Whether the caller's roles reach the users of a population. */
	public boolean reaches(UUID populationId) {
		return this.populations == null || this.populations.contains(populationId);
	}

}
