/**
 * An environment's MFA settings ({@code /v1/environments/{envID}/mfaSettings}): the
 * device limit and the account lockout. Table {@code mfa_settings}; no row means
 * PingOne's defaults.
 */
package dev.mfastub.mfa.settings;
