/**
 * PingOne MFA Stub. One package per PingOne resource, each owning its endpoints, tables
 * and rules ({@code mfa} with its sub-packages, {@code user}, {@code population},
 * {@code organization}, {@code environment} with its lifecycle, {@code auth}, and
 * {@code outbox}); the control plane ({@code /__stub}) in {@code control}; the request
 * kernel in {@code call}; and {@code web} for what every endpoint shares. ARCHITECTURE.md
 * has the table.
 */
package dev.mfastub;
