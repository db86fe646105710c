package dev.mfastub.control;

/**
 * One rule of {@code PUT /__stub/environments/{envID}/faults}.
 *
 * @param method the HTTP method it applies to; any when absent
 * @param path an Ant-style glob on the request path ({@code *} within a segment,
 * {@code **} across segments), such as {@code /v1/environments/*}{@code /users/**}
 * @param status 429, 500 or 503; with no status the rule only delays
 * @param retryAfterSeconds the {@code Retry-After} header of the answer
 * @param latency an ISO-8601 duration to wait before answering, at most PT60S
 * @param times how many of the next matches fire; unlimited when absent
 * @param probability the chance each match fires, 0 to 1; always when absent
 * @param seed makes the sequence of chance decisions repeatable
 */
record FaultRequest(String method, String path, Integer status, Integer retryAfterSeconds, String latency,
		Integer times, Double probability, Long seed) {

}
