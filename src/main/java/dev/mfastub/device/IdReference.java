package dev.mfastub.device;

import java.util.UUID;

/**
 * A reference to another resource by its id, as PingOne writes one: {@code {"id": ...}}.
 *
 * @param id the resource's id
 */
record IdReference(UUID id) {

}
