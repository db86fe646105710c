/**
 * PingOne MFA Stub: one package per feature ({@code mfa}, {@code user},
 * {@code environment}, {@code control}) and {@code web} for what every endpoint shares.
 */
package dev.mfastub;
