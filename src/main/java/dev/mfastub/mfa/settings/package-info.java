/**
 * An environment's MFA settings ({@code /v1/environments/{envID}/mfaSettings}): the
 * device limit, the account lockout, phone extensions and {@code users.mfaEnabled} (kept
 * and shown only). Table {@code mfa_settings}; no row means PingOne's defaults, last
 * updated when the environment was created.
 */
package dev.mfastub.mfa.settings;
