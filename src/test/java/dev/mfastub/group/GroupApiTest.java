package dev.mfastub.group;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import dev.mfastub.support.Json;
import dev.mfastub.support.JsonDocument;
import dev.mfastub.support.Sandbox;
import dev.mfastub.support.SandboxTest;
import dev.mfastub.support.Tokens;

import static dev.mfastub.support.PingOneErrors.FORBIDDEN;
import static dev.mfastub.support.PingOneErrors.allowedValues;
import static dev.mfastub.support.PingOneErrors.assertError;
import static dev.mfastub.support.PingOneErrors.assertInvalidData;
import static dev.mfastub.support.PingOneErrors.assertNotFound;
import static dev.mfastub.support.PingOneErrors.detail;
import static dev.mfastub.support.PingOneErrors.range;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * PingOne's Groups API (issue 32, point 2): groups, their nesting, users' memberships,
 * the users' {@code memberOfGroups} and the roles that reach them. Each test names the
 * PingOne page it follows (developer.pingidentity.com/pingone-api/platform/...).
 */
class GroupApiTest extends SandboxTest {

	private static final String UNKNOWN = "00000000-0000-4000-8000-000000000000";

	private static final String ADA_ID = "7e94b96e-0364-463b-a059-d97d1e4cb1d5";

	private static final String GRACE_ID = "05ad3cc6-8723-4f85-9711-05ad549717f6";

	private static final String TWO_USERS = """
			{"users":[{"id":"%s","username":"ada","email":"ada@example.com"},
			          {"id":"%s","username":"grace","email":"grace@example.com"}]}""".formatted(ADA_ID, GRACE_ID);

	// --- Groups: "Create Group", "Read One Group", "Read All Groups", "Update Group",
	// "Delete Group" (groups/create-group.html and its neighbours) ---

	/**
	 * "Create Group": the page's own body, answered as the Groups data model shows it.
	 */
	@Test
	void shouldCreateAGroupAsPingOnesExampleWritesIt() {
		Sandbox sandbox = sandbox();

		Response response = create(sandbox,
				"""
						{"name":"Managers","description":"This is a test group",
						 "customData":{"groupOwner":"Tom Jones","securityGroup":true},"userFilter":"title eq \\"Manager\\""}""");

		assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
		assertThat(response.contentType()).isEqualTo("application/json");
		String id = JsonDocument.of(response).getString("id");
		assertThat(response.header("Location")).isEqualTo(href(groups(sandbox) + "/" + id));
		String expected = Json.compact("""
				{"_links":{"self":{"href":"%1$s"},"environment":{"href":"%2$s"}},
				 "id":"%3$s","environment":{"id":"%4$s"},"name":"Managers","description":"This is a test group",
				 "userFilter":"title eq \\"Manager\\"","customData":{"groupOwner":"Tom Jones","securityGroup":true},
				 "directMemberCounts":{"users":0}}""".formatted(href(groups(sandbox) + "/" + id),
				href("/v1/environments/" + sandbox.id()), id, sandbox.id()));
		assertThat(response.asString()).isEqualTo(expected);
		assertThat(api(sandbox).get(groups(sandbox) + "/" + id).asString()).isEqualTo(expected);
		assertThat(JsonDocument.of(api(sandbox).get(groups(sandbox))).getList("_embedded.groups.id", String.class))
			.containsExactly(id);
	}

	/**
	 * "Read One Group" with {@code include=totalMemberCounts}; "Read All Groups" does not
	 * show it ("This property is not returned with a list of groups", Groups data model).
	 */
	@Test
	void shouldCountTotalMembersOnlyWhenAskedOnOneGroup() {
		Sandbox sandbox = sandbox(TWO_USERS);
		String group = groupId(sandbox, "{\"name\":\"Everyone\",\"userFilter\":\"username sw \\\"a\\\"\"}");
		join(sandbox, GRACE_ID, group).then().statusCode(201);

		JsonDocument one = JsonDocument.of(api(sandbox).queryParam("include", "totalMemberCounts")
			.get(groups(sandbox) + "/" + group)
			.then()
			.statusCode(200)
			.extract());
		assertThat(one.getInt("directMemberCounts.users")).isEqualTo(1);
		assertThat(one.getInt("totalMemberCounts.users")).isEqualTo(2);
		JsonDocument list = JsonDocument
			.of(api(sandbox).queryParam("include", "totalMemberCounts").get(groups(sandbox)));
		assertThat(list.getInt("_embedded.groups[0].directMemberCounts.users")).isEqualTo(1);
		assertThat(list.getString("_embedded.groups[0].totalMemberCounts")).isNull();
		assertInvalidData(api(sandbox).queryParam("include", "everything").get(groups(sandbox) + "/" + group), detail(
				"INVALID_VALUE", "include", "include is totalMemberCounts.", allowedValues("totalMemberCounts")));
	}

