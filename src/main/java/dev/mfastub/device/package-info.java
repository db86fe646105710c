/**
 * PingOne MFA devices: a user's EMAIL, SMS, VOICE and TOTP devices, their pairing with
 * one-time passcodes, the environment's MFA settings and device authentication policy,
 * and the outbox that holds every passcode PingOne would have sent.
 */
package dev.mfastub.device;
