package dev.mfastub.signon;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.mfastub.web.PrintableText;

/**
 * The body of PingOne's "Create Sign-On Policy" and "Update Sign-On Policy".
 *
 * @param name required, unique in the environment ignoring case: letters, digits,
 * {@code _ . -} and spaces, or an absolute URI
 * @param description optional
 * @param isDefault {@code true} makes it the default; a JSON boolean or, as PingOne's own
 * examples send it, the string {@code "true"} or {@code "false"}
 */
record SignOnPolicyRequest(@NotBlank @Size(max = 256) String name,
		@Size(max = 1024) @Pattern(regexp = PrintableText.PATTERN) String description,
		@JsonProperty("default") Object isDefault) {

}