	/**
	 * "Update Group": the whole group; "population.id ... can be set in POST ... only".
	 */
	@Test
	void shouldReplaceAGroupButNotMoveIt() {
		Sandbox sandbox = sandbox();
		String population = population(sandbox, "Contractors");
		String group = groupId(sandbox,
				"{\"name\":\"Temps\",\"externalId\":\"cn=temps\",\"population\":{\"id\":\"" + population + "\"}}");

		JsonDocument replaced = JsonDocument.of(api(sandbox).contentType("application/json")
			.body("{\"name\":\"Temporary staff\",\"description\":\"Renamed\"}")
			.put(groups(sandbox) + "/" + group)
			.then()
			.statusCode(200)
			.extract());

		assertThat(replaced.getString("name")).isEqualTo("Temporary staff");
		assertThat(replaced.getString("description")).isEqualTo("Renamed");
		assertThat(replaced.getString("externalId")).isNull();
		assertThat(replaced.getString("population.id")).isEqualTo(population);
		assertInvalidData(
				api(sandbox).contentType("application/json")
					.body("{\"name\":\"Temps\",\"population\":{\"id\":\"" + defaultPopulation(sandbox) + "\"}}")
					.put(groups(sandbox) + "/" + group),
				detail("INVALID_VALUE", "population.id",
						"A group's population is set when it is made and does not change."));
		assertThat(JsonDocument.of(api(sandbox).get(groups(sandbox) + "/" + group)).getString("name"))
			.isEqualTo("Temporary staff");
	}

	/**
	 * Groups data model: "A group name can be reused across populations ... Population
	 * groups cannot share a group name with an environment group."
	 */
	@Test
	void shouldKeepNamesUniqueWhereGroupsSeeEachOther() {
		Sandbox sandbox = sandbox();
		String north = population(sandbox, "North");
		String south = population(sandbox, "South");
		create(sandbox, "{\"name\":\"Leads\",\"population\":{\"id\":\"" + north + "\"}}").then().statusCode(201);
		create(sandbox, "{\"name\":\"LEADS\",\"population\":{\"id\":\"" + south + "\"}}").then().statusCode(201);

		Map<String, Object> taken = detail("UNIQUENESS_VIOLATION", "name",
				"A group with this name already exists where this group would be seen.");
		assertInvalidData(create(sandbox, "{\"name\":\"leads\"}"), taken);
		assertInvalidData(create(sandbox, "{\"name\":\"Leads\",\"population\":{\"id\":\"" + north + "\"}}"), taken);
		create(sandbox, "{\"name\":\"Staff\"}").then().statusCode(201);
		assertInvalidData(create(sandbox, "{\"name\":\"staff\",\"population\":{\"id\":\"" + north + "\"}}"), taken);
		assertInvalidData(create(sandbox, "{\"description\":\"no name\"}"),
				detail("REQUIRED_VALUE", "name", "name is required."));
		assertInvalidData(create(sandbox, "{\"name\":\"Lost\",\"population\":{\"id\":\"" + UNKNOWN + "\"}}"),
				detail("INVALID_VALUE", "population.id", "The population does not exist in this environment."));
		assertThat(JsonDocument.of(api(sandbox).get(groups(sandbox))).getInt("count")).isEqualTo(3);
	}

	/**
	 * Groups page, "Filtering groups searches", and "Read All Groups" paging: filters on
	 * name, externalId, id, population.id and memberOfGroups, pages as users' do.
	 */
	@Test
	void shouldFilterAndPageTheGroupList() {
		Sandbox sandbox = sandbox();
		String sales = groupId(sandbox, "{\"name\":\"Sales\",\"externalId\":\"W-1\"}");
		String west = groupId(sandbox, "{\"name\":\"Sales West\"}");
		String other = groupId(sandbox, "{\"name\":\"Support\"}");
		nest(sandbox, west, sales).then().statusCode(201);

		assertThat(names(sandbox, "name eq \"sales\"")).containsExactly("Sales");
		assertThat(names(sandbox, "(name sw \"Sales\") and (externalId sw \"w\")")).containsExactly("Sales");
		assertThat(names(sandbox, "memberOfGroups[id eq \"" + sales + "\"]")).containsExactly("Sales West");
		assertThat(names(sandbox, "id eq \"" + other + "\" or name eq \"Sales West\"")).hasSize(2);
		assertInvalidData(api(sandbox).queryParam("filter", "title eq \"x\"").get(groups(sandbox)), detail(
				"INVALID_FILTER", "filter", "The attribute 'title' cannot be used in filters.",
				Map.of("supportedAttributes", List.of("id", "name", "externalId", "population.id", "memberOfGroups"))));

		JsonDocument first = JsonDocument
			.of(api(sandbox).queryParam("limit", 2).get(groups(sandbox)).then().statusCode(200).extract());
		assertThat(first.getInt("count")).isEqualTo(3);
		assertThat(first.getInt("size")).isEqualTo(2);
		String next = first.getString("_links.next.href");
		assertThat(next).startsWith(href(groups(sandbox)) + "?limit=2&cursor=");
		JsonDocument second = JsonDocument.of(api(sandbox).get(next.substring(href("").length())));
		assertThat(second.getInt("size")).as(next + " " + second).isEqualTo(1);
		assertThat(second.getString("_links.next")).isNull();
		assertThat(second.getString("_links.prev.href")).isNotNull();
		assertInvalidData(api(sandbox).queryParam("limit", 1001).get(groups(sandbox)),
				detail("INVALID_VALUE", "limit", "limit must be an integer from 1 to 1000.", range(1, 1000)));
	}

