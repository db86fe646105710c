package dev.mfastub.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.mfastub.support.RawHttp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mfastub.hostile.Routes.Route;

/**
 * Every method a route does not have, on every route: the usual ones, TRACE, WebDAV's
 * PROPFIND and a made-up FOO. Each is a 405 {@code INVALID_REQUEST} whose {@code Allow}
 * names exactly the route's methods (HEAD and OPTIONS aside). Methods that may carry a
 * body send an accepted-looking JSON one, so the method is the only thing wrong. OPTIONS
 * (without CORS headers) is not wrong anywhere: it asks which methods a route has, and
 * gets the same {@code Allow} with a 200 and no body (RFC 9110 section 9.3.7).
 */
class HostileMethodsTest extends HostileRequestTest {

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void shouldRefuseMethodTheRouteDoesNotHave(HostileCase hostile) {
		assertRefused(hostile);
	}

	@ParameterizedTest(name = "OPTIONS {0}")
	@MethodSource("routes")
	void shouldAnswerOptionsWithTheRoutesMethods(Route route) {
		RawHttp.Answer response = request("OPTIONS", route, target()).exchange(this.port);

		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.body()).isEmpty();
		Set<String> allowed = new TreeSet<>();
		for (String method : response.header("Allow").orElse(null).split(",")) {
			allowed.add(method.trim());
		}
		allowed.removeAll(Set.of("HEAD", "OPTIONS"));
		assertThat(allowed).isEqualTo(new TreeSet<>(route.methods()));
		assertThat(response.header("X-Content-Type-Options").orElse(null)).isEqualTo("nosniff");
	}

	static Stream<Route> routes() {
		return Routes.ALL.stream();
	}

	static Stream<HostileCase> cases() {
		List<HostileCase> cases = new ArrayList<>();
		for (Route route : Routes.ALL) {
			for (String method : Routes.METHODS) {
				if (route.methods().contains(method) || method.equals("OPTIONS")) {
					continue;
				}
				boolean body = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
				cases.add(HostileCase.of(method + " " + route.name() + " (" + route.path() + ")",
						Expected.methodNotAllowed(route.methods()), (target) -> {
							RawRequest request = request(method, route, target);
							return body ? request.json("{}") : request;
						}));
			}
		}
		return cases.stream();
	}

}
