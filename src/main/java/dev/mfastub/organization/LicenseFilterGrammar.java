package dev.mfastub.organization;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.mfastub.web.ApiException;
import dev.mfastub.web.ErrorDetail;
import dev.mfastub.web.InvalidValueException;
import dev.mfastub.web.PingInstants;

/**
 * The {@code filter} of {@code GET /v1/organizations/{orgID}/licenses}, as PingOne's page
 * lists it: {@code status eq "active"} (any case) and {@code beginsAt lt "<instant>"},
 * alone or joined by {@code and}. Anything else is a 400 with an {@code INVALID_FILTER}
 * detail.
 */
final class LicenseFilterGrammar {

	private static final Pattern CLAUSE = Pattern.compile("\\s*(status\\s+eq|beginsAt\\s+lt)\\s+\"([^\"]*)\"\\s*",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern AND = Pattern.compile("\\s+and\\s+", Pattern.CASE_INSENSITIVE);

	private static final Set<String> STATUSES = Set.of("ACTIVE", "EXPIRED", "FUTURE", "TERMINATED");

	private LicenseFilterGrammar() {
	}

	/**
	 * Reads a filter.
	 * @param filter the parameter
	 * @return what a license must be to be listed
	 */
	static Predicate<LicenseView> parse(String filter) {
		if (filter.length() > 1024) {
			throw invalid("The filter is longer than 1024 characters.");
		}
		Predicate<LicenseView> all = (license) -> true;
		for (String clause : AND.split(filter, -1)) {
			Matcher matcher = CLAUSE.matcher(clause);
			if (!matcher.matches()) {
				throw invalid("Licenses can be filtered by status (eq) and beginsAt (lt), such as "
						+ "status eq \"active\".");
			}
			String value = matcher.group(2);
			if (matcher.group(1).toLowerCase(Locale.ROOT).startsWith("status")) {
				String status = value.toUpperCase(Locale.ROOT);
				if (!STATUSES.contains(status)) {
					throw invalid("A license's status is ACTIVE, EXPIRED, FUTURE or TERMINATED.");
				}
				all = all.and((license) -> license.status().equals(status));
			}
			else {
				Instant before = instant(value);
				all = all.and((license) -> license.beginsAt().isBefore(before));
			}
		}
		return all;
	}

	private static Instant instant(String value) {
		try {
			return PingInstants.parse("beginsAt", value);
		}
		catch (InvalidValueException ex) {
			throw invalid(ex.getMessage());
		}
	}

	private static ApiException invalid(String message) {
		return ApiException.invalidData(new ErrorDetail("INVALID_FILTER", "filter", message, null));
	}

	/**
	 * What a filter looks at.
	 *
	 * @param status the license's status
	 * @param beginsAt when it began
	 */
	record LicenseView(String status, Instant beginsAt) {

	}

}
