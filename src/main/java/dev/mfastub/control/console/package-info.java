/**
 * The console for people at {@code /__stub/console}: server-rendered pages over the same
 * services the API calls, with the console as the journal's caller. No table of its own.
 */
package dev.mfastub.control.console;
