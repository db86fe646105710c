/**
 * The runtime side of sign-on: PingOne's authorize endpoint (redirectless with
 * {@code response_mode=pi.flow}, or redirecting to {@code /as/resume}), the Flow API
 * ({@code /{envID}/flows/{flowID}}) that walks a sign-on policy's actions (LOGIN with
 * PingOne's password lockout, MULTI_FACTOR_AUTHENTICATION through the device
 * authentication rules of {@code mfa.authentication}), the authorization codes and
 * refresh tokens they end in ({@code auth.UserGrants}), {@code userinfo} and
 * {@code signoff}. Tables {@code sign_on_flows} and {@code refresh_tokens}. It depends on
 * {@code auth} (clients, token signing), {@code signon} (policies),
 * {@code mfa.authentication}, {@code user} and {@code call}; nothing depends on it.
 */
package dev.mfastub.signon.flow;
