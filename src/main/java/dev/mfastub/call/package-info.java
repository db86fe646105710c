/**
 * The request kernel, which every feature builds on and which depends on none: the call's
 * context ({@link dev.mfastub.call.ApiCall}, built once per request by
 * {@link dev.mfastub.call.ApiCalls} from the authenticated
 * {@link dev.mfastub.call.Caller} and handed to controllers as a parameter), each
 * environment's clock (the clock columns of {@code environments}, read through
 * {@code EnvironmentRepository}), the journal (table {@code events}), and
 * {@link dev.mfastub.call.CommittedReads}, which remembers the rows every request reads
 * first between commits when this process alone owns the database. Endpoints: none.
 */
package dev.mfastub.call;
