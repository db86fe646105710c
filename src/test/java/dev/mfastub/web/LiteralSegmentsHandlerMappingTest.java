package dev.mfastub.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.mfastub.support.StubTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.http.server.PathContainer;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stub's request mappings pass over routes by their literal segments and choose what
 * Spring MVC's own would: the same route, or the same refusal, for requests made from
 * every route of the stub and for paths around them; and no pattern Spring matches is
 * ever passed over.
 */
class LiteralSegmentsHandlerMappingTest extends StubTest {

	private static final String[] METHODS = { "GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD" };

	private static final String[] VALUES = { "x", "7e94b96e-0364-463b-a059-d97d1e4cb1d5", "%75sers", "users", "a;b=c",
			"A", "", "%2F", "v1" };

	/** Patterns of the kinds Spring allows beside the stub's own. */
	private static final List<String> OTHER_PATTERNS = List.of("/a/b/**", "/a/{*rest}", "/a/*/c", "/a/{x}.json",
			"/x/{id:\\d+}/y", "/a/b/", "/", "/a//b", "/A/b", "/a/b*/c", "/a/?/c", "/**", "/{x}/{y}/z");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Autowired
	private ApplicationContext context;

	@Test
	void shouldChooseWhatSpringMvcChoosesForEveryRouteOfTheStub() throws Exception {
		assertThat(this.mappings).isInstanceOf(LiteralSegmentsHandlerMapping.class);
		RequestMappingHandlerMapping stock = new RequestMappingHandlerMapping();
		stock.setContentNegotiationManager(this.mappings.getContentNegotiationManager());
		stock.setApplicationContext(this.context);
		for (Map.Entry<RequestMappingInfo, HandlerMethod> route : this.mappings.getHandlerMethods().entrySet()) {
			stock.registerMapping(route.getKey(), route.getValue().getBean(), route.getValue().getMethod());
		}
		Set<String> paths = paths(patterns());
		int compared = 0;
		for (String path : paths) {
			for (String method : METHODS) {
				for (String contentType : new String[] { null, "application/json",
						"application/vnd.pingidentity.password.check+json" }) {
					assertThat(outcome(this.mappings, method, path, contentType))
						.as("%s %s (%s)", method, path, contentType)
						.isEqualTo(outcome(stock, method, path, contentType));
					compared++;
				}
			}
		}
		assertThat(compared).isGreaterThan(10_000);
	}

	@Test
	void shouldNeverPassOverAPatternThatMatches() {
		List<String> patterns = new ArrayList<>(patterns());
		patterns.addAll(OTHER_PATTERNS);
		Set<String> paths = paths(patterns);
		PathPatternParser parser = new PathPatternParser();
		int matched = 0;
		for (String pattern : patterns) {
			PathPattern parsed = parser.parse(pattern);
			LiteralSegmentsHandlerMapping.Shape shape = LiteralSegmentsHandlerMapping.shape(pattern);
			for (String path : paths) {
				PathContainer container = PathContainer.parsePath(path);
				if (parsed.matches(container)) {
					matched++;
					assertThat(LiteralSegmentsHandlerMapping.mayMatch(List.of(shape),
							LiteralSegmentsHandlerMapping.segments(container)))
						.as("%s against %s", pattern, path)
						.isTrue();
				}
			}
		}
		assertThat(matched).isGreaterThan(patterns.size());
	}

	private List<String> patterns() {
		return this.mappings.getHandlerMethods()
			.keySet()
			.stream()
			.flatMap((info) -> info.getPathPatternsCondition().getPatterns().stream())
			.map(PathPattern::getPatternString)
			.distinct()
			.toList();
	}

	/** Each pattern with its variables filled in several ways, and paths around it. */
	private static Set<String> paths(List<String> patterns) {
		Set<String> paths = new LinkedHashSet<>();
		for (String pattern : patterns) {
			for (String value : VALUES) {
				String path = pattern.replaceAll("\\{\\*[^}]*\\}", value + "/" + value)
					.replaceAll("\\{[^}]*\\}", value)
					.replace("**", value + "/" + value)
					.replace("*", value)
					.replace("?", "q");
				paths.add(path);
				paths.add(path + "/");
				paths.add(path + "/" + value);
				paths.add(path.toUpperCase(java.util.Locale.ROOT));
				int last = path.lastIndexOf('/');
				if (last > 0) {
					paths.add(path.substring(0, last));
				}
			}
		}
		paths.add("/");
		paths.removeIf((path) -> !path.startsWith("/"));
		return paths;
	}

	private static String outcome(RequestMappingHandlerMapping mappings, String method, String path,
			String contentType) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		if (contentType != null) {
			request.setContentType(contentType);
		}
		if ("OPTIONS".equals(method)) {
			request.addHeader("Origin", "https://app.example");
			request.addHeader("Access-Control-Request-Method", "PUT");
		}
		ServletRequestPathUtils.parseAndCache(request);
		try {
			HandlerExecutionChain chain = mappings.getHandler(request);
			if (chain == null) {
				return "none";
			}
			return (chain.getHandler() instanceof HandlerMethod handler) ? handler.toString()
					: chain.getHandler().getClass().getName();
		}
		catch (Exception ex) {
			return ex.getClass().getSimpleName() + ": " + ex.getMessage();
		}
	}

}
