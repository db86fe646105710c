package com.example.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the service finds PingOne, and its worker app.
 *
 * @param apiUrl PingOne's API, such as {@code https://api.pingone.com/v1}
 * @param authUrl the environment's auth server, such as
 * {@code https://auth.pingone.com/ENV/as}
 * @param environmentId the environment
 * @param clientId the worker app's client id
 * @param clientSecret the worker app's secret
 */
@ConfigurationProperties("pingone")
public record PingOneProperties(String apiUrl, String authUrl, String environmentId, String clientId,
		String clientSecret) {

}
