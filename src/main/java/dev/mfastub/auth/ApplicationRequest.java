package dev.mfastub.auth;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.mfastub.web.PrintableText;

/**
 * The body of POST (create) and PUT (update) application, for PingOne's worker apps: the
 * OpenID Connect protocol with the client credentials grant.
 *
 * @param name required, unique in the environment ignoring case
 * @param description optional
 * @param enabled whether its tokens work; {@code false} when absent, as PingOne's page
 * says
 * @param type {@code WORKER}: the only type the stub has
 * @param protocol {@code OPENID_CONNECT}
 * @param grantTypes {@code ["CLIENT_CREDENTIALS"]}, the default
 * @param tokenEndpointAuthMethod {@code CLIENT_SECRET_BASIC} or
 * {@code CLIENT_SECRET_POST}
 * @param assignActorRoles whether a new app inherits the role assignments of the actor
 * creating it; {@code true} when absent, PingOne's default
 */
record ApplicationRequest(@NotBlank @Size(max = 256) @Pattern(regexp = PrintableText.PATTERN) String name,
		@Size(max = 1024) @Pattern(regexp = PrintableText.PATTERN) String description, Boolean enabled,
		@NotNull String type, @NotNull String protocol, @Size(max = 8) List<@NotNull String> grantTypes,
		@NotNull String tokenEndpointAuthMethod, Boolean assignActorRoles) {

}