	// --- Memberships: "Add Identity to Group", "Read User Group Memberships", "Read One
	// User Group Membership", "Remove Identity from Group" (users/group-membership.html)
	// ---

	/** "Add Identity to Group", then read, list and remove the membership. */
	@Test
	void shouldAddReadListAndRemoveAMembership() {
		Sandbox sandbox = sandbox(TWO_USERS);
		String group = groupId(sandbox, "{\"name\":\"Admins\"}");

		Response added = join(sandbox, ADA_ID, group);

		assertThat(added.statusCode()).as(added.asString()).isEqualTo(201);
		String self = memberships(sandbox, ADA_ID) + "/" + group;
		assertThat(added.header("Location")).isEqualTo(href(self));
		String expected = Json.compact("""
				{"_links":{"self":{"href":"%1$s"},"user":{"href":"%2$s"},"group":{"href":"%3$s"}},
				 "id":"%4$s","environment":{"id":"%5$s"},"name":"Admins","type":"DIRECT"}""".formatted(href(self),
				href(sandbox.user(ADA_ID)), href(groups(sandbox) + "/" + group), group, sandbox.id()));
		assertThat(added.asString()).isEqualTo(expected);
		assertThat(api(sandbox).get(self).asString()).isEqualTo(expected);
		JsonDocument expanded = JsonDocument.of(api(sandbox).queryParam("expand", "group").get(self));
		assertThat(expanded.getInt("_embedded.group.directMemberCounts.users")).isEqualTo(1);
		assertThat(api(sandbox).get(memberships(sandbox, ADA_ID)).asString()).isEqualTo(Json.compact("""
				{"_links":{"self":{"href":"%s"}},"_embedded":{"groupMemberships":[%s]},"count":1,"size":1}"""
			.formatted(href(memberships(sandbox, ADA_ID)), expected)));
		assertInvalidData(join(sandbox, ADA_ID, group),
				detail("UNIQUENESS_VIOLATION", "id", "The user is a member of this group already."));
		assertInvalidData(join(sandbox, ADA_ID, UNKNOWN),
				detail("INVALID_VALUE", "id", "The group does not exist in this environment."));

		api(sandbox).delete(self).then().statusCode(204).body(org.hamcrest.Matchers.emptyString());
		assertNotFound(api(sandbox).get(self));
		assertNotFound(api(sandbox).delete(self));
		assertThat(JsonDocument.of(api(sandbox).get(memberships(sandbox, ADA_ID))).getInt("count")).isZero();
		assertNotFound(api(sandbox).get(memberships(sandbox, UNKNOWN)));
	}

