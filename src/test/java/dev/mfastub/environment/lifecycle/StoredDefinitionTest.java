package dev.mfastub.environment.lifecycle;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sandbox's definition is kept as JSON on its row, so a definition written by an
 * earlier version is read back by this one: a sandbox made before new users' MFA default
 * was part of its definition resets to what it had then, MFA off for new users.
 */
class StoredDefinitionTest {

	private final JsonMapper mapper = JsonMapper.builder().build();

	@Test
	void shouldReadADefinitionKeptBeforeNewUsersMfaDefaultAsOff() {
		EnvironmentDefinition definition = this.mapper.readValue("""
				{"id":"abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6","name":"Sandbox","users":[],"applications":[]}""",
				EnvironmentDefinition.class);

		assertThat(definition.newUsersMfaEnabled()).isFalse();
	}

	@Test
	void shouldKeepNewUsersMfaDefaultThroughItsJson() {
		EnvironmentDefinition definition = this.mapper.readValue("""
				{"id":"abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6","name":"Sandbox","users":[],"applications":[],
				 "newUsersMfaEnabled":true}""", EnvironmentDefinition.class);

		assertThat(this.mapper.readValue(this.mapper.writeValueAsString(definition), EnvironmentDefinition.class)
			.newUsersMfaEnabled()).isTrue();
	}

}
