/**
 * Password policies ({@code /v1/environments/{envID}/passwordPolicies}): the rules a
 * user's password is held to, PingOne's three standard ones in every environment, one of
 * them the default, with PingOne's create, read, list, update and delete; the default's
 * rules ({@link dev.mfastub.password.PasswordRules}) for the user password calls. Table
 * {@code password_policies}.
 */
package dev.mfastub.password;
