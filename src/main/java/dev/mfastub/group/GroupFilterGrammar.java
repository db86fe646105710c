package dev.mfastub.group;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import dev.mfastub.web.ApiException;
import dev.mfastub.web.ErrorDetail;
import dev.mfastub.web.ErrorDetail.InnerError;
import dev.mfastub.web.Uuids;

/**
 * The {@code filter} query parameter of the group list, the part of PingOne's SCIM
 * filters its "Filtering groups searches" section names:
 *
 * <pre>
 * filter     = or
 * or         = and ("or" and)*
 * and        = primary ("and" primary)*
 * primary    = "(" or ")" | memberOf | comparison
 * memberOf   = "memberOfGroups" "[" "id" "eq" value "]"
 * comparison = attribute ("eq" | "sw") value
 * </pre>
 *
 * {@code name} and {@code externalId} take a quoted string with {@code eq} or {@code sw}
 * (ignoring case); {@code id} and {@code population.id} a quoted UUID with {@code eq};
 * {@code memberOfGroups[id eq "…"]} selects the groups nested in a group, at any depth.
 * Anything else is a 400 with an {@code INVALID_FILTER} detail, as for users.
 */
final class GroupFilterGrammar {

	static final int MAX_LENGTH = 2048;

	static final int MAX_DEPTH = 32;

	private static final List<String> ATTRIBUTES = List.of("id", "name", "externalId", "population.id",
			"memberOfGroups");

	private final List<String> tokens;

	private int position;

	private int depth;

	private GroupFilterGrammar(List<String> tokens) {
		this.tokens = tokens;
	}

	/**
	 * Parses a filter.
	 * @param text the {@code filter} parameter
	 * @return the condition it describes
	 * @throws ApiException a 400 with an {@code INVALID_FILTER} detail if it is not one
	 */
	static Predicate<Candidate> parse(String text) {
		if (text.length() > MAX_LENGTH) {
			throw invalid("The filter is longer than " + MAX_LENGTH + " characters.");
		}
		GroupFilterGrammar parser = new GroupFilterGrammar(tokenize(text));
		if (parser.tokens.isEmpty()) {
			throw invalid("The filter is empty.");
		}
		Predicate<Candidate> condition = parser.or();
		if (parser.position < parser.tokens.size()) {
			throw invalid("Unexpected '" + display(parser.tokens.get(parser.position)) + "' in the filter.");
		}
		return condition;
	}

	private Predicate<Candidate> or() {
		Predicate<Candidate> left = and();
		while (nextIs("or")) {
			this.position++;
			left = left.or(and());
		}
		return left;
	}

	private Predicate<Candidate> and() {
		Predicate<Candidate> left = primary();
		while (nextIs("and")) {
			this.position++;
			left = left.and(primary());
		}
		return left;
	}

	private Predicate<Candidate> primary() {
		String token = next("an attribute or '('");
		if ("(".equals(token)) {
			if (++this.depth > MAX_DEPTH) {
				throw invalid("The filter nests parentheses deeper than " + MAX_DEPTH + ".");
			}
			Predicate<Candidate> inner = or();
			expect(")");
			this.depth--;
			return inner;
		}
		if ("memberOfGroups".equals(token)) {
			expect("[");
			expect("id");
			String operator = next("eq");
			if (!"eq".equalsIgnoreCase(operator)) {
				throw invalid("memberOfGroups is filtered as memberOfGroups[id eq \"…\"] only.",
						InnerError.supportedOperators(List.of("eq")));
			}
			UUID parent = uuid("memberOfGroups[id]");
			expect("]");
			return (candidate) -> candidate.nestedIn().contains(parent);
		}
		if (!ATTRIBUTES.contains(token)) {
			throw invalid("The attribute '" + display(token) + "' cannot be used in filters.",
					InnerError.supportedAttributes(ATTRIBUTES));
		}
		boolean text = "name".equals(token) || "externalId".equals(token);
		List<String> operators = text ? List.of("eq", "sw") : List.of("eq");
		String operator = next("an operator").toLowerCase(Locale.ROOT);
		if (!operators.contains(operator)) {
			throw invalid("The attribute " + token + " supports the operators " + operators + " in filters.",
					InnerError.supportedOperators(operators));
		}
		if (!text) {
			UUID id = uuid(token);
			return "id".equals(token) ? (candidate) -> candidate.group().id().equals(id)
					: (candidate) -> id.equals(candidate.group().populationId());
		}
		String value = string(token).toLowerCase(Locale.ROOT);
		boolean startsWith = "sw".equals(operator);
		boolean name = "name".equals(token);
		return (candidate) -> {
			String field = name ? candidate.group().name() : candidate.group().externalId();
			if (field == null) {
				return false;
			}
			String folded = field.toLowerCase(Locale.ROOT);
			return startsWith ? folded.startsWith(value) : folded.equals(value);
		};
	}

