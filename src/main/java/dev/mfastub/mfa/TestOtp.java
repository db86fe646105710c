package dev.mfastub.mfa;

/**
 * A testing device's passcode, PingOne's {@code test.otp} ("Create MFA User Device for
 * testing"): only in the answer of the call that sent it, whether it paired a device or
 * authenticates with one.
 *
 * @param otp the code
 */
public record TestOtp(String otp) {

	/**
	 * The answer's {@code test}, for a code sent to a testing device.
	 * @param otp the code, or {@code null} when none was sent to one
	 * @return the value, or {@code null} for none
	 */
	public static TestOtp of(String otp) {
		return (otp != null) ? new TestOtp(otp) : null;
	}

	@Override
	public String toString() {
		// Never the code.
		return "TestOtp[]";
	}

}
