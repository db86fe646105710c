package dev.mfastub.user;

import dev.mfastub.web.PrintableText;

/**
 * The parts of a user that a client sets: what PUT replaces and PATCH edits. Attributes
 * PingOne computes ({@code enabled}, {@code lifecycle}, {@code verifyStatus}, ...) and
 * those with their own endpoints ({@code mfaEnabled}, {@code population}, the password)
 * are not here.
 *
 * @param username unique in the environment, ignoring case
 * @param email the email address, or {@code null}
 * @param name the name, or {@code null}
 * @param nickname the nickname, or {@code null}
 * @param title the title (such as "Vice President"), or {@code null}
 * @param type the organization's user type (such as "Contractor"), or {@code null}
 * @param externalId the id in the provisioning client's system, or {@code null}
 * @param accountId the account id in another system, or {@code null}
 * @param locale an RFC 5646 language tag, or {@code null}
 * @param preferredLanguage an {@code Accept-Language} list of language ranges, or
 * {@code null}
 * @param timezone an IANA time zone name, or {@code null}
 * @param mobilePhone the mobile phone number, or {@code null}
 * @param primaryPhone the primary phone number, or {@code null}
 * @param photo where the user's picture is, or {@code null}
 * @param address the postal address, or {@code null}
 */
public record UserProfile(String username, String email, PersonName name, String nickname, String title, String type,
		String externalId, String accountId, String locale, String preferredLanguage, String timezone,
		String mobilePhone, String primaryPhone, Photo photo, Address address) {

	/**
	 * PingOne's pattern for user text attributes (username, most name parts, nickname,
	 * title, ...): letters, marks, spaces, symbols, digits, punctuation; no control
	 * characters.
	 */
	public static final String TEXT_PATTERN = PrintableText.PATTERN;

	/**
	 * A profile of the attributes seeds and sandboxes set.
	 * @param username the username
	 * @param email the email, or {@code null}
	 * @param name the name, or {@code null}
	 * @return the profile, with no other attribute
	 */
	public static UserProfile of(String username, String email, PersonName name) {
		return new UserProfile(username, email, name, null, null, null, null, null, null, null, null, null, null, null,
				null);
	}

	/**
	 * PingOne's {@code name} object.
	 *
	 * @param given given name
	 * @param family family name
	 * @param middle middle name
	 * @param formatted the full name as displayed
	 * @param honorificPrefix such as "Ms."
	 * @param honorificSuffix such as "III"
	 */
	public record PersonName(String given, String family, String middle, String formatted, String honorificPrefix,
			String honorificSuffix) {

		/** {@code null} when no part is set, so an empty name is not stored or shown. */
		public PersonName orNullIfEmpty() {
			return (this.given == null && this.family == null && this.middle == null && this.formatted == null
					&& this.honorificPrefix == null && this.honorificSuffix == null) ? null : this;
		}

	}

	/**
	 * PingOne's {@code photo} object.
	 *
	 * @param href an HTTP or HTTPS URL of an image
	 */
	public record Photo(String href) {

	}

	/**
	 * PingOne's {@code address} object.
	 *
	 * @param streetAddress the street address, which may span lines
	 * @param locality the city or locality
	 * @param region the state or region
	 * @param postalCode the postal code
	 * @param countryCode an ISO 3166-1 alpha-2 code
	 */
	public record Address(String streetAddress, String locality, String region, String postalCode, String countryCode) {

		/**
		 * {@code null} when no part is set, so an empty address is not stored or shown.
		 */
		public Address orNullIfEmpty() {
			return (this.streetAddress == null && this.locality == null && this.region == null
					&& this.postalCode == null && this.countryCode == null) ? null : this;
		}

	}

}
