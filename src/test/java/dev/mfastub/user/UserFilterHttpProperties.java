package dev.mfastub.user;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import dev.mfastub.support.ForAll;
import dev.mfastub.support.JsonDocument;
import dev.mfastub.support.RandomText;
import dev.mfastub.support.Sandbox;
import dev.mfastub.support.SandboxTest;
import dev.mfastub.user.UserFilterGrammar.And;
import dev.mfastub.user.UserFilterGrammar.Comparison;
import dev.mfastub.user.UserFilterGrammar.Condition;
import dev.mfastub.user.UserFilterGrammar.Or;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list filter over HTTP, on users made to trip case folding, {@code LIKE} wildcards
 * and quoting: a generated filter lists exactly the users the README's rules select
 * (decided here from what the filter means), and any string at all as {@code filter} is
 * answered 200 or with the documented 400, never a server error.
 */
class UserFilterHttpProperties extends SandboxTest {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final int TRIES = 100;

	/** The sandbox's default population; the other one is made through the API. */
	private static final UUID POPULATION_A = UUID.fromString("a1a1a1a1-0000-4000-8000-000000000001");

	/**
	 * Usernames that share prefixes, differ only in case, or hold wildcard characters.
	 */
	private static final List<String> USERNAMES = List.of("ada", "Ada.Lovelace", "ada_%x", "ad%a", "ad_a", "adXa",
			"a\\b", "a\\\\b", "a\"q", "grace", "GRACE.hopper", "gr ace", "zoë", "ZOË.x", "Émile", "émile2", "ärger",
			"100%", "100_", "1000", "x'y", "(paren)", "ada lovelace", "Ada-Lovelace");

	/**
	 * Values for the other text attributes, shared, cased and wildcarded the same way.
	 */
	private static final List<String> TEXTS = List.of("Ada", "ada", "ADA lovelace", "Grace", "grä%ce", "O'Brien",
			"Émile", "x_y", "+1 555 0100", "+15550100", "Springfield", "springfield north");

	private static final List<String> EMAILS = List.of("Ada@Example.com", "ada_x@example.com", "a%b@example.com",
			"aXb@example.com", "grace@EXAMPLE.org", "grace.h@example.org", "zoe+tag@example.com",
			"ZOE+TAG2@example.com");

	@Test
	void shouldListExactlyTheUsersAGeneratedFilterSelects() {
		Sandbox sandbox = sandbox("{\"populationId\":\"" + POPULATION_A + "\"}");
		List<KnownUser> users = createUsers(sandbox, new Random(USERNAMES.hashCode()));
		FilterGenerator.Values values = new KnownValues(users);

		ForAll.check(TRIES, (random) -> FilterGenerator.filter(random, values, 3), (filter) -> {
			Response response = api(sandbox).queryParam("filter", filter.text())
				.queryParam("limit", 1000)
				.get(sandbox.users());

			assertThat(response.statusCode()).as("status of %s", response.asString()).isEqualTo(200);
			Set<String> expected = new TreeSet<>();
			for (KnownUser user : users) {
				if (matches(filter.condition(), user)) {
					expected.add(user.id().toString());
				}
			}
			JsonDocument json = JsonDocument.of(response);
			assertThat(new TreeSet<>(json.getList("_embedded.users.id", String.class))).as("the users %s lists", filter)
				.isEqualTo(expected);
			assertThat(json.getInt("count")).isEqualTo(expected.size());
		});
	}

