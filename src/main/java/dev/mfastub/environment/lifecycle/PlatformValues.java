package dev.mfastub.environment.lifecycle;

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import tools.jackson.databind.JsonNode;

import dev.mfastub.web.ErrorDetail.InnerError;
import dev.mfastub.web.InvalidValueException;

/**
 * The closed vocabularies of PingOne's environment bodies, each read from its JSON value
 * and refused, naming what it may be, when it is anything else.
 */
final class PlatformValues {

	private PlatformValues() {
	}

	/** PingOne's region codes ({@code EnumRegionCode}). */
	enum Region {

		AP, AU, CA, EU, NA, SG;

		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		static Region fromJson(JsonNode node) {
			return named(Region.class, "region", node);
		}

	}

	/** PingOne's environment types ({@code EnumEnvironmentType}). */
	enum Type {

		SANDBOX, PRODUCTION;

		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		static Type fromJson(JsonNode node) {
			return named(Type.class, "type", node);
		}

	}

	private static <E extends Enum<E>> E named(Class<E> type, String field, JsonNode node) {
		E[] values = type.getEnumConstants();
		if (node.isString()) {
			for (E value : values) {
				if (value.name().equals(node.asString())) {
					return value;
				}
			}
		}
		List<String> names = Arrays.stream(values).map(Enum::name).toList();
		throw new InvalidValueException(field + " must be one of " + String.join(", ", names) + ".",
				InnerError.allowedValues(names));
	}

}
