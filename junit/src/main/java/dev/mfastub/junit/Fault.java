package dev.mfastub.junit;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A fault for the control plane to inject into the sandbox's {@code /v1} and {@code /as}
 * requests: an error status, a delay, or both. Build one with {@link #on(String)}.
 *
 * @param method the HTTP method it applies to; {@code null} for all
 * @param path the path it applies to, such as {@code /v1/environments/*}{@code /users/**}
 * @param status 429, 500 or 503; {@code null} for a delay alone
 * @param retryAfterSeconds the {@code Retry-After} it sends, if any
 * @param latency how long it delays the answer (at most a minute), if at all
 * @param times how many times it fires; {@code null} for every time
 * @param probability the chance it fires on a matching request; {@code null} for always
 */
public record Fault(String method, String path, Integer status, Integer retryAfterSeconds, Duration latency,
		Integer times, Double probability) {

	/**
	 * A fault on requests to a path (the control plane's path patterns).
	 * @param path such as {@code /v1/environments/*}{@code /users/*}{@code /mfaEnabled}
	 * @return a fault that fires with nothing yet: give it a status or a latency
	 */
	public static Fault on(String path) {
		return new Fault(null, path, null, null, null, null, null);
	}

	public Fault method(String method) {
		return new Fault(method, this.path, this.status, this.retryAfterSeconds, this.latency, this.times,
				this.probability);
	}

	public Fault status(int status) {
		return new Fault(this.method, this.path, status, this.retryAfterSeconds, this.latency, this.times,
				this.probability);
	}

	public Fault retryAfterSeconds(int seconds) {
		return new Fault(this.method, this.path, this.status, seconds, this.latency, this.times, this.probability);
	}

	public Fault latency(Duration latency) {
		return new Fault(this.method, this.path, this.status, this.retryAfterSeconds, latency, this.times,
				this.probability);
	}

	public Fault times(int times) {
		return new Fault(this.method, this.path, this.status, this.retryAfterSeconds, this.latency, times,
				this.probability);
	}

	public Fault probability(double probability) {
		return new Fault(this.method, this.path, this.status, this.retryAfterSeconds, this.latency, this.times,
				probability);
	}

	Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		putIfSet(json, "method", this.method);
		json.put("path", this.path);
		putIfSet(json, "status", this.status);
		putIfSet(json, "retryAfterSeconds", this.retryAfterSeconds);
		putIfSet(json, "latency", (this.latency != null) ? this.latency.toString() : null);
		putIfSet(json, "times", this.times);
		putIfSet(json, "probability", this.probability);
		return json;
	}

	private static void putIfSet(Map<String, Object> json, String name, Object value) {
		if (value != null) {
			json.put(name, value);
		}
	}

}
