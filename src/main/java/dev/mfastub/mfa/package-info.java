/**
 * PingOne MFA: the seeds' two switches ({@code mfaEnabled} and {@code bypassMFA} under
 * {@code /v1/environments/{envID}/users/{userID}}, read and written through the users'
 * table), the bypass end instant as a value object, and what the MFA sub-packages share
 * (device types). Devices, device authentication policies, MFA settings and device
 * authentications are its sub-packages.
 */
package dev.mfastub.mfa;
