package dev.mfastub.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.tomcat.util.threads.ThreadPoolExecutor;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import dev.mfastub.support.ApiTest;
import dev.mfastub.support.JsonDocument;
import dev.mfastub.support.RawHttp;
import dev.mfastub.support.TestClockConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Clients that stop half-way, over raw sockets: a body shorter than its
 * {@code Content-Length}, half a request line, half the headers, an idle kept-alive
 * connection, a half-closed one. The server lets go of each within a bound derived from
 * {@code server.tomcat.connection-timeout} (short here, so the test is quick), never
 * answers one with a 5xx, and keeps answering normal requests while twice its worker
 * threads' worth of such clients hang on.
 * <p>
 * The only timed assertions of the suite, as the issue asks: the bounds are several times
 * what the server should need.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.tomcat.connection-timeout=" + SlowClientTest.TIMEOUT_MILLIS + "ms",
				"server.tomcat.threads.max=" + SlowClientTest.MAX_THREADS, "server.tomcat.threads.min-spare=1",
				"stub.h2-database=mem:slow-client-test" })
@Import(TestClockConfiguration.class)
class SlowClientTest {

	static final long TIMEOUT_MILLIS = 2000;

	static final int MAX_THREADS = 4;

	/**
	 * Within this the server must have let go of a stalled connection: a few timeouts (a
	 * body that stops short was seen to take two), and still less than the default
	 * timeout of 10 s.
	 */
	private static final Duration CLOSE_BOUND = Duration.ofMillis(4 * TIMEOUT_MILLIS);

	/**
	 * Within this a normal request is answered while slow clients are held: less than one
	 * timeout, so it did not wait for one of them to be dropped.
	 */
	private static final Duration PROMPT_BOUND = Duration.ofMillis(TIMEOUT_MILLIS);

	private static final String SANDBOXES = "/__stub/environments";

	private static final String TOKEN = "/" + ApiTest.ENV + "/as/token";

	@LocalServerPort
	int port;

	@Autowired
	ServletWebServerApplicationContext context;

	// --- A body that never comes ---

	@Test
	void shouldLetGoOfAJsonBodyThatStopsShortOfItsContentLength() throws Exception {
		try (Socket socket = RawHttp.connect(this.port)) {
			send(socket, "POST " + SANDBOXES + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
					+ "Content-Length: 1000\r\n\r\n{\"users\":[");

			assertLetGo(socket, System.nanoTime());
		}
	}

	@Test
	void shouldLetGoOfATokenRequestWhoseFormStopsShortOfItsContentLength() throws Exception {
		try (Socket socket = RawHttp.connect(this.port)) {
			send(socket,
					"POST " + TOKEN + " HTTP/1.1\r\nHost: localhost\r\n"
							+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\n"
							+ "grant_type=client_credentials&client_id=");

			assertLetGo(socket, System.nanoTime());
		}
	}

	// --- A request that never ends ---

	@Test
	void shouldLetGoOfHalfARequestLine() throws Exception {
		try (Socket socket = RawHttp.connect(this.port)) {
			send(socket, "GET /v1/environments/" + ApiTest.ENV.substring(0, 10));

			assertLetGo(socket, System.nanoTime());
		}
	}

	@Test
	void shouldLetGoOfHeadersThatStopHalfWay() throws Exception {
		try (Socket socket = RawHttp.connect(this.port)) {
			send(socket, "GET /actuator/health HTTP/1.1\r\nHost: localhost\r\nAccept: appl");

			assertLetGo(socket, System.nanoTime());
		}
	}

	@Test
	void shouldLetGoOfAConnectionThatNeverSendsAByte() throws Exception {
		try (Socket socket = RawHttp.connect(this.port)) {
			assertLetGo(socket, System.nanoTime());
		}
	}

	@Test
	void shouldLetGoOfAKeptAliveConnectionThatFallsIdle() throws Exception {
		try (Socket socket = RawHttp.connect(this.port)) {
			send(socket, "GET /actuator/health HTTP/1.1\r\nHost: localhost\r\n\r\n");
			RawHttp.Answer first = RawHttp.read(socket.getInputStream()).orElseThrow();
			assertThat(first.status()).isEqualTo(200);
			assertThat(first.header("Connection")).isNotEqualTo(Optional.of("close"));

			assertLetGo(socket, System.nanoTime());
		}
	}

	// --- Half-closed connections ---

	@Test
	void shouldAnswerACompleteRequestOfAHalfClosedConnectionAndClose() throws Exception {
		try (Socket socket = RawHttp.connect(this.port)) {
			send(socket, "GET /actuator/health HTTP/1.1\r\nHost: localhost\r\n\r\n");
			long start = System.nanoTime();
			socket.shutdownOutput();

			Optional<RawHttp.Answer> answer = assertLetGo(socket, start);

			assertThat(answer).as("the GET's answer").isPresent();
			assertThat(answer.get().status()).isEqualTo(200);
		}
	}

	@Test
	void shouldLetGoOfAHalfClosedConnectionThatOwesItsBody() throws Exception {
		try (Socket socket = RawHttp.connect(this.port)) {
			send(socket, "POST " + SANDBOXES + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
					+ "Content-Length: 100\r\n\r\n{\"name\":");
			long start = System.nanoTime();
			socket.shutdownOutput();

			assertLetGo(socket, start);
		}
	}

	// --- Normal requests while slow clients hang on ---

