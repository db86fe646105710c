package dev.mfastub.mfa;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;

import dev.mfastub.support.ForAll;
import dev.mfastub.support.RandomText;
import dev.mfastub.web.InvalidValueException;
import dev.mfastub.web.PingInstants;

import static dev.mfastub.support.PingOneErrors.INSTANT_PATTERN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Properties of the one instant form PingOne accepts for a bypass end,
 * {@code yyyy-MM-dd'T'HH:mm:ss.SSS'Z'}, as {@link BypassUntil} and {@link PingInstants}
 * read and write it: every instant the form can write reads back as itself and as the
 * same text; a string is accepted exactly when it has the form and names a real calendar
 * instant (decided here independently of the parser); everything else, and every small
 * corruption of a valid text, is refused with the documented
 * {@link InvalidValueException} and nothing else.
 */
class BypassUntilProperties {

	private static final Instant EARLIEST = Instant.parse("0000-01-01T00:00:00.000Z");

	private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999Z");

	private static final String BYPASS_MESSAGE = "bypassMFAEnabledUntil must be a date and time in the format "
			+ "yyyy-MM-dd'T'HH:mm:ss.SSS'Z', such as 2025-11-26T00:00:00.000Z.";

	private static final String NOW_MESSAGE = "now must be a date and time in the format "
			+ "yyyy-MM-dd'T'HH:mm:ss.SSS'Z', such as 2025-11-26T00:00:00.000Z.";

	/** Where the form's digits are; every other position holds one fixed character. */
	private static final String SHAPE = "dddd-dd-ddTdd:dd:dd.dddZ";

	@Test
	void shouldReadEveryInstantTheFormWritesBackAsItselfAndTheSameText() {
		ForAll.check(BypassUntilProperties::instant, (instant) -> {
			String text = PingInstants.format(instant);

			assertThat(text).matches(INSTANT_PATTERN);
			assertThat(BypassUntil.parse(text).instant()).isEqualTo(instant);
			assertThat(BypassUntil.parse(text).toString()).isEqualTo(text);
			assertThat(PingInstants.parse("now", text)).isEqualTo(instant);
			assertThat(new BypassUntil(instant).toString()).isEqualTo(text);
		});
	}

	@Test
	void shouldAcceptExactlyTheRealInstantsWrittenInTheOneForm() {
		ForAll.check(BypassUntilProperties::anyText, (text) -> {
			Instant expected = realInstantInTheForm(text);
			if (expected != null) {
				assertThat(BypassUntil.parse(text).instant()).isEqualTo(expected);
				assertThat(BypassUntil.parse(text).toString()).isEqualTo(text);
				assertThat(PingInstants.parse("now", text)).isEqualTo(expected);
			}
			else {
				assertRefused(text);
			}
		});
	}

	@Test
	void shouldRefuseEveryCorruptionOfAValidText() {
		ForAll.check(BypassUntilProperties::corrupted, (corrupted) -> {
			assertThat(realInstantInTheForm(corrupted.text())).as("the oracle agrees %s is invalid", corrupted)
				.isNull();
			assertRefused(corrupted.text());
		});
	}

	@Test
	void shouldRefuseNoTextAtAll() {
		assertRefused(null);
	}

	@Test
	void shouldLetMfaBeBypassedOnlyStrictlyBeforeTheEnd() {
		ForAll.check((random) -> List.of(instant(random), near(random, instant(random))), (pair) -> {
			Instant end = pair.get(0);
			Instant now = pair.get(1);

			assertThat(new BypassUntil(end).isActiveAt(now)).isEqualTo(now.compareTo(end) < 0);
		});
	}

	private static void assertRefused(String text) {
		Throwable bypass = catchThrowable(() -> BypassUntil.parse(text));
		assertThat(bypass).as("BypassUntil.parse(%s)", text)
			.isExactlyInstanceOf(InvalidValueException.class)
			.hasMessage(BYPASS_MESSAGE);
		assertThat(((InvalidValueException) bypass).innerError().allowedPattern()).isEqualTo(INSTANT_PATTERN);
		Throwable now = catchThrowable(() -> PingInstants.parse("now", text));
		assertThat(now).as("PingInstants.parse(now, %s)", text)
			.isExactlyInstanceOf(InvalidValueException.class)
			.hasMessage(NOW_MESSAGE);
	}

