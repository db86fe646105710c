package dev.mfastub.group;

import java.util.UUID;

import dev.mfastub.call.ApiCall;
import dev.mfastub.user.UserLinks;

/** The links of groups, nestings and memberships, built in this one place. */
final class GroupPaths {

	private GroupPaths() {
	}

	static String environment(ApiCall call) {
		return call.baseUrl() + "/v1/environments/" + call.environmentId();
	}

	static String groups(ApiCall call) {
		return environment(call) + "/groups";
	}

	static String group(ApiCall call, UUID groupId) {
		return groups(call) + "/" + groupId;
	}

	static String nestings(ApiCall call, UUID groupId) {
		return group(call, groupId) + "/memberOfGroups";
	}

	static String memberships(ApiCall call, UUID userId) {
		return UserLinks.user(call, userId) + "/memberOfGroups";
	}

	static String user(ApiCall call, UUID userId) {
		return UserLinks.user(call, userId);
	}

}
