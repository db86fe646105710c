package dev.mfastub.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import dev.mfastub.hostile.Routes.JsonEndpoint;
import dev.mfastub.hostile.Routes.Route;
import dev.mfastub.support.JsonDocument;
import dev.mfastub.support.RawHttp;
import dev.mfastub.support.SandboxTest;
import dev.mfastub.support.Tokens;

import static org.assertj.core.api.Assertions.fail;

/**
 * Base of the hostile-input corpus: each class owns one sandbox for all its cases, sends
 * every case over a raw socket, and checks three things. The answer is the refusal the
 * case expects, in the shape the served OpenAPI document gives errors
 * ({@link ErrorContract}). Nothing changed: the sandbox's journal, clock and fault rules
 * read the same after the case as before it, and no sandbox was created. And the server
 * answered at all, within the raw client's timeout. A case that changed something fails,
 * and the sandbox is put back before the next one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class HostileRequestTest extends SandboxTest {

	/** The sandbox's one user: PingOne's documentation id for Ada Lovelace. */
	static final String USER = ADA;

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private String environment;

	private String organization;

	private String population;

	private String clientId;

	private String clientSecret;

	private String token;

	private String fingerprint;

	@BeforeAll
	void createTheSandbox() {
		create();
	}

	@AfterAll
	void deleteTheSandbox() {
		control().delete("/__stub/environments/" + this.environment);
	}

	/**
	 * The sandbox, its user, its organization, its default population and a valid token
	 * of its app.
	 */
	Target target() {
		return new Target(this.environment, USER, this.organization, this.population, this.token, this.clientId,
				this.clientSecret);
	}

	/**
	 * Sends the case and fails, with everything that was wrong, unless the stub refused
	 * it as expected and changed nothing.
	 */
	void assertRefused(HostileCase hostile) {
		RawRequest request = hostile.request().apply(target());
		RawHttp.Answer response;
		try {
			response = request.exchange(this.port);
		}
		catch (AssertionError ex) {
			String after = fingerprint();
			if (!after.equals(this.fingerprint)) {
				restore();
				fail("%s%n  the sandbox changed: before %s after %s", hostile.name(), this.fingerprint, after);
			}
			if (hostile.expected().allowsClosedConnection()) {
				return;
			}
			throw new AssertionError("%s%n  request: %s %s%n  no answer: %s".formatted(hostile.name(), request.method(),
					request.target(), ex.getMessage()), ex);
		}
		List<String> problems = new ArrayList<>(ErrorContract.of(this.port).problems(response, hostile.expected()));
		if (response.status() == 201 && request.target().startsWith(Routes.SANDBOXES.path())) {
			String created = MAPPER.readTree(response.body()).path("id").asString();
			control().delete("/__stub/environments/" + created);
			problems.add("a sandbox was created");
		}
		String after = fingerprint();
		if (!after.equals(this.fingerprint)) {
			problems.add("the sandbox changed: before " + this.fingerprint + " after " + after);
			restore();
		}
		if (!problems.isEmpty()) {
			fail("%s%n  request: %s %s%n  answer: %s%n  expected: %s%n  wrong: %s", hostile.name(), request.method(),
					request.target(), response, hostile.expected(), String.join("\n         ", problems));
		}
	}

	/** A request on a route, with the token when the route needs one. */
	static RawRequest request(String method, Route route, Target target) {
		RawRequest request = RawRequest.of(method, target.path(route.path()));
		return route.api() ? request.bearer(target.token()) : request;
	}

	/** A request on a JSON endpoint, without a body yet. */
	static RawRequest request(JsonEndpoint endpoint, Target target) {
		return request(endpoint.method(), endpoint.route(), target);
	}

	/** A form body for the token endpoint that authenticates the sandbox's app. */
	static String tokenForm(Target target) {
		return "grant_type=client_credentials&client_id=" + target.clientId() + "&client_secret="
				+ target.clientSecret();
	}

	/**
	 * The sandbox's id, with a zero leading its second and fourth groups so that it has
	 * spellings {@link UUID#fromString} reads as the same id (a zero dropped, a {@code +}
	 * for it): each test class gets its own.
	 */
	private static String sandboxId() {
		char[] id = new UUID(ThreadLocalRandom.current().nextLong(), ThreadLocalRandom.current().nextLong()).toString()
			.toCharArray();
		id[9] = '0';
		id[19] = '0';
		return new String(id);
	}

	private void create() {
		String id = sandboxId();
		this.organization = UUID.randomUUID().toString();
		this.population = UUID.randomUUID().toString();
		Response created = createSandbox("""
				{"id":"%s","organizationId":"%s","populationId":"%s",
				 "users":[{"id":"%s","username":"ada.lovelace","email":"ada@example.com",
				 "name":{"given":"Ada","family":"Lovelace"}}],
				 "applications":[{"roles":["Environment Admin","Identity Data Admin"],
				   "roleAssignments":[{"role":"Organization Admin","scope":"ORGANIZATION"}]}]}""".formatted(id,
				this.organization, this.population, USER));
		created.then().statusCode(201);
		this.environment = id;
		this.token = null;
		JsonDocument createdJson = JsonDocument.of(created);
		this.clientId = createdJson.getString("applications[0].clientId");
		this.clientSecret = createdJson.getString("applications[0].clientSecret");
		freezeAndTakeToken();
	}

	/** After a case that changed the sandbox: back to how it was made, or a new one. */
	private void restore() {
		int reset = control().post("/__stub/environments/" + this.environment + "/reset").statusCode();
		if (reset == 204) {
			freezeAndTakeToken();
		}
		else {
			create();
		}
	}

	private void freezeAndTakeToken() {
		control().contentType("application/json")
			.body("{\"now\":\"" + FROZEN_AT + "\",\"frozen\":true}")
			.put("/__stub/environments/" + this.environment + "/clock")
			.then()
			.statusCode(200);
		// A reset keeps the app, and the clock is back where the token was issued: the
		// token is usually still good, and a new one costs a secret hash check.
		if (this.token == null || RawRequest.of("GET", "/v1/environments/" + this.environment + "/users")
			.bearer(this.token)
			.exchange(this.port)
			.status() != 200) {
			this.token = Tokens.fetch(this.port, this.environment, this.clientId, this.clientSecret);
		}
		this.fingerprint = fingerprint();
	}

	/** What the sandbox holds, as the control plane and the API show it. */
	private String fingerprint() {
		String control = "/__stub/environments/" + this.environment;
		// User changes are in the journal, so the journal, clock and rules cover them
		// all.
		return read(RawRequest.of("GET", control + "/events")) + " " + read(RawRequest.of("GET", control + "/clock"))
				+ " " + read(RawRequest.of("GET", control + "/faults"));
	}

	private String read(RawRequest request) {
		RawHttp.Answer response = request.exchange(this.port);
		if (response.status() != 200) {
			// Error bodies carry a new id each time: the status is what counts.
			return request.target() + "=" + response.status();
		}
		JsonNode body = MAPPER.readTree(response.body());
		if (body instanceof ObjectNode clock) {
			// How far a clock is from the base test clock changes when other tests move
			// that.
			clock.remove("offset");
		}
		return request.target().substring(request.target().lastIndexOf('/') + 1) + "=" + body;
	}

}