	/**
	 * The instant a text names when it is in the one form, decided from the calendar
	 * rather than by any formatter: {@code null} for any other text.
	 */
	static Instant realInstantInTheForm(String text) {
		if (text == null || text.length() != SHAPE.length()) {
			return null;
		}
		for (int i = 0; i < SHAPE.length(); i++) {
			char expected = SHAPE.charAt(i);
			char actual = text.charAt(i);
			boolean fits = (expected == 'd') ? (actual >= '0' && actual <= '9') : (actual == expected);
			if (!fits) {
				return null;
			}
		}
		try {
			return LocalDateTime
				.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10), number(text, 11, 13),
						number(text, 14, 16), number(text, 17, 19), number(text, 20, 23) * 1_000_000)
				.toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static int number(String text, int start, int end) {
		return Integer.parseInt(text.substring(start, end));
	}

	// --- Generators ---

	/** An instant the form can write: anywhere in its range, or near a calendar edge. */
	static Instant instant(Random random) {
		return switch (random.nextInt(4)) {
			case 0 -> Instant.ofEpochMilli(between(random, EARLIEST.toEpochMilli(), LATEST.toEpochMilli()));
			case 1 -> {
				int year = random.nextInt(10000);
				int month = 1 + random.nextInt(12);
				int day = 1 + random.nextInt(YearMonth.of(year, month).lengthOfMonth());
				yield LocalDateTime
					.of(year, month, day, random.nextInt(24), random.nextInt(60), random.nextInt(60),
							random.nextInt(1000) * 1_000_000)
					.toInstant(ZoneOffset.UTC);
			}
			case 2 -> {
				// The last or first millisecond of a month, a leap day, a year, the range
				int year = random.nextInt(10000);
				int month = 1 + random.nextInt(12);
				Instant start = LocalDateTime.of(year, month, 1, 0, 0).toInstant(ZoneOffset.UTC);
				Instant edge = random.nextBoolean() ? start : start.minusMillis(1);
				yield (edge.isBefore(EARLIEST)) ? EARLIEST : edge;
			}
			default -> List
				.of(EARLIEST, LATEST, Instant.EPOCH, Instant.EPOCH.minusMillis(1),
						Instant.parse("2024-02-29T23:59:59.999Z"), Instant.parse("2000-02-29T00:00:00Z"),
						Instant.parse("2030-01-01T00:00:00Z"), Instant.parse("1900-03-01T00:00:00Z"))
				.get(random.nextInt(8));
		};
	}

	/** An instant at, just before or just after another, or anywhere. */
	private static Instant near(Random random, Instant instant) {
		return switch (random.nextInt(4)) {
			case 0 -> instant;
			case 1 -> instant.minusMillis(1 + random.nextInt(1000));
			case 2 -> instant.plusMillis(1 + random.nextInt(1000));
			default -> instant(random);
		};
	}

	/**
	 * Any text: random characters, the form's shape with random digits (fields out of
	 * range included), a valid text, or a corrupted one.
	 */
	static String anyText(Random random) {
		return switch (random.nextInt(5)) {
			case 0 -> RandomText.of(random, 30, RandomText.SYNTAX);
			case 1 -> shapedWithRandomDigits(random);
			case 2 -> PingInstants.format(instant(random));
			case 3 -> withFieldsNearTheirLimits(random);
			default -> corrupted(random).text();
		};
	}

	private static String shapedWithRandomDigits(Random random) {
		StringBuilder text = new StringBuilder();
		for (char c : SHAPE.toCharArray()) {
			text.append((c == 'd') ? (char) ('0' + random.nextInt(10)) : c);
		}
		return text.toString();
	}

	/**
	 * A text in the form whose fields are at, just inside or just outside their ranges.
	 */
	private static String withFieldsNearTheirLimits(Random random) {
		int year = pick(random, 0, 1, 1582, 1900, 1970, 2000, 2024, 2025, 2100, 9999, random.nextInt(10000));
		int month = pick(random, 0, 1, 2, 4, 6, 9, 11, 12, 13, 19, 99);
		int day = pick(random, 0, 1, 28, 29, 30, 31, 32, 39, 99);
		int hour = pick(random, 0, 1, 23, 24, 25, 99);
		int minute = pick(random, 0, 59, 60, 99);
		int second = pick(random, 0, 59, 60, 61, 99);
		int millis = pick(random, 0, 1, 999);
		return "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ".formatted(year, month, day, hour, minute, second, millis);
	}

	/** A valid text with one corruption that no valid text can have. */
	static Corrupted corrupted(Random random) {
		Instant instant = instant(random);
		String valid = PingInstants.format(instant);
		Corruption corruption = CORRUPTIONS.get(random.nextInt(CORRUPTIONS.size()));
		return new Corrupted(corruption.name(), valid, corruption.apply().apply(random, valid));
	}

