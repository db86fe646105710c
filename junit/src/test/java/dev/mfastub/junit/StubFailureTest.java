package dev.mfastub.junit;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A stub that does not come up fails with its own log's end in the message, within a
 * bounded wait; a stub that dies is reported, not restarted; nothing is left running.
 */
class StubFailureTest {

	@TempDir
	Path directory;

	@Test
	void shouldFailWithTheStubsLogWhenThePortIsTaken() throws IOException {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			StubOptions options = StubOptions.defaults();
			StubOptions onTakenPort = new StubOptions(null, null, List.of(), taken.getLocalPort(), null, null,
					options.startTimeout(), null);

			assertThatThrownBy(() -> StubProcess.start(onTakenPort)).isInstanceOf(PingOneStubException.class)
				.hasMessageContaining("exited with code")
				.hasMessageContaining("The end of its log")
				.hasMessageContaining("Port " + taken.getLocalPort() + " was already in use");
		}
	}

	@Test
	void shouldFailWithTheStubsLogOnABadSeed() throws IOException {
		Path seed = this.directory.resolve("seed.json");
		Files.writeString(seed, """
				{"environments": [{"id": "1b6e8c1e-5a5e-4a53-9f7d-6f0e1a2b3c4d", "users": [{"username": ""}]}]}""",
				StandardCharsets.UTF_8);
		StubOptions withBadSeed = new StubOptions(null, seed, List.of(), 0, null, null,
				StubOptions.DEFAULT_START_TIMEOUT, null);

		assertThatThrownBy(() -> StubProcess.start(withBadSeed)).isInstanceOf(PingOneStubException.class)
			.hasMessageContaining("exited with code")
			.hasMessageContaining("is invalid: environments[0].users[0].username");
	}

	@Test
	void shouldSaySoWhenThereIsNoJavaOrNoJar() {
		StubOptions noJava = new StubOptions(null, null, List.of(), 0, null, this.directory.resolve("bin/java"),
				StubOptions.DEFAULT_START_TIMEOUT, null);
		StubOptions noJar = new StubOptions(this.directory.resolve("stub.jar"), null, List.of(), 0, null, null,
				StubOptions.DEFAULT_START_TIMEOUT, null);

		assertThatThrownBy(() -> StubProcess.start(noJava)).isInstanceOf(PingOneStubException.class)
			.hasMessage("No java at " + this.directory.resolve("bin/java") + " to start the PingOne MFA stub with.");
		assertThatThrownBy(() -> StubProcess.start(noJar)).isInstanceOf(PingOneStubException.class)
			.hasMessageContaining("does not exist");
	}

	@Test
	void shouldGiveUpAfterTheStartTimeoutAndLeaveNothingRunning() {
		StubOptions impatient = new StubOptions(null, null, List.of("--spring.application.name=impatient"), 0, null,
				null, Duration.ofMillis(300), null);

		assertThatThrownBy(() -> StubProcess.start(impatient)).isInstanceOf(PingOneStubException.class)
			.hasMessageContaining("did not start within PT0.3S")
			.hasMessageContaining("The end of its log");
		assertThat(stubProcessesRunning("--spring.application.name=impatient")).isZero();
	}

	@Test
	void shouldReportAStubThatDiedAndNotRestartIt() throws InterruptedException {
		StubOptions options = new StubOptions(null, null, List.of("--spring.application.name=doomed"), 0, null, null,
				StubOptions.DEFAULT_START_TIMEOUT, null);
		StubProcess stub = StubProcess.shared(options);
		PingOneSandbox sandbox = PingOneSandbox.create(stub, "{}");

		ProcessHandle.of(stub.pid()).orElseThrow().destroyForcibly();
		ProcessHandle.of(stub.pid()).ifPresent((handle) -> handle.onExit().join());

		assertThatThrownBy(sandbox::now).isInstanceOf(PingOneStubException.class)
			.hasMessageContaining("exited with code")
			.hasMessageContaining("it is not restarted");
		assertThatThrownBy(() -> StubProcess.shared(options)).isInstanceOf(PingOneStubException.class)
			.hasMessageContaining("it is not restarted");
		assertThat(stubProcessesRunning("--spring.application.name=doomed")).isZero();
	}

	@Test
	void shouldLeaveNoStubRunningAfterTheTestJvmExits() throws IOException, InterruptedException {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Process run = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
				"-Dpingone.stub.cache=" + System.getProperty("pingone.stub.cache"), StartAndExit.class.getName())
			.redirectErrorStream(true)
			.start();
		String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(run.waitFor(180, TimeUnit.SECONDS)).isTrue();

		assertThat(output).contains("stub-pid=");
		long pid = Long.parseLong(output.replaceAll("(?s).*stub-pid=(\\d+).*", "$1"));
		assertThat(run.exitValue()).as(output).isZero();
		assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
	}

	/** The stub JVMs running now whose command line holds this text. */
	private static long stubProcessesRunning(String marker) {
		return ProcessHandle.allProcesses()
			.filter(ProcessHandle::isAlive)
			.filter((process) -> process.info().commandLine().map((line) -> line.contains(marker)).orElse(false))
			.count();
	}

}
