package dev.mfastub.user;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import dev.mfastub.web.ApiException;
import dev.mfastub.web.ErrorDetail.InnerError;
import dev.mfastub.web.ErrorDetail;
import dev.mfastub.web.Uuids;

import org.springframework.data.jpa.domain.Specification;

/**
 * The {@code filter} query parameter of the user list, a subset of PingOne's SCIM-style
 * filters:
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
 * {@code username} and {@code email} take a quoted string with {@code eq} (equal,
 * ignoring case) or {@code sw} (starts with, ignoring case); {@code id} and
 * {@code population.id} a quoted UUID with {@code eq}; {@code mfaEnabled} and
 * {@code enabled} {@code true} or {@code false} with {@code eq}. The {@code memberOf}
 * form selects the members of a group, however they are in it (PingOne's "Read All Users
 * in a Group"). Keywords ignore case. Anything else is a 400 with an
 * {@code INVALID_FILTER} detail.
 */
final class UserFilterGrammar {

	static final int MAX_LENGTH = 2048;

	static final int MAX_DEPTH = 32;

	private static final String MEMBER_OF_GROUPS = "memberOfGroups";

	private static final List<String> EQ = List.of("eq");

	private static final List<String> EQ_SW = List.of("eq", "sw");

	private static final List<String> EQ_SW_CO = List.of("eq", "sw", "co");

	private static final List<String> ALL = List.of("eq", "sw", "ew", "co");

	private final List<Token> tokens;

	private int position;

	private int depth;

	private UserFilterGrammar(List<Token> tokens) {
		this.tokens = tokens;
	}

	/**
	 * Parses a filter.
	 * @param text the {@code filter} parameter
	 * @return the condition it describes
	 * @throws ApiException a 400 with an {@code INVALID_FILTER} detail if it is not a
	 * supported filter
	 */
	static Condition parse(String text) {
		if (text.length() > MAX_LENGTH) {
			throw invalid("The filter is longer than " + MAX_LENGTH + " characters.");
		}
		UserFilterGrammar parser = new UserFilterGrammar(tokenize(text));
		if (parser.tokens.isEmpty()) {
			throw invalid("The filter is empty.");
		}
		Condition condition = parser.or();
		if (parser.position < parser.tokens.size()) {
			throw invalid("Unexpected '" + parser.tokens.get(parser.position).text() + "' in the filter.");
		}
		return condition;
	}

	private Condition or() {
		Condition left = and();
		while (nextIsKeyword("or")) {
			this.position++;
			left = new Or(left, and());
		}
		return left;
	}

	private Condition and() {
		Condition left = primary();
		while (nextIsKeyword("and")) {
			this.position++;
			left = new And(left, primary());
		}
		return left;
	}

	private Condition primary() {
		Token token = next("an attribute or '('");
		if (token.kind() == Kind.OPEN) {
			if (++this.depth > MAX_DEPTH) {
				throw invalid("The filter nests parentheses deeper than " + MAX_DEPTH + ".");
			}
			Condition inner = or();
			Token close = next("')'");
			if (close.kind() != Kind.CLOSE) {
				throw invalid("Expected ')' but found '" + close.text() + "' in the filter.");
			}
			this.depth--;
			return inner;
		}
		if (token.kind() != Kind.WORD) {
			throw invalid("Expected an attribute but found '" + token.text() + "' in the filter.");
		}
		if (MEMBER_OF_GROUPS.equals(token.text())) {
			return memberOf();
		}
		Attribute attribute = Attribute.named(token.text());
		Token operator = next("an operator");
		String op = operator.text().toLowerCase(Locale.ROOT);
		if (operator.kind() != Kind.WORD || !attribute.operators.contains(op)) {
			throw invalid("The attribute " + attribute.name + " supports the operators " + attribute.operators
					+ " in filters.", InnerError.supportedOperators(attribute.operators));
		}
		Token value = next("a value");
		return attribute.compare(op, value);
	}

