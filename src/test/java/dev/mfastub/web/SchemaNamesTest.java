package dev.mfastub.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document names each body's schema by its type's simple name, and two types
 * of one name silently share one schema: the second's fields vanish from the document,
 * and the contract check then refuses the real answers. So no two records or enums of the
 * stub may share a simple name.
 */
class SchemaNamesTest {

	@Test
	void shouldGiveEveryRecordAndEnumItsOwnSimpleName() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {

			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return true;
			}

		};
		scanner.addIncludeFilter((reader, factory) -> {
			String superclass = reader.getClassMetadata().getSuperClassName();
			// The stub's own types, not the tests' (which share the classpath).
			boolean main = !reader.getResource().getURI().toString().contains("/test-classes/");
			return main && ("java.lang.Record".equals(superclass) || "java.lang.Enum".equals(superclass));
		});
		List<String> types = scanner.findCandidateComponents("dev.mfastub")
			.stream()
			.map(BeanDefinition::getBeanClassName)
			.toList();

		Map<String, List<String>> byName = types.stream()
			.collect(Collectors
				.groupingBy((type) -> type.substring(Math.max(type.lastIndexOf('.'), type.lastIndexOf('$')) + 1)));
		assertThat(types).hasSizeGreaterThan(50);
		assertThat(byName.values().stream().filter((same) -> same.size() > 1).toList()).isEmpty();
	}

}