	/**
	 * "Read User" with {@code include=memberOfGroupIDs} and {@code memberOfGroupNames}
	 * (the User data model), and "Read All Users in a Group"
	 * ({@code memberOfGroups[id eq "…"]}, with another attribute).
	 */
	@Test
	void shouldShowAUsersGroupsAndFilterUsersByGroup() {
		Sandbox sandbox = sandbox(TWO_USERS);
		String admins = groupId(sandbox, "{\"name\":\"Admins\"}");
		String authors = groupId(sandbox, "{\"name\":\"authors\"}");
		join(sandbox, ADA_ID, admins).then().statusCode(201);
		join(sandbox, ADA_ID, authors).then().statusCode(201);
		join(sandbox, GRACE_ID, authors).then().statusCode(201);

		JsonDocument ada = JsonDocument.of(api(sandbox).queryParam("include", "memberOfGroupIDs")
			.get(sandbox.user(ADA_ID))
			.then()
			.statusCode(200)
			.extract());
		assertThat(ada.getList("memberOfGroupIDs", String.class)).containsExactly(admins, authors);
		assertThat(ada.getString("memberOfGroupNames")).isNull();
		assertThat(JsonDocument.of(api(sandbox).queryParam("include", "memberOfGroupNames").get(sandbox.user(ADA_ID)))
			.getList("memberOfGroupNames", String.class)).containsExactly("Admins", "authors");
		assertThat(api(sandbox).get(sandbox.user(ADA_ID)).asString()).doesNotContain("memberOfGroup");
		assertInvalidData(api(sandbox).queryParam("include", "memberOfGroups").get(sandbox.user(ADA_ID)),
				detail("INVALID_VALUE", "include", "include is memberOfGroupIDs or memberOfGroupNames.",
						allowedValues("memberOfGroupIDs", "memberOfGroupNames")));

		assertThat(usernames(sandbox, "memberOfGroups[id eq \"" + authors + "\"]")).containsExactly("grace", "ada");
		assertThat(usernames(sandbox, "memberOfGroups[id eq \"" + authors + "\"] and email sw \"grace\""))
			.containsExactly("grace");
		assertThat(usernames(sandbox, "memberOfGroups[id eq \"" + UNKNOWN + "\"]")).isEmpty();
		assertInvalidData(api(sandbox).queryParam("filter", "memberOfGroups[name eq \"x\"]").get(sandbox.users()),
				detail("INVALID_FILTER", "filter", "memberOfGroups is filtered as memberOfGroups[id eq \"…\"] only."));
	}

	/**
	 * Group Membership page: users a {@code userFilter} selects are members (counted in
	 * the total, not the direct count), follow the filter as users change, and cannot be
	 * removed one by one.
	 */
	@Test
	void shouldHoldTheUsersADynamicGroupsFilterSelects() {
		Sandbox sandbox = sandbox(TWO_USERS);
		String managers = groupId(sandbox, "{\"name\":\"Managers\",\"userFilter\":\"title eq \\\"Manager\\\"\"}");
		api(sandbox).contentType("application/json")
			.body("{\"username\":\"ada\",\"title\":\"Manager\"}")
			.put(sandbox.user(ADA_ID))
			.then()
			.statusCode(200);

		assertThat(JsonDocument.of(api(sandbox).get(memberships(sandbox, ADA_ID) + "/" + managers)).getString("type"))
			.isEqualTo("INDIRECT");
		assertThat(usernames(sandbox, "memberOfGroups[id eq \"" + managers + "\"]")).containsExactly("ada");
		JsonDocument group = JsonDocument
			.of(api(sandbox).queryParam("include", "totalMemberCounts").get(groups(sandbox) + "/" + managers));
		assertThat(group.getInt("directMemberCounts.users")).isZero();
		assertThat(group.getInt("totalMemberCounts.users")).isEqualTo(1);
		assertInvalidData(api(sandbox).delete(memberships(sandbox, ADA_ID) + "/" + managers),
				detail("CONSTRAINT_VIOLATION", null, "The user is in this group through its userFilter or a nested "
						+ "group, not by being added: it cannot be removed."));

		api(sandbox).contentType("application/json")
			.body("{\"username\":\"ada\",\"title\":\"Engineer\"}")
			.put(sandbox.user(ADA_ID))
			.then()
			.statusCode(200);
		assertNotFound(api(sandbox).get(memberships(sandbox, ADA_ID) + "/" + managers));
	}

	/**
	 * Groups data model: {@code userFilter} is "a SCIM filter", which the stub checks
	 * with the user list's grammar when it is written; nothing is stored from a refusal.
	 */
	@Test
	void shouldRefuseAUserFilterTheUserListWouldRefuse() {
		Sandbox sandbox = sandbox();

		assertInvalidData(create(sandbox, "{\"name\":\"Bad\",\"userFilter\":\"password eq \\\"x\\\"\"}"),
				detail("INVALID_FILTER", "userFilter", "The attribute 'password' cannot be used in filters.",
						Map.of("supportedAttributes", supportedUserAttributes())));
		assertInvalidData(create(sandbox, "{\"name\":\"Bad\",\"userFilter\":\"title eq\"}"),
				detail("INVALID_FILTER", "userFilter", "The filter ends where a value was expected."));
		assertInvalidData(
				create(sandbox, "{\"name\":\"Bad\",\"userFilter\":\"memberOfGroups[id eq \\\"" + UNKNOWN + "\\\"]\"}"),
				detail("INVALID_FILTER", "userFilter", "A group's userFilter cannot use memberOfGroups."));
		String good = groupId(sandbox, "{\"name\":\"Good\"}");
		assertInvalidData(
				api(sandbox).contentType("application/json")
					.body("{\"name\":\"Good\",\"userFilter\":\"(\"}")
					.put(groups(sandbox) + "/" + good),
				detail("INVALID_FILTER", "userFilter", "The filter ends where an attribute or '(' was expected."));
		assertThat(JsonDocument.of(api(sandbox).get(groups(sandbox))).getList("_embedded.groups.name", String.class))
			.containsExactly("Good");
		assertThat(JsonDocument.of(api(sandbox).get(groups(sandbox) + "/" + good)).getString("userFilter")).isNull();
	}

