package dev.mfastub.support;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Compacts JSON written for people (such as the bodies copied from PingOne's pages) so a
 * test can compare a response byte for byte, key order included.
 */
public final class Json {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private Json() {
	}

	public static String compact(String json) {
		JsonNode tree = MAPPER.readTree(json);
		return MAPPER.writeValueAsString(tree);
	}

}
