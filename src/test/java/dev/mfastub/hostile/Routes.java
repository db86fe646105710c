package dev.mfastub.hostile;

import java.util.List;
import java.util.Set;

/**
 * Every route the README lists, with the methods it has, and every route that reads a
 * JSON body, with a body it would accept. Paths are templates: {@code {env}} is the
 * test's sandbox, {@code {user}} its user.
 */
final class Routes {

	static final Route USERS = new Route("users", "/v1/environments/{env}/users", Set.of("GET", "POST"));

	static final Route USER = new Route("user", "/v1/environments/{env}/users/{user}",
			Set.of("GET", "POST", "PUT", "PATCH", "DELETE"));

	static final Route MFA_ENABLED = new Route("mfaEnabled", "/v1/environments/{env}/users/{user}/mfaEnabled",
			Set.of("GET", "PUT"));

	static final Route BYPASS_MFA = new Route("bypassMFA", "/v1/environments/{env}/users/{user}/bypassMFA",
			Set.of("GET", "PUT"));

	static final Route TOKEN = new Route("token", "/{env}/as/token", Set.of("POST"));

	static final Route JWKS = new Route("jwks", "/{env}/as/jwks", Set.of("GET"));

	static final Route DISCOVERY = new Route("discovery", "/{env}/as/.well-known/openid-configuration", Set.of("GET"));

	static final Route AUTHORIZE = new Route("authorize", "/{env}/as/authorize", Set.of("GET", "POST"));

	static final Route RESUME = new Route("resume", "/{env}/as/resume", Set.of("GET"));

	static final Route USERINFO = new Route("userinfo", "/{env}/as/userinfo", Set.of("GET", "POST"));

	static final Route SIGNOFF = new Route("signoff", "/{env}/as/signoff", Set.of("GET"));

	static final Route FLOW = new Route("flow", "/{env}/flows/{flow}", Set.of("GET", "POST"));

	static final Route SANDBOXES = new Route("sandboxes", "/__stub/environments", Set.of("POST"));

	static final Route SANDBOX = new Route("sandbox", "/__stub/environments/{env}", Set.of("DELETE"));

	static final Route SANDBOX_RESET = new Route("sandbox reset", "/__stub/environments/{env}/reset", Set.of("POST"));

	static final Route RESET_ALL = new Route("reset all", "/__stub/reset", Set.of("POST"));

	static final Route CLOCK = new Route("clock", "/__stub/environments/{env}/clock", Set.of("GET", "PUT", "DELETE"));

	static final Route CLOCK_ADVANCE = new Route("clock advance", "/__stub/environments/{env}/clock/advance",
			Set.of("POST"));

	static final Route FAULTS = new Route("faults", "/__stub/environments/{env}/faults",
			Set.of("GET", "PUT", "DELETE"));

	static final Route EVENTS = new Route("events", "/__stub/environments/{env}/events", Set.of("GET"));

	static final Route ROTATE_KEYS = new Route("rotate signing keys", "/__stub/signing-keys/rotate", Set.of("POST"));

	static final Route ROLES = new Route("roles", "/v1/roles", Set.of("GET"));

	static final Route ROLE = new Route("role", "/v1/roles/{role}", Set.of("GET"));

	static final Route ENVIRONMENTS = new Route("environments", "/v1/environments", Set.of("GET", "POST"));

	static final Route ENVIRONMENT = new Route("environment", "/v1/environments/{env}", Set.of("GET", "PUT", "DELETE"));

	static final Route ENABLED = new Route("enabled", "/v1/environments/{env}/users/{user}/enabled",
			Set.of("GET", "PUT"));

	static final Route USER_POPULATION = new Route("user population", "/v1/environments/{env}/users/{user}/population",
			Set.of("GET", "PUT"));

	static final Route PASSWORD = new Route("password", "/v1/environments/{env}/users/{user}/password",
			Set.of("GET", "PUT", "POST"));

	static final Route VERIFY_STATUS = new Route("verify status", "/v1/environments/{env}/users/{user}/verifyStatus",
			Set.of("GET", "PUT"));

