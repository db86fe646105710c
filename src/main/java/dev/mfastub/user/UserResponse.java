package dev.mfastub.user;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;

import dev.mfastub.user.UserProfile.Address;
import dev.mfastub.user.UserProfile.PersonName;
import dev.mfastub.user.UserProfile.Photo;
import dev.mfastub.web.Links.Link;

/**
 * A user as PingOne's {@code User} schema shows it. Attributes that are not set are
 * absent, as in PingOne's answers.
 */
@JsonPropertyOrder({ "_links", "id", "environment", "account", "accountId", "address", "createdAt", "email",
		"emailVerified", "enabled", "externalId", "identityProvider", "lastSignOn", "lifecycle", "locale",
		"memberOfGroupIDs", "memberOfGroupNames", "mfaEnabled", "mobilePhone", "name", "nickname", "photo",
		"population", "preferredLanguage", "primaryPhone", "timezone", "title", "type", "updatedAt", "username",
		"verifyStatus" })
public record UserResponse(@JsonProperty("_links") UserResourceLinks links, UUID id, Reference environment,
		Account account, String accountId, Address address, Instant createdAt, String email, boolean emailVerified,
		boolean enabled, String externalId, IdentityProvider identityProvider, Lifecycle lifecycle, String locale,
		boolean mfaEnabled, String mobilePhone, PersonName name, String nickname, Photo photo, Reference population,
		String preferredLanguage, String primaryPhone, String timezone, String title, String type, Instant updatedAt,
		String username, String verifyStatus,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Schema(
				description = "With include=memberOfGroupIDs only") List<UUID> memberOfGroupIDs,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Schema(
				description = "With include=memberOfGroupNames only") List<String> memberOfGroupNames) {

	/**
	 * A user as the API shows it.
	 * @param baseUrl where its links start
	 * @param user the user
	 * @param now the environment's now, for the account's lock
	 * @return the body
	 */
	public static UserResponse from(String baseUrl, User user, Instant now) {
		UserProfile profile = user.profile();
		return new UserResponse(UserResourceLinks.of(baseUrl, user), user.id(), new Reference(user.environmentId()),
				Account.of(user, now), profile.accountId(), profile.address(), user.createdAt(), profile.email(),
				user.emailVerified(), user.enabled(), profile.externalId(), IdentityProvider.PING_ONE,
				new Lifecycle(user.lifecycleStatus()), profile.locale(), user.mfaEnabled(), profile.mobilePhone(),
				profile.name(), profile.nickname(), profile.photo(), new Reference(user.populationId()),
				profile.preferredLanguage(), profile.primaryPhone(), profile.timezone(), profile.title(),
				profile.type(), user.updatedAt(), profile.username(), user.verifyStatus(), null, null);
	}

	/**
	 * The user with the groups it is in, as PingOne's {@code include} asks.
	 * @param ids its groups' ids, or {@code null} when not asked for
	 * @param names its groups' names, or {@code null} when not asked for
	 * @return the body with them
	 */
	UserResponse withGroups(List<UUID> ids, List<String> names) {
		return new UserResponse(this.links, this.id, this.environment, this.account, this.accountId, this.address,
				this.createdAt, this.email, this.emailVerified, this.enabled, this.externalId, this.identityProvider,
				this.lifecycle, this.locale, this.mfaEnabled, this.mobilePhone, this.name, this.nickname, this.photo,
				this.population, this.preferredLanguage, this.primaryPhone, this.timezone, this.title, this.type,
				this.updatedAt, this.username, this.verifyStatus, ids, names);
	}

	/**
	 * The links of PingOne's user resource, in the order of PingOne's example: the user,
	 * where it lives, and the sub-resources PingOne offers on it (some of which the stub
	 * does not serve).
	 */
	record UserResourceLinks(Link self, Link environment, Link population, Link devices, Link roleAssignments,
			Link password, @JsonProperty("password.reset") Link passwordReset,
			@JsonProperty("password.set") Link passwordSet, @JsonProperty("password.check") Link passwordCheck,
			@JsonProperty("password.recover") Link passwordRecover, Link linkedAccounts,
			@JsonProperty("account.sendVerificationCode") Link sendVerificationCode) {

		static UserResourceLinks of(String baseUrl, User user) {
			String self = UserLinks.user(baseUrl, user.environmentId(), user.id());
			String environment = baseUrl + "/v1/environments/" + user.environmentId();
			Link password = new Link(self + "/password");
			return new UserResourceLinks(new Link(self), new Link(environment),
					new Link(environment + "/populations/" + user.populationId()), new Link(self + "/devices"),
					new Link(self + "/roleAssignments"), password, password, password, password, password,
					new Link(self + "/linkedAccounts"), new Link(self));
		}

	}

	record Reference(UUID id) {

	}

	/**
	 * PingOne's {@code account}: a user can authenticate while it is enabled and not
	 * locked; wrong MFA passcodes lock it (the MFA settings' lockout) until
	 * {@code unlockAt}.
	 *
	 * @param canAuthenticate whether the user may sign on now
	 * @param lockedAt when the lock began, while it holds
	 * @param secondsUntilUnlock whole seconds left, while it holds
	 * @param status {@code LOCKED} or {@code OK}
	 * @param unlockAt when the lock ends, while it holds
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonPropertyOrder({ "canAuthenticate", "lockedAt", "secondsUntilUnlock", "status", "unlockAt" })
	record Account(boolean canAuthenticate, Instant lockedAt, Long secondsUntilUnlock, String status,
			Instant unlockAt) {

		static Account of(User user, Instant now) {
			if (!user.lockedAt(now)) {
				return new Account(user.enabled(), null, null, "OK", null);
			}
			long seconds = (user.unlockAt().toEpochMilli() - now.toEpochMilli() + 999) / 1000;
			return new Account(false, user.lockedAt(), seconds, "LOCKED", user.unlockAt());
		}

	}

	record IdentityProvider(String type) {

		static final IdentityProvider PING_ONE = new IdentityProvider("PING_ONE");

	}

	record Lifecycle(String status) {

	}

}
