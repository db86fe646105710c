package dev.mfastub.mfa.device;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import dev.mfastub.support.JsonDocument;
import dev.mfastub.support.Sandbox;
import dev.mfastub.support.SandboxTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Concurrent calls on one device take turns: of many activations with the right code
 * exactly one wins, and concurrent wrong codes are counted exactly; of concurrent
 * creations, no more than the device limit are made. Concurrent checks of one device
 * authentication take turns the same way.
 */
class DeviceConcurrencyTest extends SandboxTest {

	private static final String ACTIVATE = "application/vnd.pingidentity.device.activate+json";

	private static final int CALLS = 8;

	private static final String MFA_USER = "{\"users\":[{\"id\":\"" + ADA
			+ "\",\"username\":\"ada\",\"mfaEnabled\":true}]}";

	@Test
	void shouldLetExactlyOneOfConcurrentActivationsWin() throws Exception {
		Sandbox sandbox = sandbox("{\"users\":[{\"id\":\"" + ADA + "\",\"username\":\"ada\"}]}");
		String device = pending(sandbox);
		String otp = otp(sandbox);

		List<Integer> statuses = together(() -> activate(sandbox, device, otp).statusCode());

		assertThat(statuses).containsOnly(200, 400);
		assertThat(statuses).filteredOn((status) -> status == 200).hasSize(1);
		String journal = control().get("/__stub/environments/" + sandbox.id() + "/events").asString();
		assertThat(journal.split("DEVICE_ACTIVATED", -1)).hasSize(2);
	}

	@Test
	void shouldCountConcurrentWrongCodesExactly() throws Exception {
		Sandbox sandbox = sandbox("{\"users\":[{\"id\":\"" + ADA + "\",\"username\":\"ada\"}]}");
		String device = pending(sandbox);
		String wrong = otp(sandbox).startsWith("0") ? "111111" : "000000";

		List<String> codes = together(
				() -> JsonDocument.of(activate(sandbox, device, wrong)).getString("details[0].code"));

		// The policy allows three: two wrong codes are counted, the third voids the
		// passcode, and the rest find none waiting.
		assertThat(codes).filteredOn("INVALID_OTP"::equals).hasSize(2);
		assertThat(codes).filteredOn("LIMIT_EXCEEDED"::equals).hasSize(1);
		assertThat(codes).filteredOn("INVALID_VALUE"::equals).hasSize(CALLS - 3);
	}

	@Test
	void shouldMakeNoMoreDevicesThanTheLimitFromConcurrentCreations() throws Exception {
		Sandbox sandbox = sandbox("{\"users\":[{\"id\":\"" + ADA + "\",\"username\":\"ada\"}]}");

		List<Integer> statuses = together(() -> api(sandbox).contentType("application/json")
			.body("{\"type\":\"EMAIL\",\"email\":\"ada@example.com\"}")
			.post(sandbox.user(ADA) + "/devices")
			.statusCode());

		assertThat(statuses).filteredOn((status) -> status == 201).hasSize(5);
		assertThat(statuses).filteredOn((status) -> status == 400).hasSize(CALLS - 5);
		assertThat(JsonDocument.of(api(sandbox).get(sandbox.user(ADA) + "/devices")).getInt("count")).isEqualTo(5);
	}

	/**
	 * PingOne's "MFA Settings" page: the limit is of paired devices. Eight waiting
	 * devices activated at once pair no more than the default five.
	 */
	@Test
	void shouldPairNoMoreDevicesThanTheLimitFromConcurrentActivations() throws Exception {
		Sandbox sandbox = sandbox("{\"users\":[{\"id\":\"" + ADA + "\",\"username\":\"ada\"}]}");
		List<String> waiting = new ArrayList<>();
		for (int i = 0; i < CALLS; i++) {
			waiting.add(pending(sandbox));
		}
		JsonDocument outbox = JsonDocument.of(control().get("/__stub/environments/" + sandbox.id() + "/notifications"));
		List<String> deviceIds = outbox.getList("notifications.deviceId");
		List<String> otps = outbox.getList("notifications.otp");
		AtomicInteger next = new AtomicInteger();

		List<String> answers = together(() -> {
			String device = waiting.get(next.getAndIncrement());
			Response answer = activate(sandbox, device, otps.get(deviceIds.indexOf(device)));
			return (answer.statusCode() == 200) ? "ACTIVE" : JsonDocument.of(answer).getString("code");
		});

		assertThat(answers).filteredOn("ACTIVE"::equals).hasSize(5);
		assertThat(answers).filteredOn("REQUEST_FAILED"::equals).hasSize(CALLS - 5);
	}

