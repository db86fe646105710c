package dev.mfastub.mfa;

import java.util.UUID;

/**
 * A reference to another resource by its id, as PingOne writes one: {@code {"id": ...}}.
 *
 * @param id the resource's id
 */
public record IdReference(UUID id) {

}
