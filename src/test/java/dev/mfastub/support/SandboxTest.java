package dev.mfastub.support;

import java.util.ArrayList;
import java.util.List;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterEach;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the sandbox tests: the same application context as {@link ApiTest} (so it is
 * shared, see {@link StubTest}), but each test works only in sandboxes it creates through
 * the control plane, with their clocks frozen at {@link #FROZEN_AT} at once. Sandbox
 * tests therefore take no lock, never move the base test clock, never touch the
 * documentation environment, and run alongside every other test class. The sandboxes a
 * test created are deleted after it.
 */
public abstract class SandboxTest extends StubTest {

	/** Where every sandbox clock is frozen as soon as the sandbox exists. */
	public static final String FROZEN_AT = "2030-01-01T00:00:00.000Z";

	/**
	 * The user id of PingOne's documentation examples, which sandboxes may reuse side by
	 * side.
	 */
	public static final String ADA = ApiTest.ADA;

	/** PingOne's one instant format. */
	public static final String PING_INSTANT = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";

	public static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

	private final List<String> created = new ArrayList<>();

	@AfterEach
	void deleteSandboxes() {
		for (String id : this.created) {
			int status = control().delete("/__stub/environments/" + id).statusCode();
			// 404: the test deleted it itself.
			assertThat(status).isIn(204, 404);
		}
		this.created.clear();
	}

	/** A request to the control plane; subclasses add what their context requires. */
	protected RequestSpecification control() {
		return anonymous();
	}

	/** A request with the current token of the sandbox's first app. */
	protected RequestSpecification api(Sandbox sandbox) {
		return anonymous().auth().oauth2(sandbox.token());
	}

	/** A request with a fresh token of one of the sandbox's apps. */
	protected RequestSpecification api(Sandbox sandbox, int app) {
		return anonymous().auth().oauth2(token(sandbox, app));
	}

	/**
	 * {@code POST /__stub/environments} as it is, for tests of the answer itself. A
	 * sandbox it creates is not deleted unless the test {@link #adopt adopts} it.
	 */
	protected Response createSandbox(String definition) {
		return control().contentType("application/json").body(definition).post("/__stub/environments");
	}

	/** Deletes this sandbox after the test. */
	protected void adopt(String id) {
		this.created.add(id);
	}

	/**
	 * A sandbox with one admin app (Environment Admin and Identity Data Admin over it)
	 * and no users, frozen at {@link #FROZEN_AT}.
	 */
	protected Sandbox sandbox() {
		return sandbox("{}");
	}

	/**
	 * Creates a sandbox, freezes its clock at {@link #FROZEN_AT} and fetches a token of
	 * its first app (if it has one).
	 * @param definition the body of {@code POST /__stub/environments}
	 * @return the sandbox
	 */
	protected Sandbox sandbox(String definition) {
		Response response = createSandbox(definition);
		response.then().statusCode(201);
		JsonDocument created = JsonDocument.of(response);
		String id = created.getString("id");
		adopt(id);
		Sandbox sandbox = new Sandbox(id, created);
		setClock(sandbox, FROZEN_AT, true);
		if (!created.getList("applications").isEmpty()) {
			renewToken(sandbox);
		}
		return sandbox;
	}

	/** Sets the sandbox clock; the answer must be 200. */
	protected Response setClock(Sandbox sandbox, String now, Boolean frozen) {
		StringBuilder body = new StringBuilder("{");
		if (now != null) {
			body.append("\"now\":\"").append(now).append('"');
		}
		if (frozen != null) {
			body.append((now != null) ? "," : "").append("\"frozen\":").append(frozen);
		}
		Response response = control().contentType("application/json")
			.body(body.append('}').toString())
			.put(sandbox.control() + "/clock");
		response.then().statusCode(200);
		return response;
	}

	/** Moves the sandbox clock forward; the answer must be 200. */
	protected Response advance(Sandbox sandbox, String duration) {
		Response response = control().contentType("application/json")
			.body("{\"duration\":\"" + duration + "\"}")
			.post(sandbox.control() + "/clock/advance");
		response.then().statusCode(200);
		return response;
	}

	/** What the sandbox clock shows. */
	protected String now(Sandbox sandbox) {
		return JsonDocument.of(control().get(sandbox.control() + "/clock").then().statusCode(200).extract()).get("now");
	}

	/**
	 * Fetches a new token of the first app, valid for an hour from the sandbox clock's
	 * now.
	 */
	protected void renewToken(Sandbox sandbox) {
		sandbox.token(token(sandbox, 0));
	}

	/** A new token of one of the sandbox's apps, straight from its token endpoint. */
	protected String token(Sandbox sandbox, int app) {
		return Tokens.fetch(this.port, sandbox.id(), sandbox.clientId(app), sandbox.clientSecret(app));
	}

}