	/**
	 * What follows {@code memberOfGroups}: {@code [id eq "…"]}, the one form PingOne
	 * shows.
	 */
	private Condition memberOf() {
		expect(Kind.OPEN_BRACKET, "'['");
		Token attribute = next("id");
		if (attribute.kind() != Kind.WORD || !"id".equals(attribute.text())) {
			throw invalid("memberOfGroups is filtered as memberOfGroups[id eq \"…\"] only.");
		}
		Token operator = next("eq");
		if (operator.kind() != Kind.WORD || !"eq".equalsIgnoreCase(operator.text())) {
			throw invalid("memberOfGroups is filtered as memberOfGroups[id eq \"…\"] only.",
					InnerError.supportedOperators(EQ));
		}
		Token value = next("a quoted UUID");
		UUID id = (value.kind() == Kind.STRING) ? Uuids.parseOrNull(value.text()) : null;
		if (id == null) {
			throw invalid("The attribute memberOfGroups[id] is compared with a quoted UUID in filters.");
		}
		expect(Kind.CLOSE_BRACKET, "']'");
		return new MemberOf(id);
	}

	private void expect(Kind kind, String expected) {
		Token token = next(expected);
		if (token.kind() != kind) {
			throw invalid("Expected " + expected + " but found '" + token.text() + "' in the filter.");
		}
	}

	private boolean nextIsKeyword(String keyword) {
		return this.position < this.tokens.size() && this.tokens.get(this.position).kind() == Kind.WORD
				&& this.tokens.get(this.position).text().equalsIgnoreCase(keyword);
	}

	private Token next(String expected) {
		if (this.position >= this.tokens.size()) {
			throw invalid("The filter ends where " + expected + " was expected.");
		}
		return this.tokens.get(this.position++);
	}

