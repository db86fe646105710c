package dev.mfastub.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile token requests: forms that cannot be decoded (invalid percent-encoding, invalid
 * UTF-8, a parameter without a name), SQL and JNDI lookalikes in every parameter, and
 * Basic credentials that are not Basic credentials. Each is the RFC 6749 error the README
 * documents, in RFC 6749's shape: {@code invalid_request} for a request that cannot be
 * read, {@code invalid_client} for credentials that are no app's,
 * {@code unsupported_grant_type} and {@code invalid_scope} for values nobody grants.
 */
class HostileTokenRequestsTest extends HostileRequestTest {

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void shouldRefuseHostileTokenRequest(HostileCase hostile) {
		assertRefused(hostile);
	}

	static Stream<HostileCase> cases() {
		List<HostileCase> cases = new ArrayList<>();
		Expected invalidRequest = Expected.oauth(400, "invalid_request");
		Expected invalidClient = Expected.oauth(401, "invalid_client");
		Expected unreadable = invalidRequest.or(invalidClient);

		form(cases, "client_id with invalid percent-encoding %ZZ", invalidRequest,
				(target) -> "grant_type=client_credentials&client_id=%ZZ&client_secret=" + target.clientSecret());
		form(cases, "client_id with invalid UTF-8 %FF", invalidRequest,
				(target) -> "grant_type=client_credentials&client_id=%FF&client_secret=" + target.clientSecret());
		form(cases, "client_id with overlong UTF-8 %C0%AF", invalidRequest,
				(target) -> "grant_type=client_credentials&client_id=%C0%AF&client_secret=" + target.clientSecret());
		form(cases, "client_secret with a truncated escape %E2%8", invalidRequest,
				(target) -> "grant_type=client_credentials&client_id=" + target.clientId() + "&client_secret=%E2%8");
		form(cases, "grant_type with a lone %", invalidRequest,
				(target) -> "grant_type=%&client_id=" + target.clientId() + "&client_secret=" + target.clientSecret());
		formBytes(cases, "a raw 0xFF byte", invalidRequest,
				(target) -> Bytes
					.concat(("grant_type=client_credentials&client_secret=" + target.clientSecret() + "&client_id=")
						.getBytes(StandardCharsets.UTF_8), new byte[] { (byte) 0xFF }));
		form(cases, "a parameter without a name", invalidRequest, (target) -> "=hostile&" + tokenForm(target));
		form(cases, "a parameter without a name or value", invalidRequest, (target) -> tokenForm(target) + "&=");
		form(cases, "30 000 ampersands", unreadable, (target) -> "&".repeat(30_000));
		form(cases, "a UTF-8 byte-order mark before the form", unreadable, (target) -> "\ufeff" + tokenForm(target));

		Expected unsupported = Expected.oauth(400, "unsupported_grant_type");
		for (String grant : List.of("%24%7Bjndi%3Aldap%3A%2F%2Fx%2Fa%7D", "%27%20OR%201%3D1--", "client_credentials%00",
				"client_credentials%0D%0A", "client_credentials%20", "%3Cscript%3E")) {
			form(cases, "grant_type=" + grant, unsupported, (target) -> "grant_type=" + grant + "&client_id="
					+ target.clientId() + "&client_secret=" + target.clientSecret());
		}
		for (String clientId : List.of("%27%20OR%201%3D1--", "%24%7Bjndi%3Aldap%3A%2F%2Fx%2Fa%7D", "a".repeat(60_000),
				"%00", "%3Cscript%3Ealert(1)%3C%2Fscript%3E")) {
			String shown = (clientId.length() > 60) ? "60 000 characters" : clientId;
			form(cases, "client_id=" + shown, invalidClient, (target) -> "grant_type=client_credentials&client_id="
					+ clientId + "&client_secret=" + target.clientSecret());
		}
		for (String secret : List.of("%27%20OR%20%271%27%3D%271", "%24%7Bjndi%3Aldap%3A%2F%2Fx%2Fa%7D", "%00")) {
			form(cases, "client_secret=" + secret, invalidClient, (target) -> "grant_type=client_credentials&client_id="
					+ target.clientId() + "&client_secret=" + secret);
		}
		for (String scope : List.of("p1%3A%24%7Bjndi%3Aldap%3A%2F%2Fx%2Fa%7D", "p1%3Aread%3Auser%27%20OR%201%3D1--",
				"p1%3Aread%3Auser%00")) {
			form(cases, "scope=" + scope, Expected.oauth(400, "invalid_scope"),
					(target) -> tokenForm(target) + "&scope=" + scope);
		}

		basic(cases, "not Base64", invalidClient, (target) -> "Basic %%%");
		basic(cases, "nothing after Basic", invalidClient, (target) -> "Basic ");
		basic(cases, "20 000 characters", invalidClient, (target) -> "Basic " + "A".repeat(20_000));
		basic(cases, "invalid UTF-8 credentials", invalidClient, (target) -> "Basic "
				+ Base64.getEncoder().encodeToString(new byte[] { (byte) 0xFF, ':', (byte) 0xFE }));
		basic(cases, "NUL in the credentials", invalidClient,
				(target) -> "Basic " + encode(target.clientId() + "\0:" + target.clientSecret()));
		basic(cases, "invalid percent-encoding in the credentials", invalidClient,
				(target) -> "Basic " + encode("%ZZ:%FF"));
		basic(cases, "SQL as the client id", invalidClient,
				(target) -> "Basic " + encode("' OR 1=1--:" + target.clientSecret()));
		basic(cases, "JNDI as the secret", invalidClient,
				(target) -> "Basic " + encode(target.clientId() + ":${jndi:ldap://x/a}"));
		basic(cases, "a bearer token instead", invalidClient, (target) -> "Bearer " + target.token());
		return cases.stream();
	}

	private static void form(List<HostileCase> cases, String name, Expected expected, Function<Target, String> form) {
		formBytes(cases, name, expected, (target) -> form.apply(target).getBytes(StandardCharsets.UTF_8));
	}

	private static void formBytes(List<HostileCase> cases, String name, Expected expected,
			Function<Target, byte[]> form) {
		cases.add(HostileCase.of("POST token, " + name, expected,
				(target) -> request("POST", Routes.TOKEN, target).contentType("application/x-www-form-urlencoded")
					.body(form.apply(target))));
	}

	private static void basic(List<HostileCase> cases, String name, Expected expected,
			Function<Target, String> authorization) {
		cases.add(HostileCase.of("POST token, Authorization: " + name, expected,
				(target) -> request("POST", Routes.TOKEN, target).contentType("application/x-www-form-urlencoded")
					.header("Authorization", authorization.apply(target))
					.body("grant_type=client_credentials")));
	}

	private static String encode(String credentials) {
		return Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
	}

}
