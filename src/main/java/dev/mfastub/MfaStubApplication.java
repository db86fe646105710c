package dev.mfastub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * PingOne MFA Stub: a local, stateful stand-in for the PingOne Platform API's MFA user
 * endpoints.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MfaStubApplication {

	public static void main(String[] args) {
		SpringApplication.run(MfaStubApplication.class, args);
	}

}
