package dev.mfastub.hostile;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.mfastub.hostile.Routes.Route;

/**
 * Hostile paths and query strings on every route. A path id that is not a UUID (too long,
 * SQL or JNDI text, a non-canonical spelling {@link java.util.UUID#fromString} would
 * still read) names nothing: 404 {@code NOT_FOUND}. A path the container must not
 * normalise (encoded or raw {@code ..}, encoded slashes and backslashes, {@code ;}
 * parameters, NUL, invalid UTF-8, double encoding) is a 400 {@code INVALID_REQUEST}. A
 * query parameter with a hostile value is a 400 {@code INVALID_DATA} naming it; one that
 * cannot even be decoded is a 400 too, never a 500.
 *
 * <p>
 * Not here, because they are valid: an upper-case UUID (RFC 9562 reads UUIDs without
 * regard to case), and a filter comparing a quoted string that holds SQL or JNDI text,
 * which matches nobody.
 */
class HostilePathsTest extends HostileRequestTest {

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void shouldRefuseHostilePath(HostileCase hostile) {
		assertRefused(hostile);
	}

	static Stream<HostileCase> cases() {
		List<HostileCase> cases = new ArrayList<>();
		ids(cases, Routes.WITH_ENVIRONMENT, "{env}", "environment id");
		ids(cases, Routes.WITH_USER, "{user}", "user id");
		ids(cases, Routes.WITH_POPULATION, "{population}", "population id");
		ids(cases, Routes.WITH_ROLE, "{role}", "role id");
		ids(cases, Routes.WITH_GROUP, "{group}", "group id");
		ids(cases, Routes.WITH_ORGANIZATION, "{org}", "organization id");
		ids(cases, Routes.WITH_LICENSE, "{license}", "license id");
		traversal(cases);
		query(cases);
		return cases.stream();
	}

	/**
	 * Path ids that are not the canonical spelling of a UUID, in one slot of each route.
	 */
	private static void ids(List<HostileCase> cases, List<Route> routes, String slot, String what) {
		for (Route route : routes) {
			ids(cases, route, slot, what);
		}
	}

	/** Path ids that are not the canonical spelling of a UUID, in one slot of a route. */
	private static void ids(List<HostileCase> cases, Route route, String slot, String what) {
		Id ids = new Id(cases, route, slot, what);
		ids.notFound("not-a-uuid", (id) -> "not-a-uuid");
		ids.notFound("400 characters", (id) -> "a".repeat(400));
		ids.notFound("the id and one more digit", (id) -> id + "0");
		ids.notFound("the id without its last digit", (id) -> id.substring(0, 35));
		ids.notFound("the id with a leading zero dropped", (id) -> id.substring(0, 9) + id.substring(10));
		ids.notFound("the id with + for a leading zero", (id) -> id.substring(0, 9) + "+" + id.substring(10));
		ids.notFound("the id without dashes", (id) -> id.replace("-", ""));
		ids.notFound("the id in braces, encoded", (id) -> "%7B" + id + "%7D");
		ids.notFound("SQL", (id) -> encode("' OR 1=1--"));
		ids.notFound("SQL after the id", (id) -> id + encode("' OR '1'='1"));
		ids.notFound("JNDI without slashes", (id) -> encode("${jndi:ldap:x}"));
		ids.notFound("markup", (id) -> encode("<script>alert(1)</script>").replace("%2F", "-"));
		ids.invalid("JNDI with encoded slashes", (id) -> encode("${jndi:ldap://x/a}"));
		ids.invalid("the id with an encoded NUL", (id) -> id + "%00");
		ids.invalid("the id with a raw NUL", (id) -> id + "\0");
		ids.invalid("invalid UTF-8 %FF", (id) -> "%FF");
		ids.invalid("invalid UTF-8 raw 0xFF", (id) -> id + "\u00ff");
		ids.invalid("raw braces", (id) -> "{" + id + "}");
		ids.invalid("a raw space", (id) -> id.substring(0, 10) + " " + id.substring(10));
		ids.add("40 000 characters", (id) -> "a".repeat(40_000),
				Expected.invalidRequest().or(Expected.status(414, "INVALID_REQUEST")));
	}

