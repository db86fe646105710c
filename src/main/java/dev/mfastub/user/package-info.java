/**
 * Users: the subset of PingOne's user resource that an MFA flow needs, with create, read,
 * list (filter and cursor), replace, patch and delete.
 */
package dev.mfastub.user;
