package dev.mfastub.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * HTTP limits of the stub.
 *
 * @param maxBodySize the largest request body accepted; larger ones get a 413
 * @param allowedHosts host names, besides loopback ones, that a request's {@code Host}
 * may name while the stub listens on loopback (a proxy's or a compose service's name)
 */
@ConfigurationProperties("stub")
record WebProperties(@DefaultValue("64KB") DataSize maxBodySize, @DefaultValue List<String> allowedHosts) {

}
