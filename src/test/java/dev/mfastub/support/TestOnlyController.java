package dev.mfastub.support;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Endpoints that exist only in the test classpath (component scanning finds them), to
 * reach failure paths that no real request can trigger on demand: a container-level
 * {@code sendError} (how Tomcat and security answer), an unexpected exception, and a
 * database that is down.
 */
@RestController
@Hidden
class TestOnlyController {

	@GetMapping("/test-only/send-error/{status}")
	void sendError(@PathVariable int status, HttpServletResponse response) throws IOException {
		response.sendError(status);
	}

	@GetMapping("/test-only/unexpected")
	void unexpected() {
		throw new IllegalStateException("internal detail that must not leak: jdbc:h2:secret");
	}

	@GetMapping("/test-only/database-down")
	void databaseDown() {
		throw new DataAccessResourceFailureException("Connection refused: jdbc:postgresql://db/secret");
	}

}
