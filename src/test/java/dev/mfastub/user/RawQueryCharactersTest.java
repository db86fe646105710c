package dev.mfastub.user;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.mfastub.support.JsonDocument;
import dev.mfastub.support.RawHttp;
import dev.mfastub.support.Sandbox;
import dev.mfastub.support.SandboxTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Filters as PingOne's own clients send them: quotes and brackets raw in the query
 * string. PingOne's "Read All Users in a Group" page sends
 * {@code filter=memberOfGroups[id%20eq%20%22...%22]} with curl's {@code --globoff}, raw
 * brackets and all, and the SDKs send the quotes of {@code username eq "..."} as they
 * are. Nothing else a URI may not hold raw is let through.
 */
class RawQueryCharactersTest extends SandboxTest {

	@Test
	void shouldAnswerAFilterWithRawQuotesAndLinkToItEncoded() throws Exception {
		Sandbox sandbox = sandbox("{\"users\":[{\"username\":\"ada.lovelace\"},{\"username\":\"grace.hopper\"}]}");

		RawHttp.Answer answer = get(sandbox, sandbox.users() + "?filter=username%20eq%20\"ada.lovelace\"");

		assertThat(answer.status()).isEqualTo(200);
		JsonDocument body = JsonDocument.parse(answer.body());
		assertThat(body.getInt("count")).isEqualTo(1);
		assertThat(body.getString("_embedded.users[0].username")).isEqualTo("ada.lovelace");
		assertThat(body.getString("_links.self.href")).isEqualTo(
				"http://localhost:" + this.port + sandbox.users() + "?filter=username%20eq%20%22ada.lovelace%22");
	}

	/**
	 * PingOne's "Read All Users in a Group" writes its filter with raw brackets: the
	 * filter's own grammar reads them, not the servlet container, whether it accepts the
	 * filter or not.
	 */
	@Test
	void shouldReadRawBracketsAsPartOfTheFilter() throws Exception {
		Sandbox sandbox = sandbox("{\"users\":[{\"username\":\"ada.lovelace\"}]}");

		RawHttp.Answer answer = get(sandbox,
				sandbox.users() + "?filter=memberOfGroups[id%20eq%20\"5f1b0d2c-7a39-4c41-9f4b-0e3c2a6d8b11\"]");

		assertThat(answer.status()).isEqualTo(200);
		assertThat(JsonDocument.parse(answer.body()).getInt("count")).isZero();
		RawHttp.Answer refused = get(sandbox, sandbox.users() + "?filter=memberOfGroups[name%20eq%20\"x\"]");
		assertThat(refused.status()).isEqualTo(400);
		JsonDocument body = JsonDocument.parse(refused.body());
		assertThat(body.getString("code")).isEqualTo("INVALID_DATA");
		assertThat(body.getString("details[0].code")).isEqualTo("INVALID_FILTER");
		assertThat(body.getString("details[0].target")).isEqualTo("filter");
	}

	@ParameterizedTest(name = "raw {0}")
	@ValueSource(strings = { "{", "}", "|", "<", ">", "^", "`", "\\" })
	void shouldStillRefuseOtherRawCharactersAsABadRequest(String character) throws Exception {
		Sandbox sandbox = sandbox();

		RawHttp.Answer answer = get(sandbox, sandbox.users() + "?filter=username%20eq%20" + character);

		assertThat(answer.status()).isEqualTo(400);
		JsonDocument body = JsonDocument.parse(answer.body());
		assertThat(body.getString("code")).isEqualTo("INVALID_REQUEST");
		assertThat(answer.header("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
	}

	private RawHttp.Answer get(Sandbox sandbox, String target) throws Exception {
		return RawHttp.exchange(this.port, "GET " + target + " HTTP/1.1\r\nHost: localhost:" + this.port
				+ "\r\nAuthorization: Bearer " + sandbox.token() + "\r\nConnection: close\r\n\r\n");
	}

}
