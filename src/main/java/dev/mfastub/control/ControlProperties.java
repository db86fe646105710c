package dev.mfastub.control;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may use the control plane ({@code /__stub}).
 *
 * @param enabled {@code false} turns it off: every {@code /__stub} path is a 404
 * @param token when set, every call must send it in {@code X-Stub-Control-Token}; needed
 * for the control plane to be on when the server listens beyond loopback
 */
@ConfigurationProperties("stub.control")
record ControlProperties(@DefaultValue("true") boolean enabled, String token) {

	boolean hasToken() {
		return this.token != null && !this.token.isEmpty();
	}

}
