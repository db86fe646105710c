package dev.mfastub.support;

import java.time.Instant;
import java.util.List;

import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Base of the HTTP tests: a real server on a random port, the documentation environment
 * reset to the built-in seed and the base clock set to {@link #START} before every test,
 * so no test depends on another's leftovers or on the wall clock.
 */
@ResourceLock(ApiTest.DOCUMENTATION_ENVIRONMENT)
public abstract class ApiTest extends StubTest {

	/**
	 * Held by every class that uses the documentation environment or moves the base test
	 * clock: those run one at a time, while sandbox tests run alongside them.
	 */
	public static final String DOCUMENTATION_ENVIRONMENT = "documentation-environment";

	/** Where the test clock starts: a few days before the seeds' bypass examples end. */
	public static final Instant START = Instant.parse("2025-11-20T10:00:00Z");

	/** The environment of PingOne's documentation examples. */
	public static final String ENV = "abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6";

	/** Seed users: the IDs PingOne's examples use. */
	public static final String ADA = "7e94b96e-0364-463b-a059-d97d1e4cb1d5";

	public static final String GRACE = "05ad3cc6-8723-4f85-9711-05ad549717f6";

	public static final String ALAN = "b7119e13-9612-42d0-a57c-039e74a0f27c";

	/** An id that names nothing. */
	public static final String UNKNOWN = "00000000-0000-4000-8000-000000000000";

	@Autowired
	protected MutableClock clock;

	@BeforeEach
	void resetStubState() {
		this.clock.set(START);
		anonymous().post("/__stub/environments/" + ENV + "/reset").then().statusCode(204);
	}

	/** A request to this test's server, with the admin worker app's token. */
	protected RequestSpecification api() {
		return anonymous().auth().oauth2(accessToken());
	}

	/**
	 * A token of the seeded admin worker app (Organization Admin and Environment Admin
	 * over the organization, Identity Data Admin over its environment), valid on the test
	 * clock now.
	 */
	protected String accessToken() {
		return Tokens.of(this.port, ENV, Tokens.ADMIN_CLIENT, Tokens.ADMIN_SECRET, this.clock.instant());
	}

	/** A token of the seeded read-only worker app (Identity Data Read Only). */
	protected String readOnlyToken() {
		return Tokens.of(this.port, ENV, Tokens.READ_ONLY_CLIENT, Tokens.READ_ONLY_SECRET, this.clock.instant());
	}

	/** The path of a user of the documentation environment. */
	protected static String user(String userId) {
		return "/v1/environments/" + ENV + "/users/" + userId;
	}

	/** The passcode the documentation environment's outbox holds last. */
	protected String lastOtp() {
		List<String> codes = JsonDocument.of(anonymous().get("/__stub/environments/" + ENV + "/notifications"))
			.getList("notifications.otp");
		return codes.get(codes.size() - 1);
	}

	/** Another passcode of the same length: the first digit moved on by one. */
	protected static String wrong(String otp) {
		return (otp.charAt(0) == '9' ? "0" : String.valueOf((char) (otp.charAt(0) + 1))) + otp.substring(1);
	}

}