	@Test
	void shouldAnswerAnyFilterWithTheListOrTheFilterError() {
		Sandbox sandbox = sandbox("{\"users\":[{\"username\":\"ada\"},{\"username\":\"grace\"}]}");

		ForAll.check(TRIES, (random) -> switch (random.nextInt(3)) {
			case 0 -> RandomText.of(random, 40, RandomText.SYNTAX);
			case 1 -> UserFilterProperties.tokenSoup(random);
			default -> UserFilterProperties.corrupted(random);
		}, (filter) -> {
			Response response = api(sandbox).queryParam("filter", filter).get(sandbox.users());

			assertThat(response.statusCode()).as("status of %s", response.asString()).isIn(200, 400);
			if (response.statusCode() == 400) {
				assertThat(response.contentType()).isEqualTo("application/json");
				assertThat(JsonDocument.of(response).getString("id")).isEqualTo(response.header("Correlation-Id"));
				assertThat(JsonDocument.of(response).getString("code")).isEqualTo("INVALID_DATA");
				assertThat(JsonDocument.of(response).getList("details")).hasSize(1);
				assertThat(JsonDocument.of(response).getString("details[0].code")).isEqualTo("INVALID_FILTER");
				assertThat(JsonDocument.of(response).getString("details[0].target")).isEqualTo("filter");
			}
		});
	}

	// --- The README's rules, applied to known users ---

	/**
	 * Whether a user satisfies a condition: {@code username} and {@code email} compared
	 * ignoring case ({@code sw}: starts with), the others exactly.
	 */
	static boolean matches(Condition condition, KnownUser user) {
		if (condition instanceof Or or) {
			return matches(or.left(), user) || matches(or.right(), user);
		}
		if (condition instanceof And and) {
			return matches(and.left(), user) && matches(and.right(), user);
		}
		Comparison comparison = (Comparison) condition;
		return switch (comparison.field()) {
			case "usernameKey" -> compare(user.username(), comparison);
			case "email" -> user.email() != null && compare(user.email(), comparison);
			case "givenName", "familyName", "mobilePhone", "externalId", "locality", "lifecycleStatus" -> {
				String value = user.texts().get(comparison.field());
				yield value != null && compare(value, comparison);
			}
			case "id" -> user.id().equals(comparison.value());
			case "populationId" -> user.populationId().equals(comparison.value());
			case "mfaEnabled" -> comparison.value().equals(user.mfaEnabled());
			case "enabled" -> comparison.value().equals(true);
			default -> throw new IllegalStateException("No rule for " + comparison);
		};
	}

	private static boolean compare(String actual, Comparison comparison) {
		String folded = actual.toLowerCase(Locale.ROOT);
		String value = (String) comparison.value();
		return switch (comparison.operator()) {
			case "sw" -> folded.startsWith(value);
			case "ew" -> folded.endsWith(value);
			case "co" -> folded.contains(value);
			default -> folded.equals(value);
		};
	}

	private List<KnownUser> createUsers(Sandbox sandbox, Random random) {
		UUID populationB = UUID.fromString(
				JsonDocument
					.of(api(sandbox).contentType("application/json")
						.body("{\"name\":\"B\"}")
						.post("/v1/environments/" + sandbox.id() + "/populations")
						.then()
						.statusCode(201)
						.extract())
					.getString("id"));
		List<KnownUser> users = new ArrayList<>();
		for (int i = 0; i < USERNAMES.size(); i++) {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("username", USERNAMES.get(i));
			String email = (i < EMAILS.size()) ? EMAILS.get(i) : null;
			if (email != null) {
				body.put("email", email);
			}
			boolean mfaEnabled = random.nextBoolean();
			body.put("mfaEnabled", mfaEnabled);
			Map<String, String> texts = new LinkedHashMap<>();
			texts.put("givenName", someText(random));
			texts.put("familyName", someText(random));
			texts.put("mobilePhone", random.nextBoolean() ? "+1 555 01" + i : null);
			texts.put("externalId", someText(random));
			texts.put("locality", someText(random));
			texts.put("lifecycleStatus", "ACCOUNT_OK");
			Map<String, Object> name = new LinkedHashMap<>();
			if (texts.get("givenName") != null) {
				name.put("given", texts.get("givenName"));
			}
			if (texts.get("familyName") != null) {
				name.put("family", texts.get("familyName").replace("%", "").replace("_", "").replace("+", ""));
				texts.put("familyName", (String) name.get("family"));
			}
			if (!name.isEmpty()) {
				body.put("name", name);
			}
			if (texts.get("mobilePhone") != null) {
				body.put("mobilePhone", texts.get("mobilePhone"));
			}
			if (texts.get("externalId") != null) {
				body.put("externalId", texts.get("externalId"));
			}
			if (texts.get("locality") != null) {
				body.put("address", Map.of("locality", texts.get("locality")));
			}
			UUID population = List.of(POPULATION_A, populationB).get(random.nextInt(2));
			if (i % 3 != 0) {
				body.put("population", Map.of("id", population));
			}
			Response created = api(sandbox).contentType("application/json")
				.body(MAPPER.writeValueAsString(body))
				.post(sandbox.users());
			assertThat(created.statusCode()).as("creating %s: %s", body, created.asString()).isEqualTo(201);
			JsonDocument createdJson = JsonDocument.of(created);
			users.add(new KnownUser(UUID.fromString(createdJson.get("id")), USERNAMES.get(i), email,
					UUID.fromString(createdJson.get("population.id")), mfaEnabled, texts));
		}
		return users;
	}

