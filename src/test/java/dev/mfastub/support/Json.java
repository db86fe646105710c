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

	/**
	 * The part of a JSON document at a JSON Pointer, compacted.
	 * @param json the document
	 * @param pointer such as {@code /events/0/after}
	 * @return the part, or {@code null} when the document has nothing there
	 */
	public static String at(String json, String pointer) {
		JsonNode node = MAPPER.readTree(json).at(pointer);
		return node.isMissingNode() ? null : MAPPER.writeValueAsString(node);
	}

}
