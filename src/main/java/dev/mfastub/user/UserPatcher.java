package dev.mfastub.user;

import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import dev.mfastub.web.ApiException;

import org.springframework.stereotype.Component;

/**
 * PATCH user as a JSON merge patch (RFC 7396): a property sent replaces the user's,
 * {@code null} removes it, and an object ({@code name}, {@code address}, {@code photo})
 * merges into the user's, part by part. The result is then held to exactly the rules of a
 * PUT, so the two can never disagree about what a user may look like.
 */
@Component
class UserPatcher {

	/**
	 * What PATCH may change: the profile. Like PingOne, it ignores {@code mfaEnabled},
	 * {@code population} and the import-only properties.
	 */
	private static final Set<String> PATCHABLE = Set.of("username", "email", "name", "nickname", "title", "type",
			"externalId", "accountId", "locale", "preferredLanguage", "timezone", "mobilePhone", "primaryPhone",
			"photo", "address", "identityProvider");

	private final JsonMapper mapper;

	private final Validator validator;

	UserPatcher(JsonMapper mapper, Validator validator) {
		this.mapper = mapper;
		this.validator = validator;
	}

	/**
	 * The profile after a patch.
	 * @param current the profile before it
	 * @param patch the PATCH body
	 * @return the patched profile
	 * @throws ApiException a 400 naming every property the patched user would break
	 */
	UserProfile apply(UserProfile current, ObjectNode patch) {
		ObjectNode merged = this.mapper.valueToTree(UserRequest.of(current));
		for (Map.Entry<String, JsonNode> property : patch.properties()) {
			if (PATCHABLE.contains(property.getKey())) {
				merge(merged, property.getKey(), property.getValue());
			}
		}
		UserRequest request = this.mapper.treeToValue(merged, UserRequest.class);
		Set<ConstraintViolation<UserRequest>> violations = this.validator.validate(request);
		if (!violations.isEmpty()) {
			throw ApiException.invalidData("", violations);
		}
		return request.toProfile();
	}

	private static void merge(ObjectNode target, String name, JsonNode value) {
		if (value.isNull()) {
			target.remove(name);
		}
		else if (value instanceof ObjectNode object && target.get(name) instanceof ObjectNode existing) {
			for (Map.Entry<String, JsonNode> part : object.properties()) {
				merge(existing, part.getKey(), part.getValue());
			}
		}
		else {
			target.set(name, value);
		}
	}

}
