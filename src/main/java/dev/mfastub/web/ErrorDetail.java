package dev.mfastub.web;

import java.util.List;

/**
 * One entry of a PingOne error body's {@code details}.
 *
 * @param code the detail code, such as {@code INVALID_VALUE}
 * @param target the field or parameter at fault, if any
 * @param message what is wrong, in English
 * @param innerError hints for fixing the input, if any
 */
public record ErrorDetail(String code, String target, String message, InnerError innerError) {

	public static ErrorDetail invalidValue(String target, String message) {
		return new ErrorDetail("INVALID_VALUE", target, message, null);
	}

	public static ErrorDetail invalidValue(String target, String message, InnerError innerError) {
		return new ErrorDetail("INVALID_VALUE", target, message, innerError);
	}

	public static ErrorDetail requiredValue(String target) {
		return new ErrorDetail("REQUIRED_VALUE", target, target + " is required.", null);
	}

	/**
	 * The {@code innerError} of PingOne's {@code P1Error}: whichever hints apply to the
	 * failed value.
	 *
	 * @param allowedPattern a regular expression the value must match
	 * @param rangeMinimumValue the smallest allowed value
	 * @param rangeMaximumValue the largest allowed value
	 * @param allowedValues the values allowed
	 * @param maximumValue the maximum allowed for the request
	 * @param supportedAttributes the attributes a filter may compare
	 * @param supportedOperators the operators a filter may use on its attribute
	 * @param failuresRemaining the wrong passcodes still allowed before the lock
	 * @param maximumAllowed the most of something PingOne allows, such as a user's paired
	 * devices ("Maximum allowed devices has been reached")
	 */
	public record InnerError(String allowedPattern, Long rangeMinimumValue, Long rangeMaximumValue,
			List<String> allowedValues, Long maximumValue, List<String> supportedAttributes,
			List<String> supportedOperators, Long failuresRemaining, Long maximumAllowed) {

		public static InnerError maximumAllowed(long maximum) {
			return new InnerError(null, null, null, null, null, null, null, null, maximum);
		}

		public static InnerError failuresRemaining(long remaining) {
			return new InnerError(null, null, null, null, null, null, null, remaining, null);
		}

		public static InnerError pattern(String allowedPattern) {
			return new InnerError(allowedPattern, null, null, null, null, null, null, null, null);
		}

		public static InnerError range(long minimum, long maximum) {
			return new InnerError(null, minimum, maximum, null, null, null, null, null, null);
		}

		public static InnerError allowedValues(List<String> values) {
			return new InnerError(null, null, null, values, null, null, null, null, null);
		}

		public static InnerError supportedAttributes(List<String> attributes) {
			return new InnerError(null, null, null, null, null, attributes, null, null, null);
		}

		public static InnerError supportedOperators(List<String> operators) {
			return new InnerError(null, null, null, null, null, null, operators, null, null);
		}

	}

}
