package dev.mfastub.user;

import java.util.UUID;

import dev.mfastub.web.Links;

/**
 * Where user resources live, relative to the request's base URL. Other features link to a
 * user through here.
 */
public final class UserLinks {

	private UserLinks() {
	}

	/** The users collection of an environment. */
	public static String users(UUID environmentId) {
		return Links.base() + "/v1/environments/" + environmentId + "/users";
	}

	/** One user. */
	public static String user(UUID environmentId, UUID userId) {
		return users(environmentId) + "/" + userId;
	}

}
