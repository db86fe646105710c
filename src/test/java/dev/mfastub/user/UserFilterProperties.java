package dev.mfastub.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.mfastub.support.ForAll;
import dev.mfastub.support.RandomText;
import dev.mfastub.user.FilterGenerator.Filter;
import dev.mfastub.user.FilterGenerator.Token;
import dev.mfastub.web.ApiException;
import dev.mfastub.web.ErrorDetail;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Properties of the list filter parser: every filter the README's grammar allows parses
 * to the condition its text means; anything at all, and every corruption of a valid
 * filter, is either a filter or refused with the one documented answer (a 400
 * {@code INVALID_DATA} with one {@code INVALID_FILTER} detail on {@code filter}), never
 * with another exception.
 */
class UserFilterProperties {

	@Test
	void shouldParseEveryFilterOfTheGrammarToWhatItsTextMeans() {
		ForAll.check((random) -> FilterGenerator.filter(random, FilterGenerator.RANDOM, 6), (filter) -> {
			assertThat(filter.text()).hasSizeLessThanOrEqualTo(UserFilterGrammar.MAX_LENGTH);

			assertThat(UserFilterGrammar.parse(filter.text())).isEqualTo(filter.condition());
		});
	}

	@Test
	void shouldParseAComparisonInUpTo32ParenthesesAndRefuseDeeperNesting() {
		ForAll.check((random) -> {
			Filter comparison = FilterGenerator.comparison(random, FilterGenerator.RANDOM);
			int depth = 1 + random.nextInt(40);
			return new Nested(comparison, depth, "(".repeat(depth) + comparison.text() + ")".repeat(depth));
		}, (nested) -> {
			if (nested.depth() <= UserFilterGrammar.MAX_DEPTH) {
				assertThat(UserFilterGrammar.parse(nested.text())).isEqualTo(nested.comparison().condition());
			}
			else {
				assertRefused(nested.text(), "The filter nests parentheses deeper than 32.");
			}
		});
	}

	@Test
	void shouldRefuseOnlyFiltersLongerThan2048Characters() {
		ForAll.check((random) -> 15 + random.nextInt(3000), (length) -> {
			String filter = "username eq \"" + "a".repeat(length - 14) + "\"";
			assertThat(filter).hasSize(length);

			if (length <= UserFilterGrammar.MAX_LENGTH) {
				assertThat(UserFilterGrammar.parse(filter))
					.isEqualTo(new UserFilterGrammar.Comparison("usernameKey", "eq", "a".repeat(length - 14), false));
			}
			else {
				assertRefused(filter, "The filter is longer than 2048 characters.");
			}
		});
	}

	@Test
	void shouldParseOrRefuseAnyTextWithTheFilterErrorOnly() {
		ForAll.check((random) -> RandomText.of(random, 60, RandomText.SYNTAX), UserFilterProperties::parsesOrIsRefused);
	}

	@Test
	void shouldParseOrRefuseAnySequenceOfFilterTokensWithTheFilterErrorOnly() {
		ForAll.check(UserFilterProperties::tokenSoup, UserFilterProperties::parsesOrIsRefused);
	}

	@Test
	void shouldParseOrRefuseEveryCorruptionOfAValidFilterWithTheFilterErrorOnly() {
		ForAll.check(UserFilterProperties::corrupted, UserFilterProperties::parsesOrIsRefused);
	}

	@Test
	void shouldRefuseLongAndDeeplyNestedTextsWithTheFilterErrorOnly() {
		ForAll.check(200, (random) -> {
			String unit = List.of("(", "((", "( (", "(username eq \"a\" or ", "username eq \"a\" and (", ")", "\"")
				.get(random.nextInt(7));
			return unit.repeat(random.nextInt(3000 / unit.length()));
		}, UserFilterProperties::parsesOrIsRefused);
	}

	/** Either a filter, or the one documented refusal: nothing else may come out. */
	static void parsesOrIsRefused(String text) {
		Throwable thrown = catchThrowable(() -> UserFilterGrammar.parse(text));
		if (thrown != null) {
			assertFilterError(thrown, text);
		}
	}

