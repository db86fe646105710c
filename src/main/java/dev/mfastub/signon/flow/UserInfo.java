package dev.mfastub.signon.flow;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import dev.mfastub.call.ApiCall;
import dev.mfastub.user.User;
import dev.mfastub.user.UserProfile;

/**
 * The userinfo answer (OpenID Connect Core section 5.3.2): {@code sub} always, the claims
 * of {@code profile}, {@code email}, {@code phone} and {@code address} (section 5.4) when
 * the token holds the scope and the user has the value, and PingOne's {@code env}.
 *
 * @param sub the user's id
 * @param name the formatted name
 * @param givenName the given name
 * @param middleName the middle name
 * @param familyName the family name
 * @param preferredUsername the username
 * @param nickname the nickname
 * @param locale the locale
 * @param zoneinfo the time zone
 * @param updatedAt when the user last changed, in seconds since the epoch
 * @param email the email address
 * @param emailVerified whether it is verified
 * @param phoneNumber the primary phone, else the mobile phone
 * @param address the postal address
 * @param env the environment
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record UserInfo(String sub, String name, @JsonProperty("given_name") String givenName,
		@JsonProperty("middle_name") String middleName, @JsonProperty("family_name") String familyName,
		@JsonProperty("preferred_username") String preferredUsername, String nickname, String locale, String zoneinfo,
		@JsonProperty("updated_at") Long updatedAt, String email, @JsonProperty("email_verified") Boolean emailVerified,
		@JsonProperty("phone_number") String phoneNumber, PostalAddress address, String env) {

	static UserInfo of(ApiCall call, User user, List<String> scopes) {
		UserProfile profile = user.profile();
		boolean showProfile = scopes.contains("profile");
		UserProfile.PersonName name = showProfile ? profile.name() : null;
		boolean showEmail = scopes.contains("email") && profile.email() != null;
		UserProfile.Address postal = scopes.contains("address") ? profile.address() : null;
		return new UserInfo(user.id().toString(), (name != null) ? name.formatted() : null,
				(name != null) ? name.given() : null, (name != null) ? name.middle() : null,
				(name != null) ? name.family() : null, showProfile ? profile.username() : null,
				showProfile ? profile.nickname() : null, showProfile ? profile.locale() : null,
				showProfile ? profile.timezone() : null, showProfile ? user.updatedAt().getEpochSecond() : null,
				showEmail ? profile.email() : null, showEmail ? user.emailVerified() : null,
				scopes.contains("phone")
						? ((profile.primaryPhone() != null) ? profile.primaryPhone() : profile.mobilePhone()) : null,
				(postal != null) ? new PostalAddress(postal.streetAddress(), postal.locality(), postal.region(),
						postal.postalCode(), postal.countryCode()) : null,
				call.environmentId().toString());
	}

	/**
	 * OpenID Connect Core section 5.1.1's address claim.
	 *
	 * @param streetAddress the street address
	 * @param locality the city
	 * @param region the state or region
	 * @param postalCode the postal code
	 * @param country the country code
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record PostalAddress(@JsonProperty("street_address") String streetAddress, String locality, String region,
			@JsonProperty("postal_code") String postalCode, String country) {

	}

}
