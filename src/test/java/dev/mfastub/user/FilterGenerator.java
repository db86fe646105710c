package dev.mfastub.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import dev.mfastub.support.RandomText;
import dev.mfastub.user.UserFilterGrammar.And;
import dev.mfastub.user.UserFilterGrammar.Comparison;
import dev.mfastub.user.UserFilterGrammar.Condition;
import dev.mfastub.user.UserFilterGrammar.Or;

/**
 * Generates filters from the grammar the README documents, each with the condition its
 * text means: {@code and} binds tighter than {@code or}, both group to the left,
 * parentheses group, keywords and operators in any case; text attributes compared
 * ignoring case with a quoted string ({@code \"} and {@code \\} escaped) by the operators
 * the README gives each ({@code eq}, {@code sw}, and {@code ew} and {@code co} for some),
 * {@code id} and {@code population.id} with a quoted UUID, {@code mfaEnabled} and
 * {@code enabled} with {@code true} or {@code false}; any whitespace between tokens, none
 * where a token ends by itself.
 */
final class FilterGenerator {

	/** Where comparison values come from: random ones, or those of known users. */
	interface Values {

		String username(Random random);

		String email(Random random);

		UUID id(Random random);

		UUID populationId(Random random);

		/** A value for one of the other text attributes, named as in a filter. */
		String text(String attribute, Random random);

	}

	/** Values that name nobody in particular. */
	static final Values RANDOM = new Values() {

		@Override
		public String username(Random random) {
			return FilterGenerator.text(random);
		}

		@Override
		public String email(Random random) {
			return FilterGenerator.text(random);
		}

		@Override
		public UUID id(Random random) {
			return new UUID(random.nextLong(), random.nextLong());
		}

		@Override
		public UUID populationId(Random random) {
			return new UUID(random.nextLong(), random.nextLong());
		}

		@Override
		public String text(String attribute, Random random) {
			return FilterGenerator.text(random);
		}

	};

	private final Random random;

	private final Values values;

	private final int maxDepth;

	private final List<Token> tokens = new ArrayList<>();

	private int depth;

	private FilterGenerator(Random random, Values values, int maxDepth) {
		this.random = random;
		this.values = values;
		this.maxDepth = maxDepth;
	}

	/**
	 * A filter text and the condition it means.
	 *
	 * @param text the filter
	 * @param condition what it means
	 * @param tokens the tokens it was written from
	 */
	record Filter(String text, Condition condition, List<Token> tokens) {

		@Override
		public String toString() {
			return "Filter[" + this.text + "]";
		}

	}

	/**
	 * One token of a filter as written.
	 *
	 * @param text as written
	 * @param word whether it is a bare word, which needs whitespace next to another word
	 */
	record Token(String text, boolean word) {

	}

	/**
	 * A filter of up to {@code maxDepth} nested parentheses, no longer than the API takes
	 * ({@value UserFilter#MAX_LENGTH} characters): a longer draw is drawn again.
	 */
	static Filter filter(Random random, Values values, int maxDepth) {
		while (true) {
			FilterGenerator generator = new FilterGenerator(random, values, maxDepth);
			Condition condition = generator.or(0);
			String text = render(random, generator.tokens);
			if (text.length() <= UserFilterGrammar.MAX_LENGTH) {
				return new Filter(text, condition, List.copyOf(generator.tokens));
			}
		}
	}

	/** A single comparison, such as {@code username eq "ada"}. */
	static Filter comparison(Random random, Values values) {
		FilterGenerator generator = new FilterGenerator(random, values, 0);
		Condition condition = generator.comparison();
		return new Filter(render(random, generator.tokens), condition, List.copyOf(generator.tokens));
	}

	/** The tokens joined with random whitespace: some between words, any elsewhere. */
	static String render(Random random, List<Token> tokens) {
		StringBuilder text = new StringBuilder(whitespace(random, false));
		for (int i = 0; i < tokens.size(); i++) {
			if (i > 0) {
				text.append(whitespace(random, tokens.get(i - 1).word() && tokens.get(i).word()));
			}
			text.append(tokens.get(i).text());
		}
		return text.append(whitespace(random, false)).toString();
	}

