package dev.mfastub.junit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Just enough JSON for the control plane's answers, so the library brings no JSON library
 * that could clash with the test's own: objects as maps, arrays as lists, numbers as
 * {@link BigDecimal}.
 */
final class Json {

	private final String text;

	private int at;

	private Json(String text) {
		this.text = text;
	}

	static Object parse(String text) {
		Json json = new Json(text);
		Object value = json.value();
		json.skipSpace();
		if (json.at != text.length()) {
			throw json.error("trailing characters");
		}
		return value;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> object(String text) {
		Object value = parse(text);
		if (!(value instanceof Map)) {
			throw new IllegalArgumentException("Not a JSON object: " + text);
		}
		return (Map<String, Object>) value;
	}

	/** The JSON text of a string, number, boolean, null, map or list. */
	static String write(Object value) {
		StringBuilder out = new StringBuilder();
		write(value, out);
		return out.toString();
	}

	private static void write(Object value, StringBuilder out) {
		if (value == null) {
			out.append("null");
		}
		else if (value instanceof String string) {
			quote(string, out);
		}
		else if (value instanceof Number || value instanceof Boolean) {
			out.append(value);
		}
		else if (value instanceof Map<?, ?> map) {
			out.append('{');
			boolean first = true;
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				if (!first) {
					out.append(',');
				}
				first = false;
				quote(String.valueOf(entry.getKey()), out);
				out.append(':');
				write(entry.getValue(), out);
			}
			out.append('}');
		}
		else if (value instanceof List<?> list) {
			out.append('[');
			for (int i = 0; i < list.size(); i++) {
				if (i > 0) {
					out.append(',');
				}
				write(list.get(i), out);
			}
			out.append(']');
		}
		else {
			quote(value.toString(), out);
		}
	}

	private static void quote(String string, StringBuilder out) {
		out.append('"');
		for (int i = 0; i < string.length(); i++) {
			char c = string.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		out.append('"');
	}

	private Object value() {
		skipSpace();
		if (this.at >= this.text.length()) {
			throw error("unexpected end");
		}
		char c = this.text.charAt(this.at);
		switch (c) {
			case '{':
				return object();
			case '[':
				return array();
			case '"':
				return string();
			case 't':
				return literal("true", Boolean.TRUE);
			case 'f':
				return literal("false", Boolean.FALSE);
			case 'n':
				return literal("null", null);
			default:
				return number();
		}
	}

	private Map<String, Object> object() {
		Map<String, Object> map = new LinkedHashMap<>();
		this.at++;
		skipSpace();
		if (peek() == '}') {
			this.at++;
			return map;
		}
		while (true) {
			skipSpace();
			String key = string();
			skipSpace();
			expect(':');
			map.put(key, value());
			skipSpace();
			if (peek() == ',') {
				this.at++;
				continue;
			}
			expect('}');
			return map;
		}
	}

	private List<Object> array() {
		List<Object> list = new ArrayList<>();
		this.at++;
		skipSpace();
		if (peek() == ']') {
			this.at++;
			return list;
		}
		while (true) {
			list.add(value());
			skipSpace();
			if (peek() == ',') {
				this.at++;
				continue;
			}
			expect(']');
			return list;
		}
	}

	private String string() {
		expect('"');
		StringBuilder out = new StringBuilder();
		while (true) {
			if (this.at >= this.text.length()) {
				throw error("unterminated string");
			}
			char c = this.text.charAt(this.at++);
			if (c == '"') {
				return out.toString();
			}
			if (c != '\\') {
				out.append(c);
				continue;
			}
			char escaped = this.text.charAt(this.at++);
			switch (escaped) {
				case 'n' -> out.append('\n');
				case 'r' -> out.append('\r');
				case 't' -> out.append('\t');
				case 'b' -> out.append('\b');
				case 'f' -> out.append('\f');
				case 'u' -> {
					out.append((char) Integer.parseInt(this.text.substring(this.at, this.at + 4), 16));
					this.at += 4;
				}
				default -> out.append(escaped);
			}
		}
	}

	private Object literal(String word, Object value) {
		if (!this.text.startsWith(word, this.at)) {
			throw error("unexpected token");
		}
		this.at += word.length();
		return value;
	}

	private BigDecimal number() {
		int start = this.at;
		while (this.at < this.text.length() && "+-0123456789.eE".indexOf(this.text.charAt(this.at)) >= 0) {
			this.at++;
		}
		if (start == this.at) {
			throw error("unexpected character");
		}
		return new BigDecimal(this.text.substring(start, this.at));
	}

	private char peek() {
		if (this.at >= this.text.length()) {
			throw error("unexpected end");
		}
		return this.text.charAt(this.at);
	}

	private void expect(char c) {
		if (peek() != c) {
			throw error("expected '" + c + "'");
		}
		this.at++;
	}

	private void skipSpace() {
		while (this.at < this.text.length() && Character.isWhitespace(this.text.charAt(this.at))) {
			this.at++;
		}
	}

	private IllegalArgumentException error(String what) {
		return new IllegalArgumentException("Invalid JSON at " + this.at + " (" + what + "): " + this.text);
	}

}