	// --- Nesting: "Create Group Nesting", "Read Group Nesting", "Read One Group
	// Nesting",
	// "Delete Group Nesting" (groups/create-nested-group.html and its neighbours) ---

	/**
	 * "Create Group Nesting": "Members of the group identified in the request URL are
	 * dynamically added to the group specified in the body".
	 */
	@Test
	void shouldNestAGroupAndShareItsMembers() {
		Sandbox sandbox = sandbox(TWO_USERS);
		String parent = groupId(sandbox, "{\"name\":\"Engineering\"}");
		String child = groupId(sandbox, "{\"name\":\"Backend\"}");
		join(sandbox, ADA_ID, child).then().statusCode(201);

		Response nested = nest(sandbox, child, parent);

		assertThat(nested.statusCode()).as(nested.asString()).isEqualTo(201);
		String self = groups(sandbox) + "/" + child + "/memberOfGroups/" + parent;
		assertThat(nested.header("Location")).isEqualTo(href(self));
		String expected = Json.compact(
				"""
						{"_links":{"self":{"href":"%s"},"group":{"href":"%s"}},"id":"%s","name":"Engineering","type":"DIRECT"}"""
					.formatted(href(self), href(groups(sandbox) + "/" + parent), parent));
		assertThat(nested.asString()).isEqualTo(expected);
		assertThat(api(sandbox).get(self).asString()).isEqualTo(expected);
		assertThat(
				JsonDocument.of(api(sandbox).queryParam("expand", "group").get(self)).getString("_embedded.group.name"))
			.isEqualTo("Engineering");
		assertThat(api(sandbox).get(groups(sandbox) + "/" + child + "/memberOfGroups").asString())
			.isEqualTo(Json.compact("""
					{"_links":{"self":{"href":"%s"}},"_embedded":{"groupMemberships":[%s]},"count":1,"size":1}"""
				.formatted(href(groups(sandbox) + "/" + child + "/memberOfGroups"), expected)));
		assertThat(JsonDocument.of(api(sandbox).get(memberships(sandbox, ADA_ID) + "/" + parent)).getString("type"))
			.isEqualTo("INDIRECT");
		assertThat(usernames(sandbox, "memberOfGroups[id eq \"" + parent + "\"]")).containsExactly("ada");
		assertThat(JsonDocument
			.of(api(sandbox).queryParam("include", "totalMemberCounts").get(groups(sandbox) + "/" + parent))
			.getInt("totalMemberCounts.users")).isEqualTo(1);

		api(sandbox).delete(self).then().statusCode(204);
		assertNotFound(api(sandbox).get(self));
		assertNotFound(api(sandbox).get(memberships(sandbox, ADA_ID) + "/" + parent));
	}

	/**
	 * The stub refuses cycles (issue 32; PingOne's admin guide, "Nested groups", allows
	 * them: recorded in the README's "Where PingOne's docs are silent") and bounds
	 * nesting at 10 deep.
	 */
	@Test
	void shouldRefuseCyclesAndNestingDeeperThanTen() {
		Sandbox sandbox = sandbox();
		List<String> chain = new ArrayList<>();
		for (int i = 0; i <= 11; i++) {
			chain.add(groupId(sandbox, "{\"name\":\"Level " + i + "\"}"));
		}
		for (int i = 0; i < 10; i++) {
			nest(sandbox, chain.get(i + 1), chain.get(i)).then().statusCode(201);
		}

		assertInvalidData(nest(sandbox, chain.get(0), chain.get(0)), detail("INVALID_VALUE", "id",
				"The group is in this group already, through its nested groups: nesting it would make a cycle."));
		assertInvalidData(nest(sandbox, chain.get(0), chain.get(5)), detail("INVALID_VALUE", "id",
				"The group is in this group already, through its nested groups: nesting it would make a cycle."));
		assertInvalidData(nest(sandbox, chain.get(11), chain.get(10)),
				detail("INVALID_VALUE", "id", "Nested groups go at most 10 deep."));
		assertInvalidData(nest(sandbox, chain.get(2), chain.get(1)),
				detail("UNIQUENESS_VIOLATION", "id", "The group is nested in this group already."));
		assertInvalidData(nest(sandbox, chain.get(2), UNKNOWN),
				detail("INVALID_VALUE", "id", "The group does not exist in this environment."));
		assertThat(JsonDocument.of(api(sandbox).get(groups(sandbox) + "/" + chain.get(0) + "/memberOfGroups"))
			.getInt("count")).isZero();
	}