	private static List<Token> tokenize(String text) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == ' ' || c == '\t') {
				i++;
			}
			else if (c == '(') {
				tokens.add(new Token(Kind.OPEN, "("));
				i++;
			}
			else if (c == ')') {
				tokens.add(new Token(Kind.CLOSE, ")"));
				i++;
			}
			else if (c == '[') {
				tokens.add(new Token(Kind.OPEN_BRACKET, "["));
				i++;
			}
			else if (c == ']') {
				tokens.add(new Token(Kind.CLOSE_BRACKET, "]"));
				i++;
			}
			else if (c == '"') {
				i = readString(text, i + 1, tokens);
			}
			else if (isWordCharacter(c)) {
				int start = i;
				while (i < text.length() && isWordCharacter(text.charAt(i))) {
					i++;
				}
				tokens.add(new Token(Kind.WORD, text.substring(start, i)));
			}
			else {
				throw invalid("The filter contains an unexpected character at position " + (i + 1) + ".");
			}
		}
		return tokens;
	}

	private static int readString(String text, int start, List<Token> tokens) {
		StringBuilder value = new StringBuilder();
		int i = start;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == '"') {
				tokens.add(new Token(Kind.STRING, value.toString()));
				return i + 1;
			}
			if (c == '\\' && i + 1 < text.length() && (text.charAt(i + 1) == '"' || text.charAt(i + 1) == '\\')) {
				value.append(text.charAt(i + 1));
				i += 2;
			}
			else {
				value.append(c);
				i++;
			}
		}
		throw invalid("The filter has a string without its closing quote.");
	}

	private static boolean isWordCharacter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_';
	}

	static ApiException invalid(String message) {
		return invalid(message, null);
	}

	private static ApiException invalid(String message, InnerError hint) {
		return ApiException.invalidData(new ErrorDetail("INVALID_FILTER", "filter", message, hint));
	}

	private enum Kind {

		WORD, STRING, OPEN, CLOSE, OPEN_BRACKET, CLOSE_BRACKET

	}

	private record Token(Kind kind, String text) {

	}

	/** A parsed filter: a condition on users, as a JPA specification. */
	sealed interface Condition permits Or, And, Comparison, MemberOf {

		/**
		 * The condition as a specification.
		 * @param groups the members of a group, for {@code memberOfGroups}
		 * @return the specification
		 */
		Specification<User> toSpecification(Function<UUID, Specification<User>> groups);

		/** Whether it asks about groups anywhere. */
		boolean asksGroups();

	}

	record Or(Condition left, Condition right) implements Condition {

		@Override
		public Specification<User> toSpecification(Function<UUID, Specification<User>> groups) {
			return this.left.toSpecification(groups).or(this.right.toSpecification(groups));
		}

		@Override
		public boolean asksGroups() {
			return this.left.asksGroups() || this.right.asksGroups();
		}

	}

	record And(Condition left, Condition right) implements Condition {

		@Override
		public Specification<User> toSpecification(Function<UUID, Specification<User>> groups) {
			return this.left.toSpecification(groups).and(this.right.toSpecification(groups));
		}

		@Override
		public boolean asksGroups() {
			return this.left.asksGroups() || this.right.asksGroups();
		}

	}

	/**
	 * {@code memberOfGroups[id eq "…"]}: the group's members, however they are in it.
	 *
	 * @param groupId the group
	 */
	record MemberOf(UUID groupId) implements Condition {

		@Override
		public Specification<User> toSpecification(Function<UUID, Specification<User>> groups) {
			return groups.apply(this.groupId);
		}

		@Override
		public boolean asksGroups() {
			return true;
		}

	}

	/**
	 * One {@code attribute operator value} test.
	 *
	 * @param field the entity field compared
	 * @param operator {@code eq} or {@code sw}
	 * @param value the value, already folded to lower case where comparison ignores case
	 * @param lowerCaseField whether the field is folded to lower case before comparing
	 */
	record Comparison(String field, String operator, Object value, boolean lowerCaseField) implements Condition {

		@Override
		public boolean asksGroups() {
			return false;
		}

		@Override
		public Specification<User> toSpecification(Function<UUID, Specification<User>> groups) {
			return toSpecification();
		}

		Specification<User> toSpecification() {
			return (root, query, builder) -> {
				if (this.value instanceof String text && text.indexOf('\u0000') >= 0) {
					// No stored text holds a NUL (user text refuses control characters),
					// and PostgreSQL cannot even compare with one: nothing matches.
					return builder.disjunction();
				}
				var path = root.<Object>get(this.field);
				if (!"eq".equals(this.operator)) {
					var text = this.lowerCaseField ? builder.lower(path.as(String.class)) : path.as(String.class);
					String escaped = escapeLike((String) this.value);
					String pattern = switch (this.operator) {
						case "sw" -> escaped + "%";
						case "ew" -> "%" + escaped;
						default -> "%" + escaped + "%";
					};
					return builder.like(text, pattern, '\\');
				}
				if (this.lowerCaseField) {
					return builder.equal(builder.lower(path.as(String.class)), this.value);
				}
				return builder.equal(path, this.value);
			};
		}

		private static String escapeLike(String value) {
			return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		}

	}

	/**
	 * What a filter may compare: PingOne's filter attributes for users, each with the
	 * operators PingOne documents for it.
	 */
	private enum Attribute {

		USERNAME("username", "usernameKey", AttributeType.TEXT, EQ_SW_CO),
		EMAIL("email", "email", AttributeType.TEXT, ALL),
		GIVEN_NAME("name.given", "givenName", AttributeType.TEXT, ALL),
		FAMILY_NAME("name.family", "familyName", AttributeType.TEXT, ALL),
		MIDDLE_NAME("name.middle", "middleName", AttributeType.TEXT, EQ_SW),
		FORMATTED_NAME("name.formatted", "formattedName", AttributeType.TEXT, EQ_SW),
		HONORIFIC_PREFIX("name.honorificPrefix", "honorificPrefix", AttributeType.TEXT, EQ_SW),
		HONORIFIC_SUFFIX("name.honorificSuffix", "honorificSuffix", AttributeType.TEXT, EQ_SW),
		NICKNAME("nickname", "nickname", AttributeType.TEXT, EQ_SW), TITLE("title", "title", AttributeType.TEXT, EQ_SW),
		TYPE("type", "type", AttributeType.TEXT, EQ_SW),
		EXTERNAL_ID("externalId", "externalId", AttributeType.TEXT, EQ_SW),
		ACCOUNT_ID("accountId", "accountId", AttributeType.TEXT, EQ_SW),
		LOCALE("locale", "locale", AttributeType.TEXT, EQ_SW),
		PREFERRED_LANGUAGE("preferredLanguage", "preferredLanguage", AttributeType.TEXT, EQ_SW),
		TIMEZONE("timezone", "timezone", AttributeType.TEXT, EQ_SW),
		MOBILE_PHONE("mobilePhone", "mobilePhone", AttributeType.TEXT, EQ_SW),
		PRIMARY_PHONE("primaryPhone", "primaryPhone", AttributeType.TEXT, EQ_SW),
		PHOTO_HREF("photo.href", "photoHref", AttributeType.TEXT, EQ_SW),
		STREET_ADDRESS("address.streetAddress", "streetAddress", AttributeType.TEXT, EQ_SW),
		LOCALITY("address.locality", "locality", AttributeType.TEXT, EQ_SW),
		REGION("address.region", "region", AttributeType.TEXT, EQ_SW),
		POSTAL_CODE("address.postalCode", "postalCode", AttributeType.TEXT, EQ_SW),
		COUNTRY_CODE("address.countryCode", "countryCode", AttributeType.TEXT, EQ_SW),
		LIFECYCLE_STATUS("lifecycle.status", "lifecycleStatus", AttributeType.TEXT, EQ),
		ID("id", "id", AttributeType.IDENTIFIER, EQ),
		POPULATION_ID("population.id", "populationId", AttributeType.IDENTIFIER, EQ),
		MFA_ENABLED("mfaEnabled", "mfaEnabled", AttributeType.BOOLEAN, EQ),
		ENABLED("enabled", "enabled", AttributeType.BOOLEAN, EQ);

		private static final List<String> NAMES = Stream
			.concat(Arrays.stream(values()).map((attribute) -> attribute.name), Stream.of(MEMBER_OF_GROUPS))
			.toList();

		private final String name;

		private final String field;

		private final AttributeType type;

		private final List<String> operators;

		Attribute(String name, String field, AttributeType type, List<String> operators) {
			this.name = name;
			this.field = field;
			this.type = type;
			this.operators = operators;
		}

		static Attribute named(String name) {
			for (Attribute attribute : values()) {
				if (attribute.name.equals(name)) {
					return attribute;
				}
			}
			throw invalid("The attribute '" + name + "' cannot be used in filters.",
					InnerError.supportedAttributes(NAMES));
		}

		Comparison compare(String operator, Token value) {
			return switch (this.type) {
				// The username is compared with its lower-cased copy, which is indexed.
				case TEXT -> new Comparison(this.field, operator, lowerCaseString(value), this != USERNAME);
				case IDENTIFIER -> new Comparison(this.field, operator, uuid(value), false);
				case BOOLEAN -> new Comparison(this.field, operator, bool(value), false);
			};
		}

		private String lowerCaseString(Token value) {
			if (value.kind() != Kind.STRING) {
				throw invalid("The attribute " + this.name + " is compared with a quoted string in filters.");
			}
			return value.text().toLowerCase(Locale.ROOT);
		}

		private UUID uuid(Token value) {
			UUID id = (value.kind() == Kind.STRING) ? Uuids.parseOrNull(value.text()) : null;
			if (id != null) {
				return id;
			}
			throw invalid("The attribute " + this.name + " is compared with a quoted UUID in filters.");
		}

		private Boolean bool(Token value) {
			if (value.kind() == Kind.WORD && ("true".equals(value.text()) || "false".equals(value.text()))) {
				return Boolean.valueOf(value.text());
			}
			throw invalid("The attribute " + this.name + " is compared with true or false in filters.");
		}

	}

	private enum AttributeType {

		TEXT, IDENTIFIER, BOOLEAN

	}

}
