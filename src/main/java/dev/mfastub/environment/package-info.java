/**
 * Environments: the isolated sandboxes that hold users, and the clock each one reads
 * "now" from.
 */
package dev.mfastub.environment;