	@Test
	void shouldLetExactlyOneOfConcurrentChecksOfAFlowWin() throws Exception {
		Sandbox sandbox = sandbox(MFA_USER);
		String flow = flow(sandbox);
		String otp = otp(sandbox);

		List<Integer> statuses = together(() -> check(sandbox, flow, otp).statusCode());

		assertThat(statuses).filteredOn((status) -> status == 200).hasSize(1);
		assertThat(statuses).filteredOn((status) -> status == 400).hasSize(CALLS - 1);
		String journal = control().get("/__stub/environments/" + sandbox.id() + "/events").asString();
		assertThat(journal.split("DEVICE_AUTHENTICATION_COMPLETED", -1)).hasSize(2);
	}

	@Test
	void shouldCountConcurrentWrongCodesOfAFlowExactly() throws Exception {
		Sandbox sandbox = sandbox(MFA_USER);
		String flow = flow(sandbox);
		String wrong = otp(sandbox).startsWith("0") ? "111111" : "000000";

		List<String> codes = together(() -> {
			JsonDocument answer = JsonDocument.of(check(sandbox, flow, wrong));
			return answer.getString("code") + "/" + answer.getString("details[0].code");
		});

		// The policy allows three: two wrong codes are counted, the third fails the flow,
		// and the rest find it over.
		assertThat(codes).filteredOn("INVALID_DATA/INVALID_OTP"::equals).hasSize(2);
		assertThat(codes).filteredOn("INVALID_DATA/LIMIT_EXCEEDED"::equals).hasSize(1);
		assertThat(codes).filteredOn("INVALID_REQUEST/null"::equals).hasSize(CALLS - 3);
		assertThat(JsonDocument.of(api(sandbox).get("/" + sandbox.id() + "/deviceAuthentications/" + flow))
			.getString("status")).isEqualTo("FAILED");
		assertThat(JsonDocument.of(api(sandbox).get(sandbox.user(ADA))).getString("account.status")).isEqualTo("OK");
	}

	private String flow(Sandbox sandbox) {
		api(sandbox).contentType("application/json")
			.body("{\"type\":\"EMAIL\",\"email\":\"ada@example.com\"}")
			.post(sandbox.user(ADA) + "/devices")
			.then()
			.statusCode(201);
		Response started = api(sandbox).contentType("application/json")
			.body("{\"user\":{\"id\":\"" + ADA + "\"}}")
			.post("/" + sandbox.id() + "/deviceAuthentications");
		assertThat(started.statusCode()).as(started.asString()).isEqualTo(201);
		return JsonDocument.of(started).getString("id");
	}

	private Response check(Sandbox sandbox, String flow, String otp) {
		return api(sandbox).contentType("application/vnd.pingidentity.otp.check+json")
			.body("{\"otp\":\"" + otp + "\"}")
			.post("/" + sandbox.id() + "/deviceAuthentications/" + flow);
	}

	private String pending(Sandbox sandbox) {
		Response created = api(sandbox).contentType("application/json")
			.body("{\"type\":\"EMAIL\",\"email\":\"ada@example.com\",\"status\":\"ACTIVATION_REQUIRED\"}")
			.post(sandbox.user(ADA) + "/devices");
		assertThat(created.statusCode()).isEqualTo(201);
		return JsonDocument.of(created).getString("id");
	}

	private String otp(Sandbox sandbox) {
		return JsonDocument.of(control().get("/__stub/environments/" + sandbox.id() + "/notifications"))
			.getString("notifications[0].otp");
	}

	private Response activate(Sandbox sandbox, String device, String otp) {
		return api(sandbox).contentType(ACTIVATE)
			.body("{\"otp\":\"" + otp + "\"}")
			.post(sandbox.user(ADA) + "/devices/" + device);
	}

	private static <T> List<T> together(Supplier<T> call) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(CALLS);
		try {
			CountDownLatch ready = new CountDownLatch(CALLS);
			CountDownLatch go = new CountDownLatch(1);
			List<Future<T>> running = new ArrayList<>();
			for (int i = 0; i < CALLS; i++) {
				Callable<T> task = () -> {
					ready.countDown();
					go.await();
					return call.get();
				};
				running.add(pool.submit(task));
			}
			ready.await();
			go.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> result : running) {
				results.add(result.get(1, TimeUnit.MINUTES));
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
