package dev.mfastub.support;

/**
 * The {@code _links} of PingOne's user resource, in the order of PingOne's example, as
 * compact JSON: for tests that pin a whole user body.
 */
public final class UserLinksJson {

	private UserLinksJson() {
	}

	/**
	 * @param environment the environment's absolute URL
	 * @param userId the user
	 * @param populationId its population
	 * @return the links object
	 */
	public static String of(String environment, String userId, String populationId) {
		String self = environment + "/users/" + userId;
		return Json.compact("""
				{"self":{"href":"%1$s"},"environment":{"href":"%2$s"},
				 "population":{"href":"%2$s/populations/%3$s"},"devices":{"href":"%1$s/devices"},
				 "roleAssignments":{"href":"%1$s/roleAssignments"},"password":{"href":"%1$s/password"},
				 "password.reset":{"href":"%1$s/password"},"password.set":{"href":"%1$s/password"},
				 "password.check":{"href":"%1$s/password"},"password.recover":{"href":"%1$s/password"},
				 "linkedAccounts":{"href":"%1$s/linkedAccounts"},"account.sendVerificationCode":{"href":"%1$s"}}"""
			.formatted(self, environment, populationId));
	}

}