	static final Route DEVICES = new Route("devices", "/v1/environments/{env}/users/{user}/devices",
			Set.of("GET", "POST", "DELETE"));

	static final Route DEVICE = new Route("device", "/v1/environments/{env}/users/{user}/devices/{device}",
			Set.of("GET", "POST", "DELETE"));

	static final Route DEVICE_NICKNAME = new Route("device nickname",
			"/v1/environments/{env}/users/{user}/devices/{device}/nickname", Set.of("PUT"));

	static final Route MFA_SETTINGS = new Route("MFA settings", "/v1/environments/{env}/mfaSettings",
			Set.of("GET", "PUT", "DELETE"));

	static final Route DEVICE_POLICIES = new Route("device authentication policies",
			"/v1/environments/{env}/deviceAuthenticationPolicies", Set.of("GET", "POST"));

	static final Route DEVICE_POLICY = new Route("device authentication policy",
			"/v1/environments/{env}/deviceAuthenticationPolicies/{policy}", Set.of("GET", "PUT", "DELETE"));

	static final Route NOTIFICATIONS = new Route("notifications", "/__stub/environments/{env}/notifications",
			Set.of("GET"));

	static final Route DEVICE_AUTHENTICATIONS = new Route("device authentications", "/{env}/deviceAuthentications",
			Set.of("POST"));

	static final Route DEVICE_AUTHENTICATION = new Route("device authentication", "/{env}/deviceAuthentications/{flow}",
			Set.of("GET", "POST"));

	static final Route APPLICATIONS = new Route("applications", "/v1/environments/{env}/applications",
			Set.of("GET", "POST"));

	static final Route APPLICATION = new Route("application", "/v1/environments/{env}/applications/{app}",
			Set.of("GET", "PUT", "DELETE"));

	static final Route APPLICATION_SECRET = new Route("application secret",
			"/v1/environments/{env}/applications/{app}/secret", Set.of("GET", "POST"));

	static final Route ROLE_ASSIGNMENTS = new Route("roleAssignments",
			"/v1/environments/{env}/applications/{app}/roleAssignments", Set.of("GET", "POST"));

	static final Route ROLE_ASSIGNMENT = new Route("roleAssignment",
			"/v1/environments/{env}/applications/{app}/roleAssignments/{assignment}", Set.of("GET", "DELETE"));

	static final Route POPULATIONS = new Route("populations", "/v1/environments/{env}/populations",
			Set.of("GET", "POST"));

	static final Route POPULATION = new Route("population", "/v1/environments/{env}/populations/{population}",
			Set.of("GET", "PUT", "DELETE"));

	static final Route PASSWORD_POLICIES = new Route("passwordPolicies", "/v1/environments/{env}/passwordPolicies",
			Set.of("GET", "POST"));

	static final Route PASSWORD_POLICY = new Route("passwordPolicy",
			"/v1/environments/{env}/passwordPolicies/{passwordPolicy}", Set.of("GET", "PUT", "DELETE"));

	static final Route SIGN_ON_POLICIES = new Route("signOnPolicies", "/v1/environments/{env}/signOnPolicies",
			Set.of("GET", "POST"));

	static final Route SIGN_ON_POLICY = new Route("signOnPolicy", "/v1/environments/{env}/signOnPolicies/{policy}",
			Set.of("GET", "PUT", "DELETE"));

	static final Route SIGN_ON_POLICY_ACTIONS = new Route("signOnPolicy actions",
			"/v1/environments/{env}/signOnPolicies/{policy}/actions", Set.of("GET", "POST"));

	static final Route SIGN_ON_POLICY_ACTION = new Route("signOnPolicy action",
			"/v1/environments/{env}/signOnPolicies/{policy}/actions/{assignment}", Set.of("GET", "PUT", "DELETE"));

	static final Route SIGN_ON_POLICY_ASSIGNMENTS = new Route("signOnPolicyAssignments",
			"/v1/environments/{env}/applications/{app}/signOnPolicyAssignments", Set.of("GET", "POST"));

	static final Route SIGN_ON_POLICY_ASSIGNMENT = new Route("signOnPolicyAssignment",
			"/v1/environments/{env}/applications/{app}/signOnPolicyAssignments/{assignment}",
			Set.of("GET", "PUT", "DELETE"));

