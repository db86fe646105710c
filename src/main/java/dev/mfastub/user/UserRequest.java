package dev.mfastub.user;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.mfastub.user.UserProfile.Address;
import dev.mfastub.user.UserProfile.PersonName;
import dev.mfastub.user.UserProfile.Photo;

/**
 * The body of POST (create and import) and PUT (replace) user, with PingOne's User
 * schema's patterns and sizes. {@code mfaEnabled} only counts on create, and
 * {@code password}, {@code lifecycle} and {@code emailVerified} only on import: PingOne's
 * PUT and PATCH never change them. {@code population} is changed by its own endpoint.
 *
 * @param username required, 1 to 128 characters
 * @param email optional email address
 * @param name optional name
 * @param nickname optional
 * @param title optional
 * @param type optional
 * @param externalId optional, 1 to 1024 characters
 * @param accountId optional, 1 to 1024 characters
 * @param locale optional language tag
 * @param preferredLanguage optional {@code Accept-Language} list
 * @param timezone optional IANA time zone name
 * @param mobilePhone optional phone number
 * @param primaryPhone optional phone number
 * @param photo optional picture
 * @param address optional postal address
 * @param identityProvider optional; the stub knows no external identity providers
 * @param population optional population; the environment's default when absent
 * @param mfaEnabled optional; the environment's MFA settings decide when absent
 * ({@code users.mfaEnabled}, PingOne's "Default MFA status for new users")
 * @param password import only: the password to set
 * @param lifecycle import only: the account's lifecycle status
 * @param emailVerified import only: whether the email is already verified
 */
