package dev.mfastub.hostile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.mfastub.support.StubTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every path of the served OpenAPI document is in the hostile corpus, the Postman
 * collection and the README's API reference: a new endpoint cannot join one and be
 * forgotten by the others.
 */
class ApiCoverageTest extends StubTest {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final Pattern README_ROUTE = Pattern
		.compile("(?:GET|POST|PUT|PATCH|DELETE)(?:`, `(?:GET|POST|PUT|PATCH|DELETE))* (/[^` ]*)`");

	/**
	 * Resetting the whole store would undo the other folders' setup: the collection
	 * leaves it out.
	 */
	private static final Set<String> NOT_IN_POSTMAN = Set.of("/__stub/reset");

	@Test
	void shouldHaveEveryDocumentedPathInTheHostileCorpusPostmanAndTheReadme() throws IOException {
		Set<String> documented = new TreeSet<>();
		MAPPER.readTree(anonymous().get("/v3/api-docs").asString())
			.get("paths")
			.propertyNames()
			.forEach((path) -> documented.add(shape(path)));

		Set<String> hostile = new HashSet<>();
		Routes.ALL.forEach((route) -> hostile.add(shape(route.path())));
		Set<String> postman = new HashSet<>();
		collect(MAPPER.readTree(Files.readString(Path.of("postman/pingone-mfa-stub.postman_collection.json"))),
				postman);
		Set<String> readme = new HashSet<>();
		Matcher routes = README_ROUTE.matcher(Files.readString(Path.of("README.md")));
		while (routes.find()) {
			readme.add(shape(routes.group(1)));
		}

		assertThat(documented).isNotEmpty();
		assertThat(hostile).as("the hostile corpus's routes").containsAll(documented);
		assertThat(readme).as("the README's API reference").containsAll(documented);
		Set<String> inPostman = new TreeSet<>(documented);
		inPostman.removeAll(NOT_IN_POSTMAN);
		assertThat(postman).as("the Postman collection's requests").containsAll(inPostman);
	}

	private static void collect(JsonNode node, Set<String> paths) {
		if (node.has("item")) {
			node.get("item").forEach((item) -> collect(item, paths));
		}
		else if (node.has("request")) {
			String raw = node.get("request").get("url").get("raw").asString();
			paths.add(shape(raw.replace("{{apiPath}}", "/v1").replace("{{authPath}}", "")));
		}
	}

	/** A path with its query gone and each variable, of any spelling, as {@code {}}. */
	private static String shape(String path) {
		String withoutQuery = path.split("\\?", 2)[0];
		return withoutQuery.replaceAll("\\{\\{[^}]*\\}\\}", "{}").replaceAll("\\{[^}]*\\}", "{}");
	}

}