	/**
	 * Admin guide, "Nested groups": "You cannot nest an environment-level group inside a
	 * population-level group"; Group Membership: "A population-level group can contain
	 * users from that population only".
	 */
	@Test
	void shouldKeepAPopulationsGroupToItsPopulation() {
		Sandbox sandbox = sandbox(TWO_USERS);
		String population = population(sandbox, "Contractors");
		String contractors = groupId(sandbox,
				"{\"name\":\"Contractors\",\"population\":{\"id\":\"" + population + "\"}}");
		String everyone = groupId(sandbox, "{\"name\":\"Everyone\"}");

		assertInvalidData(nest(sandbox, everyone, contractors),
				detail("INVALID_VALUE", "id", "An environment's group cannot be nested in a population's group."));
		nest(sandbox, contractors, everyone).then().statusCode(201);
		assertInvalidData(join(sandbox, ADA_ID, contractors),
				detail("INVALID_VALUE", "id", "A population's group holds users of that population only."));

		api(sandbox).contentType("application/json")
			.body("{\"id\":\"" + population + "\"}")
			.put(sandbox.user(ADA_ID) + "/population")
			.then()
			.statusCode(200);
		join(sandbox, ADA_ID, contractors).then().statusCode(201);
		join(sandbox, ADA_ID, everyone).then().statusCode(201);
		api(sandbox).contentType("application/json")
			.body("{\"id\":\"" + defaultPopulation(sandbox) + "\"}")
			.put(sandbox.user(ADA_ID) + "/population")
			.then()
			.statusCode(200);

		// "If a user's population changes, they are also removed from any group that
		// contains them for this population" (Groups page); the environment's group
		// stays.
		assertThat(JsonDocument.of(api(sandbox).get(memberships(sandbox, ADA_ID)))
			.getList("_embedded.groupMemberships.name", String.class)).containsExactly("Everyone");
	}

	// --- Roles: Groups page, "Groups permissions" ---

	/**
	 * "If you have the Identity Data Admin role, you can ... create, read, update, and
	 * delete groups ... If you have the Environment Admin or Client Application Developer
	 * role, you can read groups."
	 */
	@Test
	void shouldLetEnvironmentAdminReadGroupsButNotChangeThem() {
		Sandbox sandbox = sandbox("""
				{"users":[{"id":"%s","username":"ada"}],
				 "applications":[{"roles":["Environment Admin","Identity Data Admin"]},
				                 {"roles":["Environment Admin"]},{"roles":["Client Application Developer"]}]}"""
			.formatted(ADA_ID));
		String group = groupId(sandbox, "{\"name\":\"Readable\"}");

		api(sandbox, 1).get(groups(sandbox) + "/" + group).then().statusCode(200);
		api(sandbox, 2).get(groups(sandbox)).then().statusCode(200);
		api(sandbox, 1).get(memberships(sandbox, ADA_ID)).then().statusCode(200);
		Map<String, Object> identityDataAdmin = detail("INSUFFICIENT_PERMISSIONS", null,
				"Changing groups and their members takes Identity Data Admin.");
		assertError(api(sandbox, 1).contentType("application/json").body("{\"name\":\"No\"}").post(groups(sandbox)),
				403, "ACCESS_FAILED", FORBIDDEN, identityDataAdmin);
		assertError(api(sandbox, 1).delete(groups(sandbox) + "/" + group), 403, "ACCESS_FAILED", FORBIDDEN,
				identityDataAdmin);
		assertError(api(sandbox, 1).contentType("application/json")
			.body("{\"id\":\"" + group + "\"}")
			.post(memberships(sandbox, ADA_ID)), 403, "ACCESS_FAILED", FORBIDDEN, identityDataAdmin);
		assertThat(JsonDocument.of(api(sandbox).get(groups(sandbox))).getInt("count")).isEqualTo(1);
	}