record UserRequest(@NotNull @Size(min = 1, max = 128) @Pattern(regexp = TEXT) String username,
		@Email @Size(max = 256) String email, @Valid NameBody name,
		@Size(min = 1, max = 256) @Pattern(regexp = TEXT) String nickname,
		@Size(min = 1, max = 256) @Pattern(regexp = TEXT) String title,
		@Size(min = 1, max = 256) @Pattern(regexp = TEXT) String type,
		@Size(min = 1, max = 1024) @Pattern(regexp = TEXT) String externalId,
		@Size(min = 1, max = 1024) @Pattern(regexp = TEXT) String accountId,
		@Size(min = 1, max = 256) @Pattern(regexp = TEXT) String locale,
		@Size(min = 1, max = 256) @Pattern(regexp = LANGUAGE_RANGES) String preferredLanguage,
		@Size(min = 1, max = 256) @Pattern(regexp = TIMEZONE) String timezone,
		@Size(min = 1, max = 32) @Pattern(regexp = PHONE) String mobilePhone,
		@Size(min = 1, max = 32) @Pattern(regexp = PHONE) String primaryPhone, @Valid PhotoBody photo,
		@Valid AddressBody address, @Valid IdentityProviderReference identityProvider,
		@Valid PopulationReference population, Boolean mfaEnabled, @Valid PasswordSetRequest password,
		@Valid LifecycleBody lifecycle, Boolean emailVerified) {

	/**
	 * PingOne's pattern for user text attributes: letters, marks, spaces, symbols,
	 * digits, punctuation.
	 */
	static final String TEXT = UserProfile.TEXT_PATTERN;

	/**
	 * PingOne's pattern for the family and formatted names: letters, marks, digits,
	 * spaces, dots, apostrophes and hyphens.
	 */
	static final String NAME = "^[\\p{L}\\p{M}\\p{N}' .-]*$";

	/** PingOne's pattern for a street address: text without symbols, and line breaks. */
	static final String STREET = "^[\\p{L}\\p{M}\\p{N}\\p{Zs}\\p{P}\\n\\r]*$";

	/** PingOne's pattern for a time zone, such as {@code America/Los_Angeles}. */
	static final String TIMEZONE = "^\\w+/\\w+$";

	/** A phone number: printable text with at least one digit, as PingOne requires. */
	static final String PHONE = "^(?=.*\\p{N})[\\p{L}\\p{M}\\p{Zs}\\p{S}\\p{N}\\p{P}]*$";

	/** One language range of an {@code Accept-Language} value, with its weight. */
	static final String LANGUAGE_RANGE = "(\\*|[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*)(\\s*;\\s*[qQ]=(0(\\.[0-9]{0,3})?|1(\\.0{0,3})?))?";

	/**
	 * An HTTP {@code Accept-Language} value (RFC 7231 section 5.3.5), such as
	 * {@code en-gb;q=0.8, en;q=0.7}.
	 */
	static final String LANGUAGE_RANGES = "^" + LANGUAGE_RANGE + "(\\s*,\\s*" + LANGUAGE_RANGE + ")*$";

	/** An absolute HTTP or HTTPS URL without spaces or control characters. */
	static final String HTTP_URL = "^(?i:https?)://[^\\p{C}\\p{Z}]+$";

	/**
	 * A user's profile as the body that would set it, for PATCH to merge into.
	 * @param profile the profile
	 * @return the body
	 */
	static UserRequest of(UserProfile profile) {
		PersonName name = profile.name();
		Address address = profile.address();
		return new UserRequest(profile.username(), profile.email(),
				(name != null) ? new NameBody(name.given(), name.family(), name.middle(), name.formatted(),
						name.honorificPrefix(), name.honorificSuffix()) : null,
				profile.nickname(), profile.title(), profile.type(), profile.externalId(), profile.accountId(),
				profile.locale(), profile.preferredLanguage(), profile.timezone(), profile.mobilePhone(),
				profile.primaryPhone(), (profile.photo() != null) ? new PhotoBody(profile.photo().href()) : null,
				(address != null) ? new AddressBody(address.streetAddress(), address.locality(), address.region(),
						address.postalCode(), address.countryCode()) : null,
				null, null, null, null, null, null);
	}

	UserProfile toProfile() {
		return new UserProfile(this.username, this.email, (this.name != null) ? this.name.toName() : null,
				this.nickname, this.title, this.type, this.externalId, this.accountId, this.locale,
				this.preferredLanguage, this.timezone, this.mobilePhone, this.primaryPhone,
				(this.photo != null) ? new Photo(this.photo.href()) : null,
				(this.address != null) ? this.address.toAddress() : null);
	}

	/** What an import sets beyond the profile. */
	ImportedState toImportedState() {
		String status = (this.lifecycle != null && this.lifecycle.status() != null) ? this.lifecycle.status()
				: User.LIFECYCLE_ACCOUNT_OK;
		return new ImportedState(status, Boolean.TRUE.equals(this.emailVerified), this.password);
	}

	@Override
	public String toString() {
		// Never the password: not in a log, an error or a debugger's summary.
		return "UserRequest[username=" + this.username + "]";
	}

	/**
	 * PingOne's {@code name} object.
	 *
	 * @param given given name
	 * @param family family name
	 * @param middle middle name
	 * @param formatted the full name as displayed
	 * @param honorificPrefix such as "Dr."
	 * @param honorificSuffix such as "IV"
	 */
	record NameBody(@Size(min = 1, max = 256) @Pattern(regexp = TEXT) String given,
			@Size(min = 1, max = 256) @Pattern(regexp = NAME) String family,
			@Size(min = 1, max = 256) @Pattern(regexp = TEXT) String middle,
			@Size(min = 1, max = 256) @Pattern(regexp = NAME) String formatted,
			@Size(min = 1, max = 256) @Pattern(regexp = TEXT) String honorificPrefix,
			@Size(min = 1, max = 256) @Pattern(regexp = TEXT) String honorificSuffix) {

		PersonName toName() {
			return new PersonName(this.given, this.family, this.middle, this.formatted, this.honorificPrefix,
					this.honorificSuffix)
				.orNullIfEmpty();
		}

	}

	/**
	 * PingOne's {@code photo} object.
	 *
	 * @param href required: an HTTP or HTTPS URL
	 */
	record PhotoBody(@NotNull @Size(min = 1, max = 2048) @Pattern(regexp = HTTP_URL) String href) {

	}

	/**
	 * PingOne's {@code address} object.
	 *
	 * @param streetAddress the street address, which may span lines
	 * @param locality the city
	 * @param region the state or region
	 * @param postalCode the postal code
	 * @param countryCode two upper-case letters
	 */
	record AddressBody(@Size(min = 1, max = 256) @Pattern(regexp = STREET) String streetAddress,
			@Size(min = 1, max = 256) @Pattern(regexp = TEXT) String locality,
			@Size(min = 1, max = 256) @Pattern(regexp = TEXT) String region,
			@Size(min = 1, max = 40) @Pattern(regexp = TEXT) String postalCode,
			@Pattern(regexp = "^[A-Z]{2}$") String countryCode) {

		Address toAddress() {
			return new Address(this.streetAddress, this.locality, this.region, this.postalCode, this.countryCode)
				.orNullIfEmpty();
		}

	}

	/**
	 * PingOne's {@code identityProvider} object: its {@code id} names an external
	 * identity provider of the environment; {@code type} is read-only.
	 *
	 * @param id the provider, or {@code null} for PingOne itself
	 */
	record IdentityProviderReference(
			@Null(message = "The identity provider does not exist in this environment.") UUID id) {

	}

	/**
	 * A reference to a population.
	 *
	 * @param id the population id
	 */
	record PopulationReference(@NotNull UUID id) {

	}

	/**
	 * PingOne's {@code lifecycle} object, on import.
	 *
	 * @param status {@code ACCOUNT_OK} or {@code VERIFICATION_REQUIRED}
	 */
	record LifecycleBody(@Pattern(regexp = "^(ACCOUNT_OK|VERIFICATION_REQUIRED)$") String status) {

	}

}