	private static String whitespace(Random random, boolean required) {
		int pick = random.nextInt(10);
		if (pick < 6) {
			return " ";
		}
		if (pick < 8 && !required) {
			return "";
		}
		return List.of("  ", "\t", " \t ", "   ").get(random.nextInt(4));
	}

	private Condition or(int level) {
		Condition condition = and(level);
		int more = size(level);
		for (int i = 0; i < more; i++) {
			this.tokens.add(new Token(keyword("or"), true));
			condition = new Or(condition, and(level));
		}
		return condition;
	}

	private Condition and(int level) {
		Condition condition = primary(level);
		int more = size(level);
		for (int i = 0; i < more; i++) {
			this.tokens.add(new Token(keyword("and"), true));
			condition = new And(condition, primary(level));
		}
		return condition;
	}

	private int size(int level) {
		int pick = this.random.nextInt(10 + 4 * level);
		return (pick < 5) ? 0 : (pick < 8) ? 1 : (pick < 10) ? 2 : 0;
	}

	private Condition primary(int level) {
		if (this.depth < this.maxDepth && this.random.nextInt(10) < 3) {
			this.depth++;
			this.tokens.add(new Token("(", false));
			Condition inner = or(level + 1);
			this.tokens.add(new Token(")", false));
			this.depth--;
			return inner;
		}
		return comparison();
	}

	private static final List<String> EQ_SW = List.of("eq", "sw");

	private static final List<String> ALL = List.of("eq", "sw", "ew", "co");

	private Condition comparison() {
		return switch (this.random.nextInt(12)) {
			case 0 ->
				text("username", "usernameKey", false, List.of("eq", "sw", "co"), this.values.username(this.random));
			case 1 -> text("email", "email", true, ALL, this.values.email(this.random));
			case 2 -> uuid("id", "id", this.values.id(this.random));
			case 3 -> uuid("population.id", "populationId", this.values.populationId(this.random));
			case 4 -> bool("mfaEnabled");
			case 5 -> bool("enabled");
			case 6 -> other("name.given", "givenName", ALL);
			case 7 -> other("name.family", "familyName", ALL);
			case 8 -> other("mobilePhone", "mobilePhone", EQ_SW);
			case 9 -> other("externalId", "externalId", EQ_SW);
			case 10 -> other("address.locality", "locality", EQ_SW);
			default -> other("lifecycle.status", "lifecycleStatus", List.of("eq"));
		};
	}

	private Condition other(String attribute, String field, List<String> operators) {
		return text(attribute, field, true, operators, this.values.text(attribute, this.random));
	}

	private Condition text(String attribute, String field, boolean lowerCaseField, List<String> operators,
			String value) {
		String operator = operators.get(this.random.nextInt(operators.size()));
		this.tokens.add(new Token(attribute, true));
		this.tokens.add(new Token(keyword(operator), true));
		this.tokens.add(new Token(quote(value), false));
		return new Comparison(field, operator, value.toLowerCase(Locale.ROOT), lowerCaseField);
	}

	private Condition uuid(String attribute, String field, UUID value) {
		this.tokens.add(new Token(attribute, true));
		this.tokens.add(new Token(keyword("eq"), true));
		String text = value.toString();
		this.tokens.add(new Token(quote(this.random.nextInt(4) == 0 ? text.toUpperCase(Locale.ROOT) : text), false));
		return new Comparison(field, "eq", value, false);
	}

	private Condition bool(String attribute) {
		boolean value = this.random.nextBoolean();
		this.tokens.add(new Token(attribute, true));
		this.tokens.add(new Token(keyword("eq"), true));
		this.tokens.add(new Token(String.valueOf(value), true));
		return new Comparison(attribute, "eq", value, false);
	}

	/** A keyword in a random mix of cases. */
	private String keyword(String keyword) {
		if (this.random.nextInt(3) > 0) {
			return keyword;
		}
		StringBuilder mixed = new StringBuilder();
		for (char c : keyword.toCharArray()) {
			mixed.append(this.random.nextBoolean() ? Character.toUpperCase(c) : c);
		}
		return mixed.toString();
	}

	/** A quoted filter string: {@code "} and {@code \} escaped with a backslash. */
	static String quote(String value) {
		return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	/** A string value with the characters that quoting and matching must get right. */
	static String text(Random random) {
		return RandomText.of(random, 12, "aAbBzZ.@_%\\\"' -()éÉß");
	}

}
