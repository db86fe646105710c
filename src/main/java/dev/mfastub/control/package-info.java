/**
 * The stub's control plane, which PingOne does not have: {@code /__stub} (sandboxes and
 * reset, served through {@code environment.lifecycle}; clocks; faults, table
 * {@code fault_rules}, applied by {@link dev.mfastub.control.FaultFilter}; the journal;
 * the outbox's notifications), the gate that decides who may call it, and the console in
 * {@code control.console}.
 */
package dev.mfastub.control;