	private static String someText(Random random) {
		return (random.nextInt(4) == 0) ? null : TEXTS.get(random.nextInt(TEXTS.size()));
	}

	/**
	 * A user the test created.
	 *
	 * @param id its id
	 * @param username its username
	 * @param email its email, or {@code null}
	 * @param populationId its population
	 * @param mfaEnabled whether MFA is enabled
	 * @param texts the other text attributes, by entity field, {@code null} when not set
	 */
	record KnownUser(UUID id, String username, String email, UUID populationId, boolean mfaEnabled,
			Map<String, String> texts) {

	}

	/**
	 * Comparison values mostly taken from the known users, whole or cut short, in a
	 * random mix of cases, so filters select some users and not others.
	 */
	private record KnownValues(List<KnownUser> users) implements FilterGenerator.Values {

		@Override
		public String username(Random random) {
			return caseMixed(random, pieceOf(random, this.users.get(random.nextInt(this.users.size())).username()));
		}

		@Override
		public String email(Random random) {
			List<String> emails = this.users.stream().map(KnownUser::email).filter((email) -> email != null).toList();
			return caseMixed(random, pieceOf(random, emails.get(random.nextInt(emails.size()))));
		}

		@Override
		public String text(String attribute, Random random) {
			if ("lifecycle.status".equals(attribute)) {
				return caseMixed(random, random.nextBoolean() ? "ACCOUNT_OK" : "VERIFICATION_REQUIRED");
			}
			return caseMixed(random, pieceOf(random, TEXTS.get(random.nextInt(TEXTS.size()))));
		}

		@Override
		public UUID id(Random random) {
			return (random.nextInt(5) == 0) ? UUID.randomUUID()
					: this.users.get(random.nextInt(this.users.size())).id();
		}

		@Override
		public UUID populationId(Random random) {
			return (random.nextInt(5) == 0) ? UUID.randomUUID()
					: this.users.get(random.nextInt(this.users.size())).populationId();
		}

		private static String pieceOf(Random random, String value) {
			return switch (random.nextInt(5)) {
				case 0, 1 -> value;
				case 2 -> value.substring(0, random.nextInt(value.length() + 1));
				case 3 -> value.substring(random.nextInt(value.length() + 1));
				default -> FilterGenerator.text(random);
			};
		}

		private static String caseMixed(Random random, String value) {
			StringBuilder mixed = new StringBuilder();
			for (char c : value.toCharArray()) {
				mixed.append(switch (random.nextInt(3)) {
					case 0 -> Character.toUpperCase(c);
					case 1 -> Character.toLowerCase(c);
					default -> c;
				});
			}
			return mixed.toString();
		}

	}

}
