package dev.mfastub.environment;

import java.time.Instant;

/**
 * What the environments of one organization say about it.
 *
 * @param environments how many belong to it
 * @param since when the first of them was made, or {@code null} if none is left
 */
public record OrganizationFacts(long environments, Instant since) {

}
