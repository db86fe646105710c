/**
 * Organizations and their licenses, PingOne's top of the tree: read-only, each
 * organization following from the environments that belong to it.
 */
package dev.mfastub.organization;
