/**
 * The stub's own controls, which PingOne does not have: loading the seed at start, and
 * (with the control plane) sandboxes, reset, clocks, faults and the journal.
 */
package dev.mfastub.control;
