package dev.mfastub.junit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The library's calls to a running stub, each checked for the status it must answer. */
final class StubHttp {

	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final StubProcess stub;

	StubHttp(StubProcess stub) {
		this.stub = stub;
	}

	String baseUrl() {
		return this.stub.baseUrl();
	}

	String get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET(), 200);
	}

	String postJson(String path, String json, int expected) {
		return send(json(path, json).POST(HttpRequest.BodyPublishers.ofString(json)), expected);
	}

	String putJson(String path, String json) {
		return send(json(path, json).PUT(HttpRequest.BodyPublishers.ofString(json)), 200);
	}

	String post(String path, int expected) {
		return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody()), expected);
	}

	String delete(String path, int expected) {
		return send(HttpRequest.newBuilder(uri(path)).DELETE(), expected);
	}

	/** Sends a prepared request to the stub and answers its body. */
	String send(HttpRequest.Builder request, int expected) {
		HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
		HttpResponse<String> response;
		try {
			response = CLIENT.send(built, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			this.stub.requireAlive();
			throw new PingOneStubException(built.method() + " " + built.uri() + " failed: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new PingOneStubException("Interrupted: " + built.method() + " " + built.uri(), ex);
		}
		if (response.statusCode() != expected) {
			throw new PingOneStubException(built.method() + " " + built.uri() + " answered " + response.statusCode()
					+ " where " + expected + " was expected: " + response.body());
		}
		return response.body();
	}

	URI uri(String path) {
		return URI.create(baseUrl() + path);
	}

	private HttpRequest.Builder json(String path, String json) {
		return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json");
	}

}
