package dev.mfastub.junit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A PingOne client's calls, as a test written against PingOne makes them. */
final class Calls {

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	private Calls() {
	}

	static HttpResponse<String> get(PingOneSandbox sandbox, String path) {
		return send(HttpRequest.newBuilder(URI.create(sandbox.apiUrl() + path))
			.header("Authorization", "Bearer " + sandbox.accessToken())
			.GET());
	}

	/** A call to the stub's control plane, which needs no token on loopback. */
	static HttpResponse<String> control(PingOneSandbox sandbox, String path) {
		return send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/__stub" + path)).GET());
	}

	static HttpResponse<String> post(PingOneSandbox sandbox, String path, String contentType, String body) {
		return send(HttpRequest.newBuilder(URI.create(sandbox.apiUrl() + path))
			.header("Authorization", "Bearer " + sandbox.accessToken())
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	static HttpResponse<String> put(PingOneSandbox sandbox, String path, String body) {
		return send(HttpRequest.newBuilder(URI.create(sandbox.apiUrl() + path))
			.header("Authorization", "Bearer " + sandbox.accessToken())
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** Creates a user in the sandbox and answers its id. */
	static String createUser(PingOneSandbox sandbox, String username) {
		HttpResponse<String> created = post(sandbox, "/environments/" + sandbox.environmentId() + "/users",
				"application/json", "{\"username\":\"" + username + "\",\"email\":\"" + username + "@example.com\"}");
		if (created.statusCode() != 201) {
			throw new AssertionError("Creating " + username + " answered " + created.statusCode() + ": " + created.body());
		}
		return (String) Json.object(created.body()).get("id");
	}

	/** Creates an EMAIL device waiting for its pairing code, and answers its id. */
	static String createEmailDevice(PingOneSandbox sandbox, String userId, String email) {
		HttpResponse<String> created = post(sandbox,
				"/environments/" + sandbox.environmentId() + "/users/" + userId + "/devices", "application/json",
				"{\"type\":\"EMAIL\",\"email\":\"" + email + "\",\"status\":\"ACTIVATION_REQUIRED\"}");
		if (created.statusCode() != 201) {
			throw new AssertionError("Creating a device answered " + created.statusCode() + ": " + created.body());
		}
		return (String) Json.object(created.body()).get("id");
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

}