	/** Ways to climb out of a route, or to reach it by a path that is not its own. */
	private static void traversal(List<HostileCase> cases) {
		String user = "/v1/environments/{env}/users/{user}";
		String users = "/v1/environments/{env}/users";
		Traversal add = new Traversal(cases);
		// Below the user list
		add.get(users, "/{user}/..%2F{user}/mfaEnabled", "/x/%2e%2e/{user}", "/x/%2E%2E/{user}", "/x/%2e%2e%2f{user}",
				"/x/%252e%252e/{user}", "/x/%252e%252e%252f{user}", "/x/../{user}", "/x/./../{user}", "/./{user}",
				"/..;/{user}", "/x/..;/{user}/mfaEnabled", "/x\\..\\{user}", "//{user}");
		// After a user
		add.get(user, ";jsessionid=hostile/mfaEnabled", "/mfaEnabled;a=b", "\\mfaEnabled", "%5cmfaEnabled",
				"%5c..%5c..%5c", "/%2e", "%2fmfaEnabled", "%252fmfaEnabled", "%00/mfaEnabled",
				"/mfaEnabled%0d%0aX-Hostile:%20yes", "/mfaEnabled\u00c0\u00ae");
		// Elsewhere in a user's path, and on the other routes
		add.get("", "/v1/environments/{env};x=1/users/{user}", "/v1//environments/{env}/users/{user}",
				"/v1/..%2Factuator/health", "/v1/%2e%2e/actuator/health",
				"/v1/environments/{env}/users/{user}/..%2F..%2F..%2F..%2Fv3/api-docs",
				"/__stub/environments/%2e%2e/reset", "/__stub/environments/{env}/..%2F..%2Freset",
				"/__stub/environments/{env}/clock/..", "/__stub/environments/{env}/clock/%2e%2e/events",
				"/{env}/as/..%2Fjwks", "/{env}/as/%2e%2e/as/jwks", "/{env}/as/.well-known/..;/jwks",
				"/{env}/as/.well-known%2Fopenid-configuration");
		cases.add(HostileCase.of("GET mfaEnabled with a trailing slash", Expected.notFound(),
				(target) -> RawRequest.of("GET", target.path(user + "/mfaEnabled/")).bearer(target.token())));
		cases.add(HostileCase.of("GET jwks with a trailing slash", Expected.notFound(),
				(target) -> RawRequest.of("GET", target.path("/{env}/as/jwks/"))));
		cases.add(HostileCase.of("GET mfaEnabled in other case", Expected.notFound(),
				(target) -> RawRequest.of("GET", target.path(user + "/MFAENABLED")).bearer(target.token())));
	}

	/** Hostile query parameters of the user list and the journal. */
	private static void query(List<HostileCase> cases) {
		Query users = new Query(cases, Routes.USERS);
		users.filter("' OR 1=1--");
		users.filter("username eq \"a\" OR 1=1--");
		users.filter("username eq \"a\"; DROP TABLE users--");
		users.filter("username eq \"a\" or 1 eq 1");
		users.filter("${jndi:ldap://x/a}");
		users.filter("username eq ${jndi:ldap://x/a}");
		users.filter("username eq <script>alert(1)</script>");
		users.filter("id eq \"' OR 1=1--\"");
		users.filter("population.id eq \"${jndi:ldap://x/a}\"");
		users.filter("mfaEnabled eq \"true\"");
		users.filter("mfaEnabled eq 1");
		users.filter("username ew \"a\"");
		users.filter("username eq");
		users.filter("username eq \"a\" and");
		users.filter("username eq \"a");
		users.filter("password eq \"x\"");
		users.filter("username eq \"a\"\u0000");
		users.filter("(".repeat(1_000) + "username eq \"a\"" + ")".repeat(1_000));
		users.filter("username eq \"a\" and ".repeat(200) + "username eq \"a\"");
		users.filter("");
		users.value("limit", "limit", encode("' OR 1=1--"), encode("${jndi:ldap://x/a}"), "1e400", "9".repeat(400),
				"-1", "0", "1001", "0x10", "%201", "1.5");
		users.value("cursor", "cursor", encode("' OR 1=1--"), encode("${jndi:ldap://x/a}"), "a".repeat(400),
				"%3Cscript%3E",
				java.util.Base64.getUrlEncoder().encodeToString("' OR 1=1--".getBytes(StandardCharsets.UTF_8)));
		for (String parameter : List.of("filter", "limit", "cursor")) {
			users.undecodable(parameter, "%FF");
			users.undecodable(parameter, "%ZZ");
			users.undecodable(parameter, "%C0%AF");
			users.undecodable(parameter, "%E2%82");
			users.undecodable(parameter, "%");
		}
		Query groups = new Query(cases, Routes.GROUPS);
		groups.filter("' OR 1=1--");
		groups.filter("name eq \"a\"; DROP TABLE identity_groups--");
		groups.filter("name eq ${jndi:ldap://x/a}");
		groups.filter("id eq \"' OR 1=1--\"");
		groups.filter("memberOfGroups[id eq \"${jndi:ldap://x/a}\"]");
		groups.filter("memberOfGroups[id eq \"" + Target.GROUP + "\"");
		groups.filter("memberOfGroups[name eq \"a\"]");
		groups.filter("memberOfGroups");
		groups.filter("name eq \"a\"\u0000");
		groups.filter("(".repeat(1_000) + "name eq \"a\"" + ")".repeat(1_000));
		groups.filter("name eq \"a\" and ".repeat(200) + "name eq \"a\"");
		groups.filter("");
		groups.value("limit", "limit", encode("' OR 1=1--"), "1e400", "9".repeat(400), "-1", "0", "1001");
		groups.value("cursor", "cursor", encode("' OR 1=1--"), "a".repeat(400), "%3Cscript%3E");
		for (String parameter : List.of("filter", "limit", "cursor")) {
			groups.undecodable(parameter, "%FF");
			groups.undecodable(parameter, "%E2%82");
		}
		users.filter("memberOfGroups[id eq \"' OR 1=1--\"]");
		users.filter("memberOfGroups[id eq \"" + Target.GROUP + "\"");
		users.filter("memberOfGroups[id sw \"" + Target.GROUP + "\"]");
		users.filter("memberOfGroups[[id eq \"" + Target.GROUP + "\"]]");
		Query events = new Query(cases, Routes.EVENTS);
		events.value("since", "since", encode("' OR 1=1--"), "9".repeat(400), "-1", "1e400", encode("${jndi:x}"));
		events.value("limit", "limit", "0", "10001", "9".repeat(400), encode("' OR 1=1--"));
		for (String parameter : List.of("since", "limit")) {
			events.undecodable(parameter, "%FF");
			events.undecodable(parameter, "%ZZ");
		}
	}

