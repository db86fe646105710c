/**
 * The outbox: every passcode PingOne would have sent by email, SMS or voice (device
 * pairing, password recovery), kept per environment for a test to read at
 * {@code /__stub/environments/{envID}/notifications}.
 */
package dev.mfastub.outbox;
