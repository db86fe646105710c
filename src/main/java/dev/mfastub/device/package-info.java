/**
 * PingOne MFA devices: a user's EMAIL, SMS, VOICE and TOTP devices, their pairing with
 * one-time passcodes, the environment's MFA settings and device authentication policies,
 * and device authentications, the runtime MFA flow that signs a user on with them
 * ({@code /{envID}/deviceAuthentications}). The passcodes go to the outbox
 * ({@code dev.mfastub.outbox}).
 */
package dev.mfastub.device;
