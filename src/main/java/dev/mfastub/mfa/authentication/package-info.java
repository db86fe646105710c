/**
 * Device authentications ({@code /{envID}/deviceAuthentications}), PingOne's runtime MFA
 * flow: initialize for a user, select a device, check a passcode, decided by
 * {@code mfaEnabled}, {@code bypassMFA}, the devices and the policy. Table
 * {@code device_authentications}.
 */
package dev.mfastub.mfa.authentication;
