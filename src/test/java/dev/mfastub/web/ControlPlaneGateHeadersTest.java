package dev.mfastub.web;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import dev.mfastub.control.ControlPlaneTokenTest;
import dev.mfastub.support.Sandbox;
import dev.mfastub.support.SandboxTest;
import dev.mfastub.web.HeaderChecks.Caching;

import org.springframework.test.context.TestPropertySource;

import static dev.mfastub.web.HeaderChecks.assertHardened;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The control plane's own refusal (no {@code X-Stub-Control-Token}) carries the same
 * headers as every other answer. The context of {@code ControlPlaneTokenTest}, shared.
 */
@TestPropertySource(properties = { "stub.control.token=" + ControlPlaneTokenTest.CONTROL_TOKEN,
		"server.address=0.0.0.0", "stub.h2-database=mem:control-token-test" })
class ControlPlaneGateHeadersTest extends SandboxTest {

	@Override
	protected RequestSpecification control() {
		return anonymous().header("X-Stub-Control-Token", ControlPlaneTokenTest.CONTROL_TOKEN);
	}

	@Test
	void shouldHardenTheRefusalOfACallWithoutTheControlToken() {
		Sandbox sandbox = sandbox();
		Response response = anonymous().get(sandbox.control() + "/clock");

		assertThat(response.statusCode()).isEqualTo(401);
		assertHardened(HeaderChecks.Answer.of("GET clock without the control token", response), Caching.NO_STORE);
	}

	@Test
	void shouldHardenAnAnswerWithTheControlToken() {
		Sandbox sandbox = sandbox();
		Response response = control().get(sandbox.control() + "/clock");

		assertThat(response.statusCode()).isEqualTo(200);
		assertHardened(HeaderChecks.Answer.of("GET clock with the control token", response), Caching.NO_STORE);
	}

}
