/**
 * The MFA user endpoints: {@code mfaEnabled} and {@code bypassMFA}, with the bypass end
 * instant as a value object that accepts PingOne's one date format.
 */
package dev.mfastub.mfa;
