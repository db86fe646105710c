package dev.mfastub.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.mfastub.hostile.Routes.Route;

/**
 * Every method a route does not have, on every route: the usual ones, TRACE, OPTIONS
 * without any CORS headers, WebDAV's PROPFIND and a made-up FOO. Each is a 405
 * {@code INVALID_REQUEST} whose {@code Allow} names exactly the route's methods (HEAD and
 * OPTIONS aside). Methods that may carry a body send an accepted-looking JSON one, so the
 * method is the only thing wrong.
 */
class HostileMethodsTest extends HostileRequestTest {

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void shouldRefuseMethodTheRouteDoesNotHave(HostileCase hostile) {
		assertRefused(hostile);
	}

	static Stream<HostileCase> cases() {
		List<HostileCase> cases = new ArrayList<>();
		for (Route route : Routes.ALL) {
			for (String method : Routes.METHODS) {
				if (route.methods().contains(method)) {
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