	static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	/** Ids in one slot of a route; the sandbox's own id is what they mangle. */
	private record Id(List<HostileCase> cases, Route route, String slot, String what) {

		void notFound(String name, UnaryOperator<String> id) {
			add(name, id, Expected.notFound());
		}

		void invalid(String name, UnaryOperator<String> id) {
			add(name, id, Expected.invalidRequest());
		}

		void add(String name, UnaryOperator<String> id, Expected expected) {
			Route route = this.route;
			String slot = this.slot;
			String method = route.methods().contains("GET") ? "GET" : route.methods().iterator().next();
			this.cases.add(
					HostileCase.of(method + " " + route.name() + ", " + this.what + ": " + name, expected, (target) -> {
						String own = switch (slot) {
							case "{env}" -> target.environment();
							case "{user}" -> target.user();
							case "{org}" -> target.organization();
							case "{license}" -> target.license();
							case "{population}" -> target.population();
							default -> Target.ROLE;
						};
						String path = route.path().replace(slot, id.apply(own));
						RawRequest request = RawRequest.of(method,
								target.path(path).getBytes(StandardCharsets.ISO_8859_1));
						if (route.api()) {
							request.bearer(target.token());
						}
						if (route == Routes.TOKEN) {
							request.contentType("application/x-www-form-urlencoded").body(tokenForm(target));
						}
						if (route == Routes.CLOCK_ADVANCE) {
							request.json("{\"duration\":\"PT1S\"}");
						}
						// These routes' one method reads a body: without one, its media
						// type would be refused before the path is read.
						if (route == Routes.DEVICE_NICKNAME) {
							request.json("{\"nickname\":\"Hostile\"}");
						}
						if (route == Routes.DEVICE_AUTHENTICATIONS) {
							request.json("{\"user\":{\"id\":\"" + target.user() + "\"}}");
						}
						return request;
					}));
		}

	}

	/** GETs of paths that climb, or that are a route's path in disguise. */
	private record Traversal(List<HostileCase> cases) {

		/** A GET of each path: the base with one of the tails after it. */
		void get(String base, String... tails) {
			for (String tail : tails) {
				get(base + tail);
			}
		}

		private void get(String path) {
			String shown = path.replace("\u00c0\u00ae", "\\xC0\\xAE");
			this.cases.add(HostileCase.of("GET " + shown, Expected.invalidRequest(),
					(target) -> RawRequest.of("GET", target.path(path).getBytes(StandardCharsets.ISO_8859_1))
						.bearer(target.token())));
		}

	}

	/** Query parameters of one GET route. */
	private record Query(List<HostileCase> cases, Route route) {

		void filter(String filter) {
			String shown = (filter.length() > 60) ? filter.substring(0, 40) + "...(" + filter.length() + " chars)"
					: filter.replace("\u0000", "\\0");
			add("filter=" + shown, "filter=" + encode(filter), Expected.invalidFilter());
		}

		void value(String parameter, String target, String... values) {
			for (String value : values) {
				String shown = (value.length() > 60) ? value.substring(0, 40) + "...(" + value.length() + " chars)"
						: value;
				add(parameter + "=" + shown, parameter + "=" + value, Expected.invalidData(target));
			}
		}

		void undecodable(String parameter, String value) {
			add(parameter + "=" + value + " (cannot be decoded)", parameter + "=" + value,
					Expected.invalidData(parameter).or(Expected.invalidRequest()));
		}

		private void add(String name, String query, Expected expected) {
			Route route = this.route;
			this.cases.add(HostileCase.of("GET " + route.name() + "?" + name, expected,
					(target) -> request("GET", route, target).query(query)));
		}

	}

}