	/**
	 * Admin guide, "About groups and populations": "Administrators who are assigned roles
	 * scoped only to the population level can create groups for those populations only".
	 */
	@Test
	void shouldLetARoleOverAPopulationReachOnlyItsGroups() {
		Sandbox sandbox = sandbox(TWO_USERS);
		String population = population(sandbox, "Contractors");
		String theirs = groupId(sandbox, "{\"name\":\"Theirs\",\"population\":{\"id\":\"" + population + "\"}}");
		String everyone = groupId(sandbox, "{\"name\":\"Everyone\"}");
		String token = populationAdminToken(sandbox, population);

		assertThat(JsonDocument.of(as(token).get(groups(sandbox))).getList("_embedded.groups.id", String.class))
			.containsExactly(theirs);
		assertNotFound(as(token).get(groups(sandbox) + "/" + everyone));
		assertError(as(token).contentType("application/json").body("{\"name\":\"Mine\"}").post(groups(sandbox)), 403,
				"ACCESS_FAILED", FORBIDDEN, detail("INSUFFICIENT_PERMISSIONS", null,
						"The application's roles are over populations: they make groups of those populations only."));
		as(token).contentType("application/json")
			.body("{\"name\":\"Mine\",\"population\":{\"id\":\"" + population + "\"}}")
			.post(groups(sandbox))
			.then()
			.statusCode(201);
		assertNotFound(as(token).contentType("application/json")
			.body("{\"id\":\"" + theirs + "\"}")
			.post(memberships(sandbox, ADA_ID)));
		// Its users' memberships of a group it cannot read stay unknown to it: that group
		// selects no one in the user list's filter, as a group that is not there.
		String contractor = JsonDocument
			.of(api(sandbox).contentType("application/json")
				.body("{\"username\":\"contractor\",\"population\":{\"id\":\"" + population + "\"}}")
				.post(sandbox.users())
				.then()
				.statusCode(201)
				.extract())
			.getString("id");
		join(sandbox, contractor, everyone).then().statusCode(201);
		join(sandbox, contractor, theirs).then().statusCode(201);
		assertThat(usernames(sandbox, "memberOfGroups[id eq \"" + everyone + "\"]")).containsExactly("contractor");
		assertThat(JsonDocument
			.of(as(token).queryParam("filter", "memberOfGroups[id eq \"" + everyone + "\"]").get(sandbox.users()))
			.getInt("count")).isZero();
		assertThat(JsonDocument
			.of(as(token).queryParam("filter", "memberOfGroups[id eq \"" + theirs + "\"]").get(sandbox.users()))
			.getList("_embedded.users.username", String.class)).containsExactly("contractor");
	}

	// --- Lifecycle: deletes, sandboxes and reset, the journal ---

	/**
	 * "Delete Group" takes its memberships and nestings with it; deleting a user takes
	 * its memberships.
	 */
	@Test
	void shouldDeleteMembershipsAndNestingsWithTheirGroupOrUser() {
		Sandbox sandbox = sandbox(TWO_USERS);
		String parent = groupId(sandbox, "{\"name\":\"Parent\"}");
		String child = groupId(sandbox, "{\"name\":\"Child\"}");
		nest(sandbox, child, parent).then().statusCode(201);
		join(sandbox, ADA_ID, child).then().statusCode(201);
		join(sandbox, GRACE_ID, parent).then().statusCode(201);

		api(sandbox).delete(groups(sandbox) + "/" + child).then().statusCode(204);
		assertNotFound(api(sandbox).get(groups(sandbox) + "/" + child));
		assertThat(JsonDocument.of(api(sandbox).get(memberships(sandbox, ADA_ID))).getInt("count")).isZero();
		assertThat(JsonDocument.of(api(sandbox).get(groups(sandbox) + "/" + parent)).getInt("directMemberCounts.users"))
			.isEqualTo(1);

		api(sandbox).delete(sandbox.user(GRACE_ID)).then().statusCode(204);
		assertThat(JsonDocument
			.of(api(sandbox).queryParam("include", "totalMemberCounts").get(groups(sandbox) + "/" + parent))
			.getInt("totalMemberCounts.users")).isZero();
		assertNotFound(api(sandbox).delete(groups(sandbox) + "/" + child));
	}

	/**
	 * A sandbox's reset and delete take its groups with it; every write is journalled.
	 */
	@Test
	void shouldJournalEveryChangeAndGoWithReset() {
		Sandbox sandbox = sandbox(TWO_USERS);
		String parent = groupId(sandbox, "{\"name\":\"Parent\"}");
		String child = groupId(sandbox, "{\"name\":\"Child\"}");
		nest(sandbox, child, parent).then().statusCode(201);
		join(sandbox, ADA_ID, child).then().statusCode(201);
		api(sandbox).delete(memberships(sandbox, ADA_ID) + "/" + child).then().statusCode(204);
		api(sandbox).delete(groups(sandbox) + "/" + child + "/memberOfGroups/" + parent).then().statusCode(204);
		api(sandbox).contentType("application/json")
			.body("{\"name\":\"Renamed\"}")
			.put(groups(sandbox) + "/" + parent)
			.then()
			.statusCode(200);
		api(sandbox).delete(groups(sandbox) + "/" + child).then().statusCode(204);

		JsonDocument events = JsonDocument.of(control().get(sandbox.control() + "/events"));
		assertThat(events.getList("events.type", String.class)).containsExactly("GROUP_CREATED", "GROUP_CREATED",
				"GROUP_NESTING_CREATED", "GROUP_MEMBERSHIP_CREATED", "GROUP_MEMBERSHIP_DELETED",
				"GROUP_NESTING_DELETED", "GROUP_UPDATED", "GROUP_DELETED");
		assertThat(events.getString("events[3].userId")).isEqualTo(ADA_ID);

		control().post(sandbox.control() + "/reset").then().statusCode(204);
		renewToken(sandbox);
		assertThat(JsonDocument.of(api(sandbox).get(groups(sandbox))).getInt("count")).isZero();
	}

