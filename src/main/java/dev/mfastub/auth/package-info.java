/**
 * Applications, roles and tokens: worker apps
 * ({@code /v1/environments/{envID}/applications}, tables {@code applications},
 * {@code role_assignments}), PingOne's built-in roles ({@code /v1/roles}), each
 * environment's auth server ({@code /{envID}/as}: token, JWKS, discovery; keys in
 * {@code signing_keys}), and the access rules: one {@link dev.mfastub.auth.AccessPolicy},
 * asked once per API request by the security chain that protects {@code /v1} and
 * {@code /{envID}/deviceAuthentications}.
 */
package dev.mfastub.auth;