	static final Route GROUPS = new Route("groups", "/v1/environments/{env}/groups", Set.of("GET", "POST"));

	static final Route GROUP = new Route("group", "/v1/environments/{env}/groups/{group}",
			Set.of("GET", "PUT", "DELETE"));

	static final Route GROUP_NESTINGS = new Route("group nestings",
			"/v1/environments/{env}/groups/{group}/memberOfGroups", Set.of("GET", "POST"));

	static final Route GROUP_NESTING = new Route("group nesting",
			"/v1/environments/{env}/groups/{group}/memberOfGroups/{group}", Set.of("GET", "DELETE"));

	static final Route USER_GROUPS = new Route("user group memberships",
			"/v1/environments/{env}/users/{user}/memberOfGroups", Set.of("GET", "POST"));

	static final Route USER_GROUP = new Route("user group membership",
			"/v1/environments/{env}/users/{user}/memberOfGroups/{group}", Set.of("GET", "DELETE"));

	static final Route ORGANIZATION = new Route("organization", "/v1/organizations/{org}", Set.of("GET"));

	static final Route LICENSES = new Route("licenses", "/v1/organizations/{org}/licenses", Set.of("GET"));

	static final Route LICENSE = new Route("license", "/v1/organizations/{org}/licenses/{license}", Set.of("GET"));

	static final List<Route> ALL = List.of(USERS, USER, MFA_ENABLED, BYPASS_MFA, TOKEN, JWKS, DISCOVERY, SANDBOXES,
			SANDBOX, SANDBOX_RESET, RESET_ALL, CLOCK, CLOCK_ADVANCE, FAULTS, EVENTS, ROTATE_KEYS, ROLES, ROLE,
			ORGANIZATION, LICENSES, LICENSE, ENVIRONMENTS, ENVIRONMENT, POPULATIONS, POPULATION, PASSWORD,
			VERIFY_STATUS, ROLE_ASSIGNMENTS, ROLE_ASSIGNMENT, APPLICATIONS, APPLICATION, APPLICATION_SECRET, ENABLED,
			USER_POPULATION, DEVICES, DEVICE, DEVICE_NICKNAME, MFA_SETTINGS, DEVICE_POLICIES, DEVICE_POLICY,
			NOTIFICATIONS, DEVICE_AUTHENTICATIONS, DEVICE_AUTHENTICATION, PASSWORD_POLICIES, PASSWORD_POLICY, GROUPS,
			GROUP, GROUP_NESTINGS, GROUP_NESTING, USER_GROUPS, USER_GROUP, SIGN_ON_POLICIES, SIGN_ON_POLICY,
			SIGN_ON_POLICY_ACTIONS, SIGN_ON_POLICY_ACTION, SIGN_ON_POLICY_ASSIGNMENTS, SIGN_ON_POLICY_ASSIGNMENT,
			AUTHORIZE, RESUME, USERINFO, SIGNOFF, FLOW);

	/** The routes whose path names an environment. */
	static final List<Route> WITH_ENVIRONMENT = ALL.stream().filter((route) -> route.path().contains("{env}")).toList();

	/** The routes whose path names a user. */
	static final List<Route> WITH_USER = ALL.stream().filter((route) -> route.path().contains("{user}")).toList();

	/** The routes whose path names a population. */
	static final List<Route> WITH_POPULATION = ALL.stream()
		.filter((route) -> route.path().contains("{population}"))
		.toList();

	/** The routes whose path names a group. */
	static final List<Route> WITH_GROUP = ALL.stream().filter((route) -> route.path().contains("{group}")).toList();

	static final List<Route> WITH_ROLE = ALL.stream().filter((route) -> route.path().contains("{role}")).toList();

	static final List<Route> WITH_ORGANIZATION = ALL.stream()
		.filter((route) -> route.path().contains("{org}"))
		.toList();

	static final List<Route> WITH_LICENSE = ALL.stream().filter((route) -> route.path().contains("{license}")).toList();