	// --- helpers ---

	private Response create(Sandbox sandbox, String body) {
		return api(sandbox).contentType("application/json").body(body).post(groups(sandbox));
	}

	private String groupId(Sandbox sandbox, String body) {
		return JsonDocument.of(create(sandbox, body).then().statusCode(201).extract()).getString("id");
	}

	private Response join(Sandbox sandbox, String userId, String groupId) {
		return api(sandbox).contentType("application/json")
			.body("{\"id\":\"" + groupId + "\"}")
			.post(memberships(sandbox, userId));
	}

	private Response nest(Sandbox sandbox, String groupId, String parentId) {
		return api(sandbox).contentType("application/json")
			.body("{\"id\":\"" + parentId + "\"}")
			.post(groups(sandbox) + "/" + groupId + "/memberOfGroups");
	}

	private List<String> names(Sandbox sandbox, String filter) {
		return JsonDocument
			.of(api(sandbox).queryParam("filter", filter).get(groups(sandbox)).then().statusCode(200).extract())
			.getList("_embedded.groups.name", String.class);
	}

	private List<String> usernames(Sandbox sandbox, String filter) {
		return JsonDocument
			.of(api(sandbox).queryParam("filter", filter).get(sandbox.users()).then().statusCode(200).extract())
			.getList("_embedded.users.username", String.class);
	}

	private String population(Sandbox sandbox, String name) {
		return JsonDocument
			.of(api(sandbox).contentType("application/json")
				.body("{\"name\":\"" + name + "\"}")
				.post("/v1/environments/" + sandbox.id() + "/populations")
				.then()
				.statusCode(201)
				.extract())
			.getString("id");
	}

	/** The sandbox's default population: the population list shows it first. */
	private String defaultPopulation(Sandbox sandbox) {
		return JsonDocument.of(api(sandbox).get("/v1/environments/" + sandbox.id() + "/populations"))
			.getString("_embedded.populations[0].id");
	}

	private RequestSpecification as(String token) {
		return anonymous().auth().oauth2(token);
	}

	/**
	 * A token of a new worker app holding Identity Data Admin over one population only.
	 */
	private String populationAdminToken(Sandbox sandbox, String population) {
		String apps = "/v1/environments/" + sandbox.id() + "/applications";
		String app = JsonDocument.of(api(sandbox).contentType("application/json")
			.body("""
					{"name":"Population admin","enabled":true,"type":"WORKER","protocol":"OPENID_CONNECT",
					 "grantTypes":["CLIENT_CREDENTIALS"],"tokenEndpointAuthMethod":"CLIENT_SECRET_BASIC","assignActorRoles":false}""")
			.post(apps)
			.then()
			.log()
			.ifValidationFails()
			.statusCode(201)
			.extract()).getString("id");
		api(sandbox).contentType("application/json")
			.body("{\"role\":{\"id\":\"a1d9baa0-9425-3110-8b9d-1b815963015b\"},\"scope\":{\"id\":\"" + population
					+ "\",\"type\":\"POPULATION\"}}")
			.post(apps + "/" + app + "/roleAssignments")
			.then()
			.statusCode(201);
		String secret = JsonDocument.of(api(sandbox).get(apps + "/" + app + "/secret")).getString("secret");
		return Tokens.fetch(this.port, sandbox.id(), app, secret);
	}

	private static String groups(Sandbox sandbox) {
		return "/v1/environments/" + sandbox.id() + "/groups";
	}

	private static String memberships(Sandbox sandbox, String userId) {
		return sandbox.user(userId) + "/memberOfGroups";
	}

	private static List<String> supportedUserAttributes() {
		return List.of("username", "email", "name.given", "name.family", "name.middle", "name.formatted",
				"name.honorificPrefix", "name.honorificSuffix", "nickname", "title", "type", "externalId", "accountId",
				"locale", "preferredLanguage", "timezone", "mobilePhone", "primaryPhone", "photo.href",
				"address.streetAddress", "address.locality", "address.region", "address.postalCode",
				"address.countryCode", "lifecycle.status", "id", "population.id", "mfaEnabled", "enabled",
				"memberOfGroups");
	}

}