	@Test
	void shouldAnswerPromptlyWhileTwiceTheWorkerThreadsOfClientsSendHalfTheirHeaders() throws Exception {
		List<Socket> slow = new ArrayList<>();
		try {
			for (int i = 0; i < 2 * MAX_THREADS; i++) {
				Socket socket = RawHttp.connect(this.port);
				slow.add(socket);
				send(socket, "GET /actuator/health HTTP/1.1\r\nHost: localhost\r\nX-Slow: " + i);
			}

			assertAnsweredPromptly();
		}
		finally {
			closeAll(slow);
		}
	}

	@Test
	void shouldServeAgainOnceTimeoutsFreeTheWorkersOfTwiceAsManyClientsOwingTheirBodies() throws Exception {
		List<Socket> slow = new ArrayList<>();
		try {
			for (int i = 0; i < 2 * MAX_THREADS; i++) {
				Socket socket = RawHttp.connect(this.port);
				slow.add(socket);
				send(socket, "POST " + SANDBOXES + " HTTP/1.1\r\nHost: localhost\r\n"
						+ "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"users\":[");
			}

			awaitAllWorkersBusy();
			assertAnsweredOnceTimeoutsFreeWorkers();
		}
		finally {
			closeAll(slow);
		}
	}

	@Test
	void shouldServeAgainOnceTimeoutsFreeTheWorkersOfTwiceAsManyTokenRequestsOwingTheirForms() throws Exception {
		List<Socket> slow = new ArrayList<>();
		try {
			for (int i = 0; i < 2 * MAX_THREADS; i++) {
				Socket socket = RawHttp.connect(this.port);
				slow.add(socket);
				send(socket,
						"POST " + TOKEN + " HTTP/1.1\r\nHost: localhost\r\n"
								+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\n"
								+ "grant_type=");
			}

			awaitAllWorkersBusy();
			assertAnsweredOnceTimeoutsFreeWorkers();
		}
		finally {
			closeAll(slow);
		}
	}

	/**
	 * Waits until the slow clients hold every worker thread: Tomcat hands ready
	 * connections to threads in no set order, so without this the normal request could be
	 * served first by chance, and the test would not show what it claims.
	 */
	private void awaitAllWorkersBusy() {
		ThreadPoolExecutor workers = (ThreadPoolExecutor) ((TomcatWebServer) this.context.getWebServer()).getTomcat()
			.getConnector()
			.getProtocolHandler()
			.getExecutor();
		Awaitility.await("every worker thread busy with a slow client")
			.atMost(CLOSE_BOUND)
			.pollInterval(Duration.ofMillis(10))
			.until(() -> workers.getActiveCount() == MAX_THREADS);
	}

	/**
	 * A health check on a fresh connection is answered within {@link #PROMPT_BOUND}.
	 */
	private void assertAnsweredPromptly() throws IOException {
		long start = System.nanoTime();
		RawHttp.Answer answer = RawHttp.exchange(this.port,
				"GET /actuator/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

		assertThat(answer.status()).isEqualTo(200);
		assertThat(elapsed).as("time to answer a normal request while slow clients are held").isLessThan(PROMPT_BOUND);
	}

	/**
	 * A client stuck in its body holds a worker thread (Tomcat reads bodies blocking)
	 * until a read times out: not forever. With twice as many such clients as workers, a
	 * normal request is answered once two rounds of them have been let go, each within
	 * {@link #CLOSE_BOUND}.
	 */
	private void assertAnsweredOnceTimeoutsFreeWorkers() throws IOException {
		long start = System.nanoTime();
		RawHttp.Answer answer = RawHttp.exchange(this.port,
				"GET /actuator/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

		assertThat(answer.status()).isEqualTo(200);
		assertThat(elapsed).as("time to answer a normal request once slow clients are let go")
			.isLessThan(CLOSE_BOUND.multipliedBy(2).plusSeconds(2));
	}

	/**
	 * Waits for the server to let go of a connection: it closes it or resets it, with or
	 * without an answer first, within {@link #CLOSE_BOUND} of {@code start}. An answer,
	 * if any, is an error in PingOne's shape but never a 5xx.
	 * @param socket the connection
	 * @param start when the client fell silent, from {@link System#nanoTime()}
	 * @return the answer that came before the close, if any
	 */
	private static Optional<RawHttp.Answer> assertLetGo(Socket socket, long start) throws IOException {
		socket.setSoTimeout((int) CLOSE_BOUND.toMillis());
		InputStream in = socket.getInputStream();
		Optional<RawHttp.Answer> answer;
		try {
			answer = RawHttp.read(in);
			if (answer.isPresent()) {
				assertThat(in.read()).as("nothing after the answer but the close").isEqualTo(-1);
			}
		}
		catch (SocketTimeoutException ex) {
			return fail("The server still holds the connection after " + CLOSE_BOUND);
		}
		catch (SocketException ex) {
			// Reset: let go, without an answer.
			answer = Optional.empty();
		}
		Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
		assertThat(elapsed).as("time until the server let go").isLessThan(CLOSE_BOUND);
		answer.filter((response) -> response.status() != 200).ifPresent((response) -> {
			assertThat(response.status()).as(response.statusLine() + " " + response.body()).isBetween(400, 499);
			assertThat(JsonDocument.parse(response.body()).getString("id"))
				.isEqualTo(response.header("Correlation-Id").orElseThrow());
		});
		return answer;
	}

	private static void send(Socket socket, String text) throws IOException {
		OutputStream out = socket.getOutputStream();
		out.write(text.getBytes(StandardCharsets.ISO_8859_1));
		out.flush();
	}

	private static void closeAll(List<Socket> sockets) {
		for (Socket socket : sockets) {
			try {
				socket.close();
			}
			catch (IOException ex) {
				// Already gone: nothing to release.
			}
		}
	}

}
