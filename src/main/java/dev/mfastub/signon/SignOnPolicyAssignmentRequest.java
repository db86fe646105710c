package dev.mfastub.signon;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The body of PingOne's "Create Sign-On Policy Assignment" and "Update Sign-On Policy
 * Assignment".
 *
 * @param signOnPolicy the policy
 * @param priority its order among the app's assignments, 1 or more (the lowest applies)
 */
record SignOnPolicyAssignmentRequest(@NotNull @Valid SignOnPolicyActionRequest.SignOnIdReference signOnPolicy,
		@NotNull @Min(1) @Max(1000) Integer priority) {

}