	/*
	 * The bodies below are accepted as they are, and each changes something the test
	 * watches (the journal, the clock, the fault rules, the set of sandboxes), so a
	 * hostile variant the stub wrongly accepts cannot go unnoticed.
	 */

	static final JsonEndpoint PUT_MFA_ENABLED = new JsonEndpoint("PUT", MFA_ENABLED, "mfaEnabled", "true",
			"mfaEnabled");

	static final JsonEndpoint PUT_ENABLED = new JsonEndpoint("PUT", ENABLED, "enabled", "false", "enabled");

	static final JsonEndpoint PUT_VERIFY_STATUS = new JsonEndpoint("PUT", VERIFY_STATUS, "verifyStatus", "\"ENABLED\"",
			"verifyStatus");

	/**
	 * Import a user, in its own media type: only in the value cases (the body and content
	 * type cases assume {@code application/json}).
	 */
	static final JsonEndpoint IMPORT_USER = new JsonEndpoint("POST", USERS, "username", "\"hostile.import\"",
			"username", "application/vnd.pingidentity.user.import+json");

	/**
	 * Move a user: only in the value cases (an accepted body names the sandbox's own
	 * population, which a fixed body cannot).
	 */
	static final JsonEndpoint PUT_USER_POPULATION = new JsonEndpoint("PUT", USER_POPULATION, "id",
			"\"00000000-0000-4000-8000-000000000001\"", "id");

	static final JsonEndpoint PUT_BYPASS_MFA = new JsonEndpoint("PUT", BYPASS_MFA, "bypassMFAEnabledUntil",
			"\"2030-06-01T00:00:00.000Z\"", "bypassMFAEnabledUntil");

	static final JsonEndpoint CREATE_USER = new JsonEndpoint("POST", USERS, "username", "\"hostile.user\"", "username");

	static final JsonEndpoint REPLACE_USER = new JsonEndpoint("PUT", USER, "username", "\"ada.replaced\"", "username");

	static final JsonEndpoint PATCH_USER = new JsonEndpoint("PATCH", USER, "email", "\"patched@example.com\"", "email");

	static final JsonEndpoint CREATE_SANDBOX = new JsonEndpoint("POST", SANDBOXES, "name", "\"hostile sandbox\"",
			"name");

	static final JsonEndpoint SET_CLOCK = new JsonEndpoint("PUT", CLOCK, "now", "\"2031-01-01T00:00:00.000Z\"", "now");

	static final JsonEndpoint ADVANCE_CLOCK = new JsonEndpoint("POST", CLOCK_ADVANCE, "duration", "\"PT1S\"",
			"duration");

	static final JsonEndpoint SET_FAULTS = new JsonEndpoint("PUT", FAULTS, "rules",
			"[{\"path\":\"/hostile/**\",\"status\":503}]", "rules");

	static final JsonEndpoint CREATE_POPULATION = new JsonEndpoint("POST", POPULATIONS, "name", "\"Hostile\"", "name");

	static final JsonEndpoint REPLACE_POPULATION = new JsonEndpoint("PUT", POPULATION, "name", "\"Default\"", "name");

	static final JsonEndpoint CREATE_GROUP = new JsonEndpoint("POST", GROUPS, "name", "\"Hostile\"", "name");

	/**
	 * Join a group, nest one: only in the value cases (an accepted body names a group the
	 * sandbox does not have).
	 */
	static final JsonEndpoint JOIN_GROUP = new JsonEndpoint("POST", USER_GROUPS, "id", "\"" + Target.GROUP + "\"",
			"id");

	static final JsonEndpoint NEST_GROUP = new JsonEndpoint("POST", GROUP_NESTINGS, "id", "\"" + Target.GROUP + "\"",
			"id");

	/**
	 * Set password, in its own media type: only in the value cases (the body and content
	 * type cases assume {@code application/json}; its own test covers that).
	 */
	static final JsonEndpoint SET_PASSWORD = new JsonEndpoint("PUT", PASSWORD, "value", "\"2FederateM0re!\"", "value",
			"application/vnd.pingidentity.password.set+json");

	/** Update password, as the user or an administrator: likewise, in its media type. */
	static final JsonEndpoint RESET_PASSWORD = new JsonEndpoint("PUT", PASSWORD, "newPassword", "\"2FederateM0re!\"",
			"newPassword", "application/vnd.pingidentity.password.reset+json");