	private UUID uuid(String attribute) {
		String token = next("a quoted UUID");
		UUID id = isString(token) ? Uuids.parseOrNull(token.substring(1)) : null;
		if (id == null) {
			throw invalid("The attribute " + attribute + " is compared with a quoted UUID in filters.");
		}
		return id;
	}

	private String string(String attribute) {
		String token = next("a quoted string");
		if (!isString(token)) {
			throw invalid("The attribute " + attribute + " is compared with a quoted string in filters.");
		}
		return token.substring(1);
	}

	private void expect(String expected) {
		String token = next("'" + expected + "'");
		if (!expected.equals(token)) {
			throw invalid("Expected '" + expected + "' but found '" + display(token) + "' in the filter.");
		}
	}

	private boolean nextIs(String keyword) {
		return this.position < this.tokens.size() && this.tokens.get(this.position).equalsIgnoreCase(keyword);
	}

	private String next(String expected) {
		if (this.position >= this.tokens.size()) {
			throw invalid("The filter ends where " + expected + " was expected.");
		}
		return this.tokens.get(this.position++);
	}

	/**
	 * Tokens: punctuation as itself, words as they are, strings as {@code "} followed by
	 * their value (never a word: words cannot hold a quote).
	 */
	private static List<String> tokenize(String text) {
		List<String> tokens = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == ' ' || c == '\t') {
				i++;
			}
			else if (c == '(' || c == ')' || c == '[' || c == ']') {
				tokens.add(String.valueOf(c));
				i++;
			}
			else if (c == '"') {
				StringBuilder value = new StringBuilder("\"");
				i++;
				boolean closed = false;
				while (i < text.length()) {
					char d = text.charAt(i);
					if (d == '"') {
						closed = true;
						i++;
						break;
					}
					if (d == '\\' && i + 1 < text.length()
							&& (text.charAt(i + 1) == '"' || text.charAt(i + 1) == '\\')) {
						value.append(text.charAt(i + 1));
						i += 2;
					}
					else {
						value.append(d);
						i++;
					}
				}
				if (!closed) {
					throw invalid("The filter has a string without its closing quote.");
				}
				tokens.add(value.toString());
			}
			else if (isWordCharacter(c)) {
				int start = i;
				while (i < text.length() && isWordCharacter(text.charAt(i))) {
					i++;
				}
				tokens.add(text.substring(start, i));
			}
			else {
				throw invalid("The filter contains an unexpected character at position " + (i + 1) + ".");
			}
		}
		return tokens;
	}

	private static boolean isString(String token) {
		return token.startsWith("\"");
	}

	private static String display(String token) {
		return isString(token) ? token + "\"" : token;
	}

	private static boolean isWordCharacter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_';
	}

	private static ApiException invalid(String message) {
		return invalid(message, null);
	}

	private static ApiException invalid(String message, InnerError hint) {
		return ApiException.invalidData(new ErrorDetail("INVALID_FILTER", "filter", message, hint));
	}

	/**
	 * A group as a filter sees it.
	 *
	 * @param group the group
	 * @param nestedIn the groups it is nested in, at any depth
	 */
	record Candidate(Group group, Set<UUID> nestedIn) {

		Candidate {
			Objects.requireNonNull(group);
		}

	}

}
