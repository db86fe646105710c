package dev.mfastub.user;

import java.util.UUID;

import dev.mfastub.call.ApiCall;

/**
 * Where user resources live, relative to the request's base URL. Other features link to a
 * user through here.
 */
public final class UserLinks {

	private UserLinks() {
	}

	/** The users collection of the call's environment. */
	public static String users(ApiCall call) {
		return call.baseUrl() + "/v1/environments/" + call.environmentId() + "/users";
	}

	/** One user of the call's environment. */
	public static String user(ApiCall call, UUID userId) {
		return user(call.baseUrl(), call.environmentId(), userId);
	}

	/** One user, for an answer whose links start at {@code baseUrl}. */
	public static String user(String baseUrl, UUID environmentId, UUID userId) {
		return baseUrl + "/v1/environments/" + environmentId + "/users/" + userId;
	}

}
