package dev.mfastub.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Property checks on plain JUnit Jupiter: a property is run on many generated inputs, and
 * a failure names the input, the try and the seed that reproduces the whole run
 * ({@code -Dforall.seed=...}). Each run draws a new seed, so repeated builds keep
 * exploring; a failing string input is first shrunk to a shorter one that still fails.
 */
public final class ForAll {

	/** Tries per property unless a test asks for another count. */
	public static final int TRIES = 1000;

	private static final String SEED_PROPERTY = "forall.seed";

	private static final int MAX_SHRINK_STEPS = 2000;

	private ForAll() {
	}

	/**
	 * Checks a property on {@link #TRIES} generated inputs.
	 * @param <T> the input type
	 * @param generator makes one input from the run's random source
	 * @param property throws (an assertion error, say) when it does not hold
	 */
	public static <T> void check(Function<Random, T> generator, Consumer<T> property) {
		check(TRIES, generator, property);
	}

	/**
	 * Checks a property on generated inputs.
	 * @param <T> the input type
	 * @param tries how many inputs
	 * @param generator makes one input from the run's random source
	 * @param property throws (an assertion error, say) when it does not hold
	 */
	public static <T> void check(int tries, Function<Random, T> generator, Consumer<T> property) {
		long seed = Long.getLong(SEED_PROPERTY, ThreadLocalRandom.current().nextLong());
		Random random = new Random(seed);
		for (int i = 1; i <= tries; i++) {
			T input = generator.apply(random);
			Throwable failure = failure(property, input);
			if (failure != null) {
				T smallest = shrink(input, property);
				Throwable smallestFailure = (smallest != input) ? failure(property, smallest) : failure;
				throw new AssertionError("Property failed on try %d of %d; rerun with -D%s=%d%n  input: %s%s%n  %s"
					.formatted(i, tries, SEED_PROPERTY, seed, show(smallest),
							(smallest != input) ? "%n  shrunk from: %s".formatted(show(input)) : "", smallestFailure),
						smallestFailure);
			}
		}
	}

	private static <T> Throwable failure(Consumer<T> property, T input) {
		try {
			property.accept(input);
			return null;
		}
		catch (Throwable ex) {
			// Any throwable, StackOverflowError included, is a failure to report.
			return ex;
		}
	}

	/** Greedily removes characters from a failing string while it still fails. */
	@SuppressWarnings("unchecked")
	private static <T> T shrink(T input, Consumer<T> property) {
		if (!(input instanceof String text)) {
			return input;
		}
		String current = text;
		int steps = 0;
		boolean smaller = true;
		while (smaller && steps < MAX_SHRINK_STEPS) {
			smaller = false;
			for (String candidate : shorter(current)) {
				steps++;
				if (failure(property, (T) candidate) != null) {
					current = candidate;
					smaller = true;
					break;
				}
				if (steps >= MAX_SHRINK_STEPS) {
					break;
				}
			}
		}
		return (T) current;
	}

	private static List<String> shorter(String text) {
		List<String> candidates = new ArrayList<>();
		for (int length = text.length() / 2; length >= 1; length /= 2) {
			for (int start = 0; start + length <= text.length(); start += length) {
				candidates.add(text.substring(0, start) + text.substring(start + length));
			}
		}
		return candidates;
	}

	private static String show(Object input) {
		if (!(input instanceof String text)) {
			return String.valueOf(input);
		}
		StringBuilder shown = new StringBuilder("\"");
		text.codePoints().forEach((c) -> {
			if (c == '"' || c == '\\') {
				shown.append('\\').appendCodePoint(c);
			}
			else if (c >= 0x20 && c < 0x7f) {
				shown.appendCodePoint(c);
			}
			else {
				shown.append("\\u{").append(Integer.toHexString(c)).append('}');
			}
		});
		return shown.append('"').toString();
	}

}
