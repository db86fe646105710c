package dev.mfastub.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Java test library (junit/) and its example (junit/examples/admin-service/) are
 * built against the stub of the same version: their POMs name it, and cannot be left
 * behind when it changes.
 */
class SubBuildVersionTest {

	private static final Pattern PROJECT_VERSION = Pattern
		.compile("<artifactId>pingone-mfa-stub</artifactId>\\s*<version>([^<]+)</version>");

	@Test
	void shouldBuildTheLibraryAndItsExampleForThisVersionOfTheStub() throws IOException {
		Matcher stub = PROJECT_VERSION.matcher(Files.readString(Path.of("pom.xml")));
		assertThat(stub.find()).isTrue();
		String version = stub.group(1);

		assertThat(Files.readString(Path.of("junit/pom.xml")))
			.contains("<artifactId>pingone-mfa-stub-junit</artifactId>\n\t<version>" + version + "</version>");
		assertThat(Files.readString(Path.of("junit/examples/admin-service/pom.xml")))
			.contains("<pingone-mfa-stub.version>" + version + "</pingone-mfa-stub.version>");
	}

}
