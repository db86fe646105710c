package dev.mfastub.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * HTTP limits of the stub.
 *
 * @param maxBodySize the largest request body accepted; larger ones get a 413
 */
@ConfigurationProperties("stub")
record WebProperties(@DefaultValue("64KB") DataSize maxBodySize) {

}
