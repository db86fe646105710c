/**
 * Organizations and their licenses ({@code /v1/organizations/{orgID}}), PingOne's top of
 * the tree: read-only, each organization following from the environments that belong to
 * it. No table of its own.
 */
package dev.mfastub.organization;
