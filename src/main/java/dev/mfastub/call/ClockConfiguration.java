package dev.mfastub.call;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * System time. Tests supply a movable {@link Clock} marked {@code @Primary}.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock systemClock() {
		return Clock.systemUTC();
	}

}