	/**
	 * Create a device, activate one, rename one, set the device order, update the MFA
	 * settings and the policy: only in the value cases (an accepted body needs more than
	 * one property, or a device the sandbox does not have).
	 */
	static final JsonEndpoint CREATE_DEVICE = new JsonEndpoint("POST", DEVICES, "type", "\"EMAIL\"", "type");

	static final JsonEndpoint ACTIVATE_DEVICE = new JsonEndpoint("POST", DEVICE, "otp", "\"123456\"", "otp",
			"application/vnd.pingidentity.device.activate+json");

	static final JsonEndpoint RENAME_DEVICE = new JsonEndpoint("PUT", DEVICE_NICKNAME, "nickname", "\"Hostile\"",
			"nickname");

	static final JsonEndpoint REORDER_DEVICES = new JsonEndpoint("POST", DEVICES, "order", "[]", "order",
			"application/vnd.pingidentity.devices.reorder+json");

	/**
	 * Remove the device order, an action without a body told apart by its media type: by
	 * POST, as PingOne's "Remove Device Order" page has it now, and by DELETE, as the
	 * stub served it first.
	 */
	static final MediaAction REMOVE_DEVICE_ORDER = new MediaAction("POST", DEVICES,
			"application/vnd.pingidentity.devices.order.remove+json");

	static final MediaAction REMOVE_DEVICE_ORDER_BY_DELETE = new MediaAction("DELETE", DEVICES,
			"application/vnd.pingidentity.devices.order.remove+json");

	/** The actions without a body that only their media type names. */
	static final List<MediaAction> MEDIA_ACTIONS = List.of(REMOVE_DEVICE_ORDER, REMOVE_DEVICE_ORDER_BY_DELETE);

	static final JsonEndpoint PUT_MFA_SETTINGS = new JsonEndpoint("PUT", MFA_SETTINGS, "pairing", "{}", "pairing");

	static final JsonEndpoint PUT_DEVICE_POLICY = new JsonEndpoint("PUT", DEVICE_POLICY, "name", "\"Hostile\"", "name");

	static final JsonEndpoint CREATE_DEVICE_POLICY = new JsonEndpoint("POST", DEVICE_POLICIES, "name", "\"Hostile\"",
			"name");

	/**
	 * Create and update a password policy: only in the value cases (an accepted body
	 * needs its three required booleans besides the name).
	 */
	static final JsonEndpoint CREATE_PASSWORD_POLICY = new JsonEndpoint("POST", PASSWORD_POLICIES, "name",
			"\"Hostile\"", "name");

	static final JsonEndpoint PUT_PASSWORD_POLICY = new JsonEndpoint("PUT", PASSWORD_POLICY, "name", "\"Hostile\"",
			"name");

	/**
	 * Start a device authentication, select a device, check a passcode, cancel: only in
	 * the value cases (an accepted body names a user or a flow the sandbox does not
	 * have).
	 */
	static final JsonEndpoint START_DEVICE_AUTHENTICATION = new JsonEndpoint("POST", DEVICE_AUTHENTICATIONS, "user",
			"{\"id\":\"" + Target.DEVICE + "\"}", "user");

	static final JsonEndpoint SELECT_DEVICE = new JsonEndpoint("POST", DEVICE_AUTHENTICATION, "device",
			"{\"id\":\"" + Target.DEVICE + "\"}", "device", "application/vnd.pingidentity.device.select+json");

	static final JsonEndpoint CHECK_OTP = new JsonEndpoint("POST", DEVICE_AUTHENTICATION, "otp", "\"123456\"", "otp",
			"application/vnd.pingidentity.otp.check+json");

	static final JsonEndpoint CANCEL_DEVICE_AUTHENTICATION = new JsonEndpoint("POST", DEVICE_AUTHENTICATION, "reason",
			"\"CHANGE_DEVICE\"", "reason", "application/vnd.pingidentity.cancel.push.authentication+json");

