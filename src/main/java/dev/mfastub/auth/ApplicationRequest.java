package dev.mfastub.auth;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.mfastub.web.PrintableText;

/**
 * The body of POST (create) and PUT (update) application: PingOne's worker apps (the
 * OpenID Connect protocol with the client credentials grant) and its OIDC sign-on apps
 * ({@code WEB_APP}, {@code SINGLE_PAGE_APP}, {@code NATIVE_APP}).
 *
 * @param name required, unique in the environment ignoring case
 * @param description optional
 * @param enabled whether its tokens work; {@code false} when absent, as PingOne's page
 * says
 * @param type {@code WORKER}, {@code WEB_APP}, {@code SINGLE_PAGE_APP} or
 * {@code NATIVE_APP}; it cannot change
 * @param protocol {@code OPENID_CONNECT}
 * @param grantTypes a worker's {@code ["CLIENT_CREDENTIALS"]}, the default; a sign-on
 * app's {@code AUTHORIZATION_CODE} (the default), {@code IMPLICIT}, {@code REFRESH_TOKEN}
 * and, for a {@code WEB_APP}, {@code CLIENT_CREDENTIALS}
 * @param tokenEndpointAuthMethod {@code CLIENT_SECRET_BASIC} or
 * {@code CLIENT_SECRET_POST}, or {@code NONE} for a sign-on app (a
 * {@code SINGLE_PAGE_APP}'s only one)
 * @param assignActorRoles whether a new app inherits the role assignments of the actor
 * creating it; {@code true} when absent, PingOne's default; a worker's only
 * @param redirectUris a sign-on app's callback URIs
 * @param postLogoutRedirectUris a sign-on app's URIs after signoff
 * @param responseTypes a sign-on app's {@code CODE}, {@code TOKEN}, {@code ID_TOKEN}
 * @param pkceEnforcement a sign-on app's {@code OPTIONAL} (the default), {@code REQUIRED}
 * or {@code S256_REQUIRED}
 * @param refreshTokenDuration a sign-on app's refresh token lifetime in seconds
 * @param refreshTokenRollingDuration a sign-on app's time in seconds before a refresh
 * token needs a new sign-on
 */
record ApplicationRequest(@NotBlank @Size(max = 256) @Pattern(regexp = PrintableText.PATTERN) String name,
		@Size(max = 1024) @Pattern(regexp = PrintableText.PATTERN) String description, Boolean enabled,
		@NotNull String type, @NotNull String protocol, @Size(max = 8) List<@NotNull String> grantTypes,
		@NotNull String tokenEndpointAuthMethod, Boolean assignActorRoles,
		@Size(max = 100) List<@NotNull @Size(max = 2048) String> redirectUris,
		@Size(max = 100) List<@NotNull @Size(max = 2048) String> postLogoutRedirectUris,
		@Size(max = 8) List<@NotNull String> responseTypes, String pkceEnforcement, Integer refreshTokenDuration,
		Integer refreshTokenRollingDuration) {

}
