package dev.mfastub.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.mfastub.hostile.Routes.JsonEndpoint;
import dev.mfastub.hostile.Routes.MediaAction;

/**
 * Accepted bodies under the wrong {@code Content-Type}, on every endpoint that reads JSON
 * (415 {@code INVALID_REQUEST}), and the wrong ones on the token endpoint, which reads
 * only forms (RFC 6749 {@code invalid_request}).
 *
 * <p>
 * Not here, because RFC 8259 (section 11) defines no {@code charset} for
 * {@code application/json} and says adding one "has no effect on compliant recipients":
 * an ASCII body declared {@code charset=latin1} or {@code charset=utf-16} is still a
 * valid UTF-8 body. What must be refused is a body that is not UTF-8 whatever it
 * declares: Latin-1 and UTF-16 bytes are here, with their charsets, refused either for
 * the charset (415) or for the bytes (400).
 */
class HostileContentTypesTest extends HostileRequestTest {

	private static final List<String> NOT_JSON = List.of("text/plain", "text/plain; charset=utf-8", "application/xml",
			"text/xml", "text/json", "text/html", "application/jsonx", "application/json-patch+json",
			"application/merge-patch+json", "application/octet-stream", "application/javascript", "*/*",
			"application/*", "json", "application/", "application/json/x");

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void shouldRefuseBodyOfTheWrongContentType(HostileCase hostile) {
		assertRefused(hostile);
	}

	static Stream<HostileCase> cases() {
		List<HostileCase> cases = new ArrayList<>();
		for (JsonEndpoint endpoint : Routes.JSON) {
			byte[] body = endpoint.body().getBytes(StandardCharsets.UTF_8);
			for (String contentType : NOT_JSON) {
				cases.add(HostileCase.of(endpoint + ", Content-Type: " + contentType, Expected.unsupportedMediaType(),
						(target) -> request(endpoint, target).contentType(contentType).body(body)));
			}
			cases.add(HostileCase.of(endpoint + ", no Content-Type", Expected.unsupportedMediaType(),
					(target) -> request(endpoint, target).body(body)));
			cases.add(HostileCase.of(endpoint + ", an empty Content-Type", Expected.unsupportedMediaType(),
					(target) -> request(endpoint, target).header("Content-Type", "").body(body)));
			cases.add(HostileCase.of(endpoint + ", Content-Type: application/json; charset=bogus",
					Expected.unsupportedMediaType().or(Expected.invalidRequest()),
					(target) -> request(endpoint, target).contentType("application/json; charset=bogus").body(body)));
			cases.add(HostileCase.of(endpoint + ", a form", Expected.unsupportedMediaType(),
					(target) -> request(endpoint, target).contentType("application/x-www-form-urlencoded")
						.body(endpoint.key() + "=" + endpoint.value().replace("\"", ""))));
			cases.add(HostileCase.of(endpoint + ", multipart with a JSON part", Expected.unsupportedMediaType(),
					(target) -> request(endpoint, target).contentType("multipart/form-data; boundary=hostile")
						.body("--hostile\r\nContent-Disposition: form-data; name=\"body\"\r\n"
								+ "Content-Type: application/json\r\n\r\n" + endpoint.body() + "\r\n--hostile--\r\n")));
			cases.add(HostileCase.of(endpoint + ", text/plain then application/json",
					Expected.unsupportedMediaType().or(Expected.invalidRequest()),
					(target) -> request(endpoint, target).contentType("text/plain")
						.contentType("application/json")
						.body(body)));
			String latin1 = "{" + endpoint.members() + ",\"note\":\"Jos\u00e9\"}";
			cases.add(HostileCase.of(endpoint + ", Latin-1 bytes as application/json; charset=latin1",
					Expected.unsupportedMediaType().or(Expected.invalidRequest()),
					(target) -> request(endpoint, target).contentType("application/json; charset=latin1")
						.body(latin1.getBytes(StandardCharsets.ISO_8859_1))));
			cases.add(HostileCase.of(endpoint + ", UTF-16 bytes as application/json; charset=utf-16",
					Expected.unsupportedMediaType().or(Expected.invalidRequest()),
					(target) -> request(endpoint, target).contentType("application/json; charset=utf-16")
						.body(endpoint.body().getBytes(StandardCharsets.UTF_16))));
			cases.add(HostileCase.of(endpoint + ", UTF-16 bytes as application/json; charset=utf-8",
					Expected.invalidRequest(),
					(target) -> request(endpoint, target).contentType("application/json; charset=utf-8")
						.body(endpoint.body().getBytes(StandardCharsets.UTF_16))));
		}
		cases.add(HostileCase.of(Routes.REPLACE_USER + ", the user import type of create",
				Expected.unsupportedMediaType(),
				(target) -> request(Routes.REPLACE_USER, target)
					.contentType("application/vnd.pingidentity.user.import+json")
					.body(Routes.REPLACE_USER.body())));
		cases
			.add(HostileCase.of(Routes.PATCH_USER + ", the user import type of create", Expected.unsupportedMediaType(),
					(target) -> request(Routes.PATCH_USER, target)
						.contentType("application/vnd.pingidentity.user.import+json")
						.body(Routes.PATCH_USER.body())));

		for (MediaAction action : Routes.MEDIA_ACTIONS) {
			for (String contentType : List.of("text/plain", "application/xml",
					action.mediaType().replace("+json", "+xml"), action.mediaType().replace(".remove", ""))) {
				cases.add(HostileCase.of(action + ", Content-Type: " + contentType, Expected.unsupportedMediaType(),
						(target) -> request(action.method(), action.route(), target).contentType(contentType)));
			}
			cases.add(HostileCase.of(action + ", no Content-Type", Expected.unsupportedMediaType(),
					(target) -> request(action.method(), action.route(), target)));
		}

		for (String contentType : List.of("application/json", "text/plain", "application/xml",
				"multipart/form-data; boundary=hostile", "application/octet-stream", "json", "*/*")) {
			cases.add(HostileCase.of("POST token, Content-Type: " + contentType, Expected.oauth(400, "invalid_request"),
					(target) -> tokenRequest(target).contentType(contentType).body(tokenForm(target))));
		}
		cases.add(HostileCase.of("POST token, no Content-Type", Expected.oauth(400, "invalid_request"),
				(target) -> tokenRequest(target).body(tokenForm(target))));
		cases.add(HostileCase.of("POST token, a JSON body", Expected.oauth(400, "invalid_request"),
				(target) -> tokenRequest(target).json("{\"grant_type\":\"client_credentials\",\"client_id\":\""
						+ target.clientId() + "\",\"client_secret\":\"" + target.clientSecret() + "\"}")));
		cases.add(HostileCase.of("POST token, a multipart form", Expected.oauth(400, "invalid_request"),
				(target) -> tokenRequest(target).contentType("multipart/form-data; boundary=hostile")
					.body(part("grant_type", "client_credentials") + part("client_id", target.clientId())
							+ part("client_secret", target.clientSecret()) + "--hostile--\r\n")));
		return cases.stream();
	}

	private static RawRequest tokenRequest(Target target) {
		return request("POST", Routes.TOKEN, target);
	}

	private static String part(String name, String value) {
		return "--hostile\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
	}

}
