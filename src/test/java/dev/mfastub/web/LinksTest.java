package dev.mfastub.web;

import org.junit.jupiter.api.Test;

import dev.mfastub.support.ApiTest;
import dev.mfastub.support.JsonDocument;

import static org.hamcrest.Matchers.equalTo;

/**
 * Links and {@code Location} are absolute and point where the client reached the stub:
 * its own host and port, or what a proxy says in {@code X-Forwarded-*} or
 * {@code Forwarded}.
 */
class LinksTest extends ApiTest {

	@Test
	void shouldLinkToTheHostAndPortTheClientUsed() {
		api().header("Host", "stub.example.test:9443")
			.get(user(ADA) + "/mfaEnabled")
			.then()
			.body(JsonDocument.at("_links.self.href",
					equalTo("http://stub.example.test:9443" + user(ADA) + "/mfaEnabled")))
			.body(JsonDocument.at("_links.user.href", equalTo("http://stub.example.test:9443" + user(ADA))));
	}

	@Test
	void shouldLinkThroughProxyNamedInXForwardedHeaders() {
		api().header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-Host", "idp.example.test")
			.header("X-Forwarded-Port", "8443")
			.header("X-Forwarded-Prefix", "/pingone")
			.get(user(ADA) + "/bypassMFA")
			.then()
			.body(JsonDocument.at("_links.self.href",
					equalTo("https://idp.example.test:8443/pingone" + user(ADA) + "/bypassMFA")))
			.body(JsonDocument.at("_links.user.href", equalTo("https://idp.example.test:8443/pingone" + user(ADA))));
	}

	@Test
	void shouldLinkThroughProxyNamedInForwardedHeader() {
		api().header("Forwarded", "proto=https;host=api.pingone.test")
			.get(user(ADA))
			.then()
			.body(JsonDocument.at("_links.self.href", equalTo("https://api.pingone.test" + user(ADA))));
	}

	@Test
	void shouldSetLocationOfCreatedUserThroughProxy() {
		String location = api().header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-Host", "api.pingone.test")
			.contentType("application/json")
			.body("{\"username\":\"linked.user\"}")
			.post("/v1/environments/" + ENV + "/users")
			.then()
			.statusCode(201)
			.extract()
			.header("Location");

		api().header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-Host", "api.pingone.test")
			.get(location.replace("https://api.pingone.test", ""))
			.then()
			.statusCode(200)
			.body(JsonDocument.at("_links.self.href", equalTo(location)));
	}

}