	/**
	 * The Flow API's actions: only in the value cases (an accepted body acts on a flow
	 * the sandbox does not have).
	 */
	static final JsonEndpoint FLOW_PASSWORD_CHECK = new JsonEndpoint("POST", FLOW, "username", "\"ada\"", "username",
			"application/vnd.pingidentity.usernamePassword.check+json");

	static final JsonEndpoint FLOW_SELECT_DEVICE = new JsonEndpoint("POST", FLOW, "device",
			"{\"id\":\"" + Target.DEVICE + "\"}", "device", "application/vnd.pingidentity.device.select+json");

	static final JsonEndpoint FLOW_CHECK_OTP = new JsonEndpoint("POST", FLOW, "otp", "\"123456\"", "otp",
			"application/vnd.pingidentity.otp.check+json");

	/** Password recovery with a code: likewise, in its media type. */
	static final JsonEndpoint RECOVER_PASSWORD = new JsonEndpoint("POST", PASSWORD, "recoveryCode", "\"ABCD1234\"",
			"recoveryCode", "application/vnd.pingidentity.password.recover+json");

	/** Password check: likewise, in its media type. */
	static final JsonEndpoint CHECK_PASSWORD = new JsonEndpoint("POST", PASSWORD, "password", "\"2FederateM0re!\"",
			"password", "application/vnd.pingidentity.password.check+json");

	/**
	 * Create a worker app: only in the value cases, whose templates hold a whole body.
	 */
	static final JsonEndpoint CREATE_APPLICATION = new JsonEndpoint("POST", APPLICATIONS, "name", "\"Hostile\"",
			"name");

	static final List<JsonEndpoint> JSON = List.of(PUT_MFA_ENABLED, PUT_BYPASS_MFA, CREATE_USER, REPLACE_USER,
			PATCH_USER, CREATE_SANDBOX, SET_CLOCK, ADVANCE_CLOCK, SET_FAULTS, CREATE_POPULATION, REPLACE_POPULATION,
			PUT_ENABLED, PUT_VERIFY_STATUS, CREATE_GROUP);

	/** Methods a route may lack: the usual ones, and some no route has. */
	static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "PROPFIND",
			"FOO");

	private Routes() {
	}

	/**
	 * A route.
	 *
	 * @param name a short name for the report
	 * @param path its template
	 * @param methods the methods it has (HEAD aside)
	 */
	record Route(String name, String path, Set<String> methods) {

		/**
		 * Whether it needs a token: a {@code /v1} route, or the device authentications
		 * PingOne serves on its auth server.
		 */
		boolean api() {
			return this.path.startsWith("/v1/") || this.path.contains("/deviceAuthentications");
		}

	}

	/**
	 * An action without a body on a route, named by its media type.
	 *
	 * @param method its method
	 * @param route its route
	 * @param mediaType the {@code Content-Type} that names it
	 */
	record MediaAction(String method, Route route, String mediaType) {

		@Override
		public String toString() {
			return this.method + " " + this.route.name() + " (" + this.mediaType + ")";
		}

	}

	/**
	 * A route that reads a JSON object.
	 *
	 * @param method its method
	 * @param route its route
	 * @param key the one property of its accepted body
	 * @param value that property's accepted value, as JSON
	 * @param target the detail target of a wrong value of that property
	 */
	record JsonEndpoint(String method, Route route, String key, String value, String target, String mediaType) {

		JsonEndpoint(String method, Route route, String key, String value, String target) {
			this(method, route, key, value, target, "application/json");
		}

		/** {@code "key":value}, the members of an accepted body. */
		String members() {
			return "\"" + this.key + "\":" + this.value;
		}

		/** The accepted body. */
		String body() {
			return "{" + members() + "}";
		}

		/** A body with the property set to another JSON value. */
		String with(String json) {
			return "{\"" + this.key + "\":" + json + "}";
		}

		/** Whether a JSON array of rules is an accepted body too. */
		boolean takesArray() {
			return this == SET_FAULTS;
		}

		/** Whether no body at all is accepted (a sandbox needs no definition). */
		boolean bodyOptional() {
			return this == CREATE_SANDBOX;
		}

		@Override
		public String toString() {
			return this.method + " " + this.route.name();
		}

	}

}
