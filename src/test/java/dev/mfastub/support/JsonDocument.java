package dev.mfastub.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restassured.response.ResponseBodyExtractionOptions;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeDiagnosingMatcher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON answer read with Jackson, by the dotted paths the tests write
 * ({@code applications[0].clientId}, {@code _embedded.users.id}, {@code $}).
 *
 * <p>
 * It replaces Rest Assured's {@code JsonPath}, which compiles a Groovy script for every
 * path it reads: across the suite those scripts were a fifth of the test JVM's work and
 * most of its JIT compilation. The paths mean what they meant there: a name reads a
 * field, {@code [n]} an element, a name after a list reads it from each element.
 */
public final class JsonDocument {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final JsonNode root;

	private JsonDocument(JsonNode root) {
		this.root = root;
	}

	/** The body of an answer. */
	public static JsonDocument of(ResponseBodyExtractionOptions response) {
		return parse(response.asString());
	}

	public static JsonDocument parse(String json) {
		return new JsonDocument(MAPPER.readTree(json));
	}

	/**
	 * What is at the path, as Java values: maps, lists, strings, booleans, integers (as
	 * {@code Integer} when they fit, else {@code Long}), decimals as {@code Double}, or
	 * {@code null} when the document has nothing there.
	 */
	@SuppressWarnings("unchecked")
	public <T> T get(String path) {
		return (T) value(select(path));
	}

	/** A field as text; {@code null} when absent or {@code null}. */
	public String getString(String path) {
		Object value = get(path);
		return (value != null) ? value.toString() : null;
	}

	public int getInt(String path) {
		return ((Number) present(path)).intValue();
	}

	public long getLong(String path) {
		return ((Number) present(path)).longValue();
	}

	public boolean getBoolean(String path) {
		return (Boolean) present(path);
	}

	public <T> List<T> getList(String path) {
		return get(path);
	}

	/**
	 * A list whose numbers are read as {@code type} ({@code Long}, {@code String}...).
	 */
	public <T> List<T> getList(String path, Class<T> type) {
		List<Object> list = get(path);
		if (list == null) {
			return null;
		}
		List<T> converted = new ArrayList<>(list.size());
		for (Object element : list) {
			converted.add(convert(element, type));
		}
		return converted;
	}

	public <K, V> Map<K, V> getMap(String path) {
		return get(path);
	}

	/**
	 * A matcher of a JSON body (as Rest Assured's {@code body(Matcher)} hands it over)
	 * whose value at the path matches: {@code then().body(at("code", equalTo("...")))}.
	 */
	public static Matcher<String> at(String path, Matcher<?> matcher) {
		return new TypeSafeDiagnosingMatcher<>() {

			@Override
			protected boolean matchesSafely(String body, Description mismatch) {
				Object value = parse(body).get(path);
				if (matcher.matches(value)) {
					return true;
				}
				mismatch.appendText(path + " ");
				matcher.describeMismatch(value, mismatch);
				return false;
			}

			@Override
			public void describeTo(Description description) {
				description.appendText(path + " ").appendDescriptionOf(matcher);
			}

		};
	}

	/** The document, compact. */
	@Override
	public String toString() {
		return MAPPER.writeValueAsString(this.root);
	}

	private Object present(String path) {
		Object value = get(path);
		if (value == null) {
			throw new AssertionError("Nothing at " + path + " in " + this.root);
		}
		return value;
	}

	private JsonNode select(String path) {
		JsonNode node = this.root;
		if (path.isEmpty() || path.equals("$")) {
			return node;
		}
		if (path.contains("(")) {
			throw new IllegalArgumentException("Not a path of fields and indexes: " + path);
		}
		for (String segment : path.split("\\.")) {
			int bracket = segment.indexOf('[');
			String name = (bracket < 0) ? segment : segment.substring(0, bracket);
			if (!name.isEmpty()) {
				node = field(node, name);
			}
			while (bracket >= 0 && node != null) {
				int close = segment.indexOf(']', bracket);
				int index = Integer.parseInt(segment.substring(bracket + 1, close));
				node = (node.isArray() && index < node.size()) ? node.get(index) : null;
				bracket = segment.indexOf('[', close);
			}
			if (node == null) {
				return null;
			}
		}
		return node;
	}

	/** A field of an object, or of each element of a list (the list of those fields). */
	private static JsonNode field(JsonNode node, String name) {
		if (node.isArray()) {
			var each = MAPPER.createArrayNode();
			for (JsonNode element : node) {
				JsonNode value = field(element, name);
				each.add((value != null) ? value : MAPPER.nullNode());
			}
			return each;
		}
		JsonNode value = node.get(name);
		return (value == null || value.isMissingNode()) ? null : value;
	}

	private static Object value(JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (node.isObject()) {
			Map<String, Object> map = new LinkedHashMap<>();
			node.properties().forEach((entry) -> map.put(entry.getKey(), value(entry.getValue())));
			return map;
		}
		if (node.isArray()) {
			List<Object> list = new ArrayList<>(node.size());
			node.forEach((element) -> list.add(value(element)));
			return list;
		}
		if (node.isBoolean()) {
			return node.booleanValue();
		}
		if (node.isIntegralNumber()) {
			return node.canConvertToInt() ? (Object) node.intValue()
					: node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue();
		}
		if (node.isNumber()) {
			return node.doubleValue();
		}
		return node.stringValue();
	}

	private static <T> T convert(Object element, Class<T> type) {
		if (element == null || type.isInstance(element)) {
			return type.cast(element);
		}
		if (element instanceof Number number) {
			if (type == Long.class) {
				return type.cast(number.longValue());
			}
			if (type == Integer.class) {
				return type.cast(number.intValue());
			}
		}
		if (type == String.class) {
			return type.cast(element.toString());
		}
		throw new AssertionError(element + " is not a " + type.getSimpleName());
	}

}
