package dev.mfastub.control;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the control plane exists at all. Where it does not, every {@code /__stub} path is
 * a 404, as {@code ControlPlaneDisabledTest} shows over HTTP.
 */
class ControlPlaneGateTest {

	@ParameterizedTest(name = "enabled={0}, token={1}, loopback={2}: open={3}")
	@CsvSource(nullValues = "none", textBlock = """
			true,  none,         true,  true
			true,  none,         false, false
			true,  secret-token, false, true
			true,  secret-token, true,  true
			true,  '',           false, false
			false, none,         true,  false
			false, secret-token, false, false
			""")
	void shouldOpenOnlyOnLoopbackOrWithATokenAndNeverWhenTurnedOff(boolean enabled, String token, boolean loopback,
			boolean open) {
		assertThat(ControlPlaneGate.opens(new ControlProperties(enabled, token), loopback)).isEqualTo(open);
	}

}
