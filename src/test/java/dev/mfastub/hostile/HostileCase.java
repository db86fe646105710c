package dev.mfastub.hostile;

import java.util.function.Function;

/**
 * One request the stub must refuse, and how. The request is built only when the case
 * runs, against the test's sandbox.
 *
 * @param name what the case sends, for the test report
 * @param request builds the request for the sandbox
 * @param expected the refusal it must get
 */
record HostileCase(String name, Function<Target, RawRequest> request, Expected expected) {

	static HostileCase of(String name, Expected expected, Function<Target, RawRequest> request) {
		return new HostileCase(name, request, expected);
	}

	@Override
	public String toString() {
		return this.name + " => " + this.expected;
	}

}
