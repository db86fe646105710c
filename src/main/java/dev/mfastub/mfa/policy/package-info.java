/**
 * Device authentication policies
 * ({@code /v1/environments/{envID}/deviceAuthenticationPolicies}): the passcode lengths,
 * lifetimes and failure counts devices and device authentications keep to, and the one
 * way a passcode is issued. Table {@code device_policies}.
 */
package dev.mfastub.mfa.policy;
