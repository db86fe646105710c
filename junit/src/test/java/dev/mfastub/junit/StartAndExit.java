package dev.mfastub.junit;

/**
 * A test run in miniature, in its own JVM: starts the stub through the library, says its
 * pid, and exits without stopping it. The library's shutdown hook must.
 */
public final class StartAndExit {

	private StartAndExit() {
	}

	public static void main(String[] args) {
		StubProcess stub = StubProcess.shared(StubOptions.defaults());
		System.out.println("stub-pid=" + stub.pid());
		System.out.flush();
		System.exit(0);
	}

}
