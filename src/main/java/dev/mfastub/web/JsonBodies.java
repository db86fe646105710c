package dev.mfastub.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * JSON bodies are UTF-8 (RFC 8259 section 8.1), whatever {@code charset} they declare
 * (section 11: it has no effect). Left to itself, Jackson would guess UTF-16 or UTF-32
 * from the first bytes, and follow a declared Latin-1; and it lets overlong or
 * out-of-range UTF-8 sequences through. A body is read here first: bytes that are not
 * UTF-8 are a malformed request; one leading byte-order mark is tolerated. A body that is
 * JSON's {@code null} is no object either (an empty body is another matter: where a body
 * is optional, it may be left out).
 */
@ControllerAdvice
class JsonBodies extends RequestBodyAdviceAdapter {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	@Override
	public boolean supports(MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public HttpInputMessage beforeBodyRead(HttpInputMessage message, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
		MediaType contentType = message.getHeaders().getContentType();
		if (contentType == null || !contentType.isCompatibleWith(MediaType.APPLICATION_JSON)) {
			return message;
		}
		byte[] body = message.getBody().readAllBytes();
		if (startsWithBom(body)) {
			body = Arrays.copyOfRange(body, BOM.length, body.length);
		}
		if (startsWithBom(body) || contains(body, (byte) 0)) {
			// A second mark, which Jackson would skip too; or NUL bytes, which JSON
			// never has unescaped, and which Jackson would take for UTF-16 or UTF-32.
			throw ApiException.invalidRequest("The request body is not valid JSON.");
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(body));
		}
		catch (CharacterCodingException ex) {
			throw ApiException.invalidRequest("The request body is not valid UTF-8.");
		}
		HttpHeaders headers = new HttpHeaders();
		headers.putAll(message.getHeaders());
		headers.setContentType(new MediaType(contentType.getType(), contentType.getSubtype(), StandardCharsets.UTF_8));
		InputStream checked = new ByteArrayInputStream(body);
		return new HttpInputMessage() {

			@Override
			public InputStream getBody() {
				return checked;
			}

			@Override
			public HttpHeaders getHeaders() {
				return headers;
			}

		};
	}

	private static boolean startsWithBom(byte[] body) {
		return body.length >= BOM.length && Arrays.equals(body, 0, BOM.length, BOM, 0, BOM.length);
	}

	private static boolean contains(byte[] body, byte value) {
		for (byte b : body) {
			if (b == value) {
				return true;
			}
		}
		return false;
	}

	@Override
	public Object afterBodyRead(Object body, HttpInputMessage message, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		if (body == null) {
			throw ApiException.invalidRequest("The request body must be a JSON object.");
		}
		return body;
	}

}
