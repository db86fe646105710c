package dev.mfastub.user;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.mfastub.support.JsonDocument;
import dev.mfastub.support.RawHttp;
import dev.mfastub.support.Sandbox;
import dev.mfastub.support.SandboxTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The password calls as Ping's Node.js SDK ({@code @pingone/nodejs-sdk-api},
 * {@code ApiClient.setPassword}, {@code changePassword}, {@code sendRecoveryCode} and
 * {@code recoverPassword}) sends them: its JSON default {@code Content-Type:
 * application/json} and the operation's vendor type, which PingOne's "User Passwords"
 * pages name as the content type of each operation ("Update Password (Set)", "Password
 * Recover", "Password Resend Recovery Code":
 * https://developer.pingidentity.com/pingone-api/platform/users/user-passwords/update-password-set.html,
 * .../password-recover.html, .../password-resend-recovery-code.html). The vendor type
 * decides; two different ones are refused.
 */
class UserPasswordVendorTypesTest extends SandboxTest {

	private static final String SET = "application/vnd.pingidentity.password.set+json";

	private static final String RESET = "application/vnd.pingidentity.password.reset+json";

	private static final String SEND_RECOVERY_CODE = "application/vnd.pingidentity.password.sendRecoveryCode+json";

	private static final String RECOVER = "application/vnd.pingidentity.password.recover+json";

	@Test
	void shouldSetAPasswordSentWithApplicationJsonBesideTheVendorTypeAsTwoHeaders() throws IOException {
		Sandbox sandbox = sandbox("{\"users\":[{\"id\":\"" + ADA + "\",\"username\":\"ada\"}]}");

		RawHttp.Answer answer = send(sandbox, "PUT", List.of("application/json", SET),
				"{\"value\":\"2FederateM0re!\",\"forceChange\":false}");

		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		assertThat(answer.header("Content-Type")).contains("application/json");
		assertThat(JsonDocument.parse(answer.body()).getString("status")).isEqualTo("OK");
		assertThat(JsonDocument.parse(answer.body()).getString("lastChangedAt")).isEqualTo(FROZEN_AT);
	}

	@Test
	void shouldChangeAPasswordSentWithOneCommaJoinedHeaderInEitherOrder() throws IOException {
		Sandbox sandbox = sandbox("{\"users\":[{\"id\":\"" + ADA + "\",\"username\":\"ada\"}]}");
		send(sandbox, "PUT", List.of(SET + ", application/json"), "{\"value\":\"2FederateM0re!\"}");

		RawHttp.Answer answer = send(sandbox, "PUT", List.of("application/json; charset=UTF-8, " + RESET),
				"{\"currentPassword\":\"2FederateM0re!\",\"newPassword\":\"3FederateM0re?\"}");

		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		assertThat(JsonDocument.parse(answer.body()).getString("status")).isEqualTo("OK");
		api(sandbox).contentType("application/vnd.pingidentity.password.check+json")
			.body("{\"password\":\"3FederateM0re?\"}")
			.post(sandbox.user(ADA) + "/password")
			.then()
			.statusCode(200);
	}

	@Test
	void shouldRecoverAPasswordWithBothCallsSentAsTheSdkSendsThem() throws IOException {
		Sandbox sandbox = sandbox(
				"{\"users\":[{\"id\":\"" + ADA + "\",\"username\":\"ada\",\"email\":\"ada@example.com\"}]}");
		send(sandbox, "PUT", List.of("application/json", SET), "{\"value\":\"2FederateM0re!\"}");

		RawHttp.Answer sent = send(sandbox, "POST", List.of("application/json", SEND_RECOVERY_CODE), "");

		assertThat(sent.status()).as(sent.body()).isEqualTo(204);
		List<String> codes = JsonDocument.of(control().get(sandbox.control() + "/notifications"))
			.getList("notifications.otp");
		RawHttp.Answer recovered = send(sandbox, "POST", List.of("application/json", RECOVER),
				"{\"recoveryCode\":\"" + codes.get(codes.size() - 1) + "\",\"newPassword\":\"3FederateM0re?\"}");
		assertThat(recovered.status()).as(recovered.body()).isEqualTo(200);
		assertThat(JsonDocument.parse(recovered.body()).getString("status")).isEqualTo("OK");
	}

	@Test
	void shouldRefuseTwoDifferentVendorTypesAndStoreNothing() throws IOException {
		Sandbox sandbox = sandbox("{\"users\":[{\"id\":\"" + ADA + "\",\"username\":\"ada\"}]}");

		for (List<String> contentTypes : List.of(List.of(SET, RESET), List.of("application/json", SET, RESET),
				List.of(SET + ", " + RESET))) {
			RawHttp.Answer answer = send(sandbox, "PUT", contentTypes,
					"{\"value\":\"2FederateM0re!\",\"newPassword\":\"2FederateM0re!\"}");

			assertThat(answer.status()).as(contentTypes.toString()).isEqualTo(415);
			JsonDocument error = JsonDocument.parse(answer.body());
			assertThat(error.getString("code")).isEqualTo("INVALID_REQUEST");
			assertThat(error.getString("message"))
				.isEqualTo("The request could not be completed. The request content type is not supported.");
		}
		assertThat(JsonDocument.of(api(sandbox).get(sandbox.user(ADA) + "/password")).getString("status"))
			.isEqualTo("NO_PASSWORD");
	}

	@Test
	void shouldStillRefuseApplicationJsonBesideAnotherType() throws IOException {
		Sandbox sandbox = sandbox("{\"users\":[{\"id\":\"" + ADA + "\",\"username\":\"ada\"}]}");

		RawHttp.Answer answer = send(sandbox, "PUT", List.of("application/json", "text/plain"),
				"{\"value\":\"2FederateM0re!\"}");

		assertThat(answer.status()).isEqualTo(415);
		assertThat(JsonDocument.of(api(sandbox).get(sandbox.user(ADA) + "/password")).getString("status"))
			.isEqualTo("NO_PASSWORD");
	}

	private RawHttp.Answer send(Sandbox sandbox, String method, List<String> contentTypes, String body)
			throws IOException {
		StringBuilder request = new StringBuilder(method + " " + sandbox.user(ADA) + "/password HTTP/1.1\r\n")
			.append("Host: localhost:")
			.append(this.port)
			.append("\r\nAuthorization: Bearer ")
			.append(sandbox.token())
			.append("\r\n");
		for (String contentType : contentTypes) {
			request.append("Content-Type: ").append(contentType).append("\r\n");
		}
		request.append("Content-Length: ")
			.append(body.getBytes(StandardCharsets.UTF_8).length)
			.append("\r\nConnection: close\r\n\r\n")
			.append(body);
		return RawHttp.exchange(this.port, request.toString());
	}

}
