package dev.mfastub.hostile;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.mfastub.hostile.Routes.JsonEndpoint;

import static dev.mfastub.hostile.Bytes.concat;
import static dev.mfastub.hostile.Bytes.utf8;

/**
 * Bodies that are not one JSON object in UTF-8, sent to every endpoint that reads JSON:
 * broken and truncated syntax, what JSON does not allow (comments, NaN, single quotes,
 * raw control characters), invalid UTF-8, byte-order marks and UTF-16/32, a key twice, 10
 * 000 levels of nesting, and roots that are not objects. Each is a 400
 * {@code INVALID_REQUEST} without details. Every body is an accepted one with the fault
 * added, so the fault is the only reason to refuse it.
 *
 * <p>
 * Not here, because a JSON parser may accept them: one UTF-8 byte-order mark before the
 * document (RFC 8259 section 8.1 lets parsers ignore it), and escaped control characters
 * ({@code "\u0000"}) in a property the endpoint ignores. Escaped ones in fields the stub
 * reads are in {@link HostileJsonValuesTest}.
 */
class HostileJsonBodiesTest extends HostileRequestTest {

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void shouldRefuseBodyThatIsNotOneJsonObject(HostileCase hostile) {
		assertRefused(hostile);
	}

	static Stream<HostileCase> cases() {
		List<HostileCase> cases = new ArrayList<>();
		for (JsonEndpoint endpoint : Routes.JSON) {
			String members = endpoint.members();
			String body = endpoint.body();
			String key = endpoint.key();
			Cases add = new Cases(cases, endpoint);

			// Broken and truncated syntax
			add.text("truncated after the opening brace", "{");
			add.text("truncated before the closing brace", "{" + members);
			add.truncatedNote("truncated inside a string", "\"abc");
			add.truncatedNote("truncated after a colon", "");
			add.truncatedNote("truncated inside a literal", "tr");
			add.truncatedNote("truncated inside an escape", "\"\\u00");
			add.text("a missing colon", "{\"note\" 1," + members + "}");
			add.text("a missing comma", "{\"note\":1 " + members + "}");
			add.text("a trailing comma", "{" + members + ",}");
			add.text("an extra closing brace", "{" + members + "}}");
			add.text("two documents", body + " " + body);
			add.text("garbage after the document", body + "x");

			// What JSON does not allow
			add.text("a single-quoted key", "{'note':1," + members + "}");
			add.text("an unquoted key", "{note:1," + members + "}");
			add.note("a single-quoted string", "'x'");
			add.note("NaN", "NaN");
			add.note("-Infinity", "-Infinity");
			add.note("a leading zero", "007");
			add.note("a hex number", "0x1F");
			add.text("a block comment", "/* hostile */" + body);
			add.text("a line comment", body + " // hostile");
			add.note("an invalid escape", "\"\\x41\"");
			add.note("an invalid unicode escape", "\"\\uZZZZ\"");
			add.text("XML", "<" + key + ">1</" + key + ">");
			add.text("a form", key + "=1");

			// Raw NUL and control characters
			add.bytes("a raw NUL after the document", concat(utf8(body), new byte[] { 0 }));
			add.bytes("a raw NUL before the document", concat(new byte[] { 0 }, utf8(body)));
			add.note("a raw NUL inside a string", "\"a\u0000b\"");
			add.note("a raw ESC inside a string", "\"\u001b[31m\"");
			add.note("a raw line feed inside a string", "\"a\nb\"");

			// Invalid UTF-8
			add.bytes("invalid UTF-8 0xFF in a string", note(members, 0xFF));
			add.bytes("invalid UTF-8 0xC3 0x28 in a string", note(members, 0xC3, 0x28));
			add.bytes("invalid UTF-8 lone continuation byte 0x80", note(members, 0x80));
			add.bytes("invalid UTF-8 overlong slash 0xC0 0xAF", note(members, 0xC0, 0xAF));
			add.bytes("invalid UTF-8 encoded surrogate 0xED 0xA0 0x80", note(members, 0xED, 0xA0, 0x80));
			add.bytes("invalid UTF-8 above U+10FFFF 0xF4 0x90 0x80 0x80", note(members, 0xF4, 0x90, 0x80, 0x80));
			add.bytes("invalid UTF-8 truncated sequence 0xE2 0x82", note(members, 0xE2, 0x82));
			add.bytes("invalid UTF-8 in a key",
					concat(utf8("{\"n"), new byte[] { (byte) 0xFF }, utf8("te\":1," + members + "}")));
			add.bytes("Latin-1 bytes",
					concat(utf8("{" + members + ",\"note\":\"Jos"), new byte[] { (byte) 0xE9 }, utf8("\"}")));

			// Byte-order marks and other encodings of an accepted body
			add.bytes("two UTF-8 byte-order marks", concat(UTF8_BOM, UTF8_BOM, utf8(body)));
			add.bytes("a UTF-8 byte-order mark inside the document", concat(utf8("{"), UTF8_BOM, utf8(members + "}")));
			add.bytes("UTF-16LE with a byte-order mark",
					concat(new byte[] { (byte) 0xFF, (byte) 0xFE }, body.getBytes(StandardCharsets.UTF_16LE)));
			add.bytes("UTF-16BE with a byte-order mark",
					concat(new byte[] { (byte) 0xFE, (byte) 0xFF }, body.getBytes(StandardCharsets.UTF_16BE)));
			add.bytes("UTF-16LE without a byte-order mark", body.getBytes(StandardCharsets.UTF_16LE));
			add.bytes("UTF-32BE", body.getBytes(Charset.forName("UTF-32BE")));

			// A key twice
			add.text("its own key twice", "{" + members + "," + members + "}");
			add.text("its own key twice, once escaped", "{" + members + ",\"\\u"
					+ String.format("%04x", (int) key.charAt(0)) + key.substring(1) + "\":" + endpoint.value() + "}");
			add.note("a key twice in a nested object", "{\"a\":1,\"a\":2}");

			// Deep nesting
			add.text("10 000 nested objects", "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000));
			add.note("10 000 nested arrays in a property", "[".repeat(10_000) + "]".repeat(10_000));
			add.text("10 000 unclosed arrays", "[".repeat(10_000));

			// Roots that are not one object
			if (!endpoint.takesArray()) {
				add.text("an empty array", "[]");
				add.text("an array holding the accepted body", "[" + body + "]");
			}
			Expected notAnObject = endpoint.takesArray() ? Expected.invalidData("rules").or(Expected.invalidRequest())
					: Expected.invalidRequest();
			add.text("a string", "\"" + key + "\"", notAnObject);
			add.text("a number", "42", notAnObject);
			add.text("true", "true", notAnObject);
			add.text("null", "null", notAnObject);
			if (!endpoint.bodyOptional()) {
				add.text("an empty body", "");
			}
			add.text("only white space", " \r\n\t ");
		}
		return cases.stream();
	}

	private static byte[] note(String members, int... bytes) {
		return concat(utf8("{" + members + ",\"note\":\"a"), Bytes.of(bytes), utf8("b\"}"));
	}

	/** Adds the cases of one endpoint, named after it. */
	private record Cases(List<HostileCase> cases, JsonEndpoint endpoint) {

		/** The accepted body with a {@code note} member of this JSON text after it. */
		void note(String name, String value) {
			text(name, "{" + this.endpoint.members() + ",\"note\":" + value + "}");
		}

		/** The accepted body with a {@code note} member cut off after this text. */
		void truncatedNote(String name, String value) {
			text(name, "{" + this.endpoint.members() + ",\"note\":" + value);
		}

		void text(String name, String body) {
			text(name, body, Expected.invalidRequest());
		}

		void text(String name, String body, Expected expected) {
			bytes(name, utf8(body), expected);
		}

		void bytes(String name, byte[] body) {
			bytes(name, body, Expected.invalidRequest());
		}

		void bytes(String name, byte[] body, Expected expected) {
			JsonEndpoint endpoint = this.endpoint;
			this.cases.add(HostileCase.of(endpoint + ", " + name, expected,
					(target) -> request(endpoint, target).contentType("application/json").body(body)));
		}

	}

}