	private static final List<Corruption> CORRUPTIONS = List.of(
			new Corruption("a digit turned into a letter",
					(random, text) -> replaceAt(text, digitPosition(random), letter(random))),
			new Corruption("a digit turned into a non-ASCII digit",
					(random, text) -> replaceAt(text, digitPosition(random),
							"\uff10\uff15\u0660\u0665\u06f3\u0966\u09e7".charAt(random.nextInt(7)))),
			new Corruption("a character dropped", (random, text) -> {
				int at = random.nextInt(text.length());
				return text.substring(0, at) + text.substring(at + 1);
			}), new Corruption("a character inserted", (random, text) -> {
				int at = random.nextInt(text.length() + 1);
				return text.substring(0, at) + RandomText.character(random, "0123456789-:.TZ ") + text.substring(at);
			}),
			new Corruption("another offset",
					(random, text) -> text.substring(0, 23)
							+ List.of("+00:00", "-00:00", "+01:00", "-05:30", "+0000", "+00", "UTC", "GMT", "",
									"Z[UTC]", "ZZ")
								.get(random.nextInt(11))),
			new Corruption("no milliseconds", (random, text) -> text.substring(0, 19) + "Z"),
			new Corruption("fewer fraction digits", (random, text) -> text.substring(0, 20 + random.nextInt(3)) + "Z"),
			new Corruption("more fraction digits",
					(random, text) -> text.substring(0, 23) + "0123456".substring(0, 1 + random.nextInt(6)) + "Z"),
			new Corruption("a lower-case t", (random, text) -> replaceAt(text, 10, 't')),
			new Corruption("a lower-case z", (random, text) -> replaceAt(text, 23, 'z')),
			new Corruption("a space", (random, text) -> switch (random.nextInt(4)) {
				case 0 -> " " + text;
				case 1 -> text + " ";
				case 2 -> replaceAt(text, 10, ' ');
				default -> text.substring(0, 19) + " " + text.substring(19);
			}),
			new Corruption("month 00 or over 12",
					(random, text) -> replaceField(text, 5, pick(random, 0, 13, 14, 20, 99))),
			new Corruption("a day the month does not have", (random, text) -> {
				int year = number(text, 0, 4);
				int month = number(text, 5, 7);
				int length = YearMonth.of(year, month).lengthOfMonth();
				return replaceField(text, 8, pick(random, 0, length + 1, 32, 99));
			}), new Corruption("February 30", (random, text) -> replaceField(replaceField(text, 5, 2), 8, 30)),
			new Corruption("February 29 of a common year",
					(random, text) -> "%04d".formatted(pick(random, 1900, 2023, 2025, 2100, 9999)) + "-02-29"
							+ text.substring(10)),
			new Corruption("hour 24 or over", (random, text) -> replaceField(text, 11, pick(random, 24, 25, 99))),
			new Corruption("minute 60 or over", (random, text) -> replaceField(text, 14, pick(random, 60, 61, 99))),
			new Corruption("a leap second", (random, text) -> replaceField(text, 17, pick(random, 60, 61, 99))),
			new Corruption("a year of other than four digits", (random, text) -> switch (random.nextInt(4)) {
				case 0 -> "1" + text;
				case 1 -> text.substring(1);
				case 2 -> "+" + text;
				default -> "-" + text;
			}), new Corruption("another separator", (random, text) -> switch (random.nextInt(5)) {
				case 0 -> replaceAt(text, 4, '/');
				case 1 -> replaceAt(text, 13, '.');
				case 2 -> replaceAt(text, 19, ',');
				case 3 -> replaceAt(text, 7, '_');
				default -> replaceAt(text, 16, '-');
			}), new Corruption("something after it", (random, text) -> text
					+ List.of("\n", "\u0000", "Z", " ", "\r\n", "x", text).get(random.nextInt(7))));

	private static int digitPosition(Random random) {
		int at;
		do {
			at = random.nextInt(SHAPE.length());
		}
		while (SHAPE.charAt(at) != 'd');
		return at;
	}

	private static char letter(Random random) {
		String letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
		return letters.charAt(random.nextInt(letters.length()));
	}

	private static String replaceAt(String text, int at, char c) {
		return text.substring(0, at) + c + text.substring(at + 1);
	}

	private static String replaceField(String text, int at, int value) {
		return text.substring(0, at) + "%02d".formatted(value) + text.substring(at + 2);
	}

	private static int pick(Random random, int... values) {
		return values[random.nextInt(values.length)];
	}

	private static long between(Random random, long lowest, long highest) {
		return lowest + (long) (random.nextDouble() * (highest - lowest + 1));
	}

	private record Corruption(String name, BiFunction<Random, String, String> apply) {

	}

	/**
	 * A valid text and what a corruption made of it.
	 *
	 * @param corruption what was done
	 * @param valid the text before
	 * @param text the text after
	 */
	record Corrupted(String corruption, String valid, String text) {

	}

}
