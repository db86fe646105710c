package dev.mfastub.user;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import dev.mfastub.user.UserProfile.PersonName;
import dev.mfastub.web.Links.Link;

/**
 * A user as PingOne's {@code User} schema shows it, for the attributes the stub keeps.
 */
@JsonPropertyOrder({ "_links", "id", "environment", "account", "createdAt", "email", "enabled", "identityProvider",
		"lifecycle", "mfaEnabled", "name", "population", "updatedAt", "username" })
public record UserResponse(@JsonProperty("_links") SelfLinks links, UUID id, Reference environment, Account account,
		Instant createdAt, String email, boolean enabled, IdentityProvider identityProvider, Lifecycle lifecycle,
		boolean mfaEnabled, PersonName name, Reference population, Instant updatedAt, String username) {

	/**
	 * A user as the API shows it.
	 * @param baseUrl where its links start
	 * @param user the user
	 * @return the body
	 */
	public static UserResponse from(String baseUrl, User user) {
		UserProfile profile = user.profile();
		return new UserResponse(new SelfLinks(new Link(UserLinks.user(baseUrl, user.environmentId(), user.id()))),
				user.id(), new Reference(user.environmentId()), Account.OK, user.createdAt(), profile.email(),
				user.enabled(), IdentityProvider.PING_ONE, new Lifecycle(user.lifecycleStatus()), user.mfaEnabled(),
				profile.name(), new Reference(user.populationId()), user.updatedAt(), profile.username());
	}

	record SelfLinks(Link self) {

	}

	record Reference(UUID id) {

	}

	record Account(boolean canAuthenticate, String status) {

		static final Account OK = new Account(true, "OK");

	}

	record IdentityProvider(String type) {

		static final IdentityProvider PING_ONE = new IdentityProvider("PING_ONE");

	}

	record Lifecycle(String status) {

	}

}
