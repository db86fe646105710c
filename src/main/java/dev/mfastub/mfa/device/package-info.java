/**
 * A user's MFA devices ({@code /v1/environments/{envID}/users/{userID}/devices}): EMAIL,
 * SMS, VOICE and TOTP, pairing with passcodes sent to the outbox or RFC 6238 codes,
 * block, unblock, unlock, nickname, order and delete. Table {@code devices}.
 */
package dev.mfastub.mfa.device;
