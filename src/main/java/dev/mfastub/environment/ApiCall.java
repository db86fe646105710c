package dev.mfastub.environment;

import java.time.Instant;
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
 */
public record ApiCall(UUID environmentId, Instant now, String clientId, String correlationId, String baseUrl) {

}
