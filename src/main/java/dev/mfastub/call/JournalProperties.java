package dev.mfastub.call;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much history each environment keeps.
 *
 * @param limit the most events kept per environment; the oldest go first
 */
@ConfigurationProperties("stub.journal")
record JournalProperties(@DefaultValue("10000") int limit) {

}