	private static void assertRefused(String text, String message) {
		Throwable thrown = catchThrowable(() -> UserFilterGrammar.parse(text));
		assertFilterError(thrown, text);
		assertThat(((ApiException) thrown).details().get(0).message()).isEqualTo(message);
	}

	private static void assertFilterError(Throwable thrown, String text) {
		assertThat(thrown).as("what parsing %s threw", text).isExactlyInstanceOf(ApiException.class);
		ApiException refusal = (ApiException) thrown;
		assertThat(refusal.status()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refusal.code()).isEqualTo("INVALID_DATA");
		assertThat(refusal.details()).hasSize(1);
		ErrorDetail detail = refusal.details().get(0);
		assertThat(detail.code()).isEqualTo("INVALID_FILTER");
		assertThat(detail.target()).isEqualTo("filter");
		assertThat(detail.message()).isNotBlank().endsWith(".");
		if (detail.innerError() != null) {
			// Only the hints a filter refusal gives: which attributes, or which
			// operators.
			assertThat(detail.innerError()).hasAllNullFieldsOrPropertiesExcept("supportedAttributes",
					"supportedOperators");
		}
	}

	// --- Generators ---

	private static final List<String> VOCABULARY = List.of("username", "email", "id", "population.id", "mfaEnabled",
			"enabled", "name", "population", "name.given", "name.family", "mobilePhone", "lifecycle.status", "address",
			"address.locality", "memberOfGroups", "[", "]", "eq", "sw", "EQ", "Sw", "co", "ew", "Ew", "ne", "gt", "pr",
			"and", "or", "AND", "Or", "not", "true", "false", "TRUE", "null", "(", ")", "\"ada\"", "\"\"", "\"a\\\"b\"",
			"\"a\\\\\"", "\"" + UUID.randomUUID() + "\"", "\"not-a-uuid\"", "\"", "\\", "42", "-1", "1e3", ".", "_",
			"username.x");

	/** Words, values, keywords and parentheses in any order. */
	static String tokenSoup(Random random) {
		List<Token> tokens = new ArrayList<>();
		int count = 1 + random.nextInt(12);
		for (int i = 0; i < count; i++) {
			String text = VOCABULARY.get(random.nextInt(VOCABULARY.size()));
			tokens.add(new Token(text, Character.isLetterOrDigit(text.charAt(0)) || text.charAt(0) == '.'));
		}
		return FilterGenerator.render(random, tokens);
	}

	/** A valid filter with one token dropped, doubled, swapped, replaced or cut. */
	static String corrupted(Random random) {
		Filter filter = FilterGenerator.filter(random, FilterGenerator.RANDOM, 4);
		List<Token> tokens = new ArrayList<>(filter.tokens());
		int at = random.nextInt(tokens.size());
		switch (random.nextInt(7)) {
			case 0 -> tokens.remove(at);
			case 1 -> tokens.add(at, tokens.get(at));
			case 2 -> {
				int other = random.nextInt(tokens.size());
				Token swapped = tokens.get(at);
				tokens.set(at, tokens.get(other));
				tokens.set(other, swapped);
			}
			case 3 -> {
				String text = VOCABULARY.get(random.nextInt(VOCABULARY.size()));
				tokens.set(at, new Token(text, Character.isLetterOrDigit(text.charAt(0))));
			}
			case 4 -> tokens.add(random.nextBoolean() ? 0 : tokens.size(),
					new Token(random.nextBoolean() ? "(" : ")", false));
			default -> {
				String text = FilterGenerator.render(random, tokens);
				int cut = random.nextInt(text.length() + 1);
				return random.nextBoolean() ? text.substring(0, cut) : text.substring(0, cut)
						+ RandomText.character(random, RandomText.SYNTAX) + text.substring(cut);
			}
		}
		return FilterGenerator.render(random, tokens);
	}

	/**
	 * A comparison in parentheses.
	 *
	 * @param comparison the comparison
	 * @param depth how many parentheses
	 * @param text the whole filter
	 */
	record Nested(Filter comparison, int depth, String text) {

	}

}
