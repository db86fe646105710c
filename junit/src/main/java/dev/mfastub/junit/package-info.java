/**
 * Java test support for the PingOne MFA stub: {@link dev.mfastub.junit.PingOneStubTest}
 * starts the stub once per run and gives each test class its own sandbox, a
 * {@link dev.mfastub.junit.PingOneSandbox} with its clock, outbox, faults and journal at
 * hand. Nothing but JUnit's API on the class path: the stub runs in its own JVM.
 */
package dev.mfastub.junit;
