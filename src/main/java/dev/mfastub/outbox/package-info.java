/**
 * The outbox: every passcode PingOne would have sent by email, SMS or voice (device
 * pairing, device authentication, password recovery), kept per environment (table
 * {@code notifications}) for a test to read at
 * {@code /__stub/environments/{envID}/notifications} (served by {@code control}).
 */
package dev.mfastub.outbox;
