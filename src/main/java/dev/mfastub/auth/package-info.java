/**
 * Worker apps and the per-environment auth server: client_credentials tokens signed with
 * keys kept in the database, and the resource-server rules that protect {@code /v1}.
 */
package dev.mfastub.auth;
