package dev.mfastub.call;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import dev.mfastub.support.JsonDocument;
import dev.mfastub.support.Sandbox;
import dev.mfastub.support.SandboxTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every API request reads before it does anything (its environment's clock, whether
 * the environment has fault rules, the calling app's roles) is remembered between commits
 * on H2 in memory ({@link CommittedReads}): a request made right after a write answers
 * from the write, each time after the same request was answered from memory. On
 * PostgreSQL the same test runs with nothing remembered.
 */
class NextRequestSeesEveryWriteTest extends SandboxTest {

	@Test
	void shouldAnswerTheRequestAfterEachWriteFromThatWrite() {
		Sandbox sandbox = sandbox("""
				{"users":[{"id":"%s","username":"ada"}],
				 "applications":[{"roles":["Environment Admin","Identity Data Admin"]},
				                 {"roles":["Identity Data Read Only"]}]}""".formatted(ADA));
		String reader = token(sandbox, 1);
		assertTwice(sandbox, reader, 200);

		control().contentType("application/json")
			.body("[{\"path\":\"/v1/**\",\"status\":503,\"times\":10}]")
			.put(sandbox.control() + "/faults")
			.then()
			.statusCode(200);
		assertTwice(sandbox, reader, 503);
		control().delete(sandbox.control() + "/faults").then().statusCode(204);
		assertTwice(sandbox, reader, 200);

		// The token was issued at the frozen instant, for an hour.
		advance(sandbox, "PT1H1S");
		assertTwice(sandbox, reader, 401);
		setClock(sandbox, FROZEN_AT, true);
		assertTwice(sandbox, reader, 200);

		String assignments = "/v1/environments/" + sandbox.id() + "/applications/" + sandbox.clientId(1)
				+ "/roleAssignments";
		String assignment = JsonDocument.of(api(sandbox).get(assignments).then().statusCode(200).extract())
			.getString("_embedded.roleAssignments[0].id");
		api(sandbox).delete(assignments + "/" + assignment).then().statusCode(204);
		assertTwice(sandbox, reader, 403);

		api(sandbox).delete("/v1/environments/" + sandbox.id() + "/applications/" + sandbox.clientId(1))
			.then()
			.statusCode(204);
		assertTwice(sandbox, reader, 401);
	}

	private void assertTwice(Sandbox sandbox, String token, int status) {
		for (int i = 0; i < 2; i++) {
			Response response = anonymous().auth().oauth2(token).get(sandbox.user(ADA));
			assertThat(response.statusCode()).as("request %d", i + 1).isEqualTo(status);
		}
	}

}
