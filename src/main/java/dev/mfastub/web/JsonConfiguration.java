package dev.mfastub.web;

import java.time.Instant;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.MutableCoercionConfig;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The JSON dialect of the API. Reading is strict where PingOne is ({@code "true"} is not
 * a boolean, {@code 1} is not a string, a key may appear once) and lenient where it is
 * (unknown properties are ignored). Instants are written in PingOne's one format.
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

	@Bean
	JsonMapperBuilderCustomizer pingOneJsonDialect() {
		SimpleModule instants = new SimpleModule("ping-instants").addSerializer(Instant.class,
				new PingInstantSerializer());
		return (builder) -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
			.withCoercionConfig(LogicalType.Boolean,
					(config) -> refuse(config, CoercionInputShape.String, CoercionInputShape.EmptyString,
							CoercionInputShape.Integer, CoercionInputShape.Float))
			.withCoercionConfig(LogicalType.Textual,
					(config) -> refuse(config, CoercionInputShape.Integer, CoercionInputShape.Float,
							CoercionInputShape.Boolean))
			.withCoercionConfig(LogicalType.Integer,
					(config) -> refuse(config, CoercionInputShape.String, CoercionInputShape.EmptyString,
							CoercionInputShape.Float, CoercionInputShape.Boolean))
			// UUIDs: an empty string (or one of only characters Jackson trims, such as
			// NUL) is not a missing id.
			.withCoercionConfig(LogicalType.OtherScalar,
					(config) -> refuse(config, CoercionInputShape.EmptyString, CoercionInputShape.Integer,
							CoercionInputShape.Float, CoercionInputShape.Boolean))
			.withCoercionConfig(LogicalType.Float,
					(config) -> refuse(config, CoercionInputShape.String, CoercionInputShape.EmptyString,
							CoercionInputShape.Boolean))
			.addModule(instants);
	}

	private static void refuse(MutableCoercionConfig config, CoercionInputShape... shapes) {
		for (CoercionInputShape shape : shapes) {
			config.setCoercion(shape, CoercionAction.Fail);
		}
	}

	private static final class PingInstantSerializer extends ValueSerializer<Instant> {

		@Override
		public void serialize(Instant value, JsonGenerator generator, SerializationContext context) {
			generator.writeString(PingInstants.format(value));
		}

	}

}
