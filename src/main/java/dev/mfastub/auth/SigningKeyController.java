package dev.mfastub.auth;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Key rotation on demand, for a client under test that must follow a new {@code kid}:
 * part of the control plane, behind its gate.
 */
@RestController
@Tag(name = "Stub control plane")
class SigningKeyController {

	private final SigningKeyService keys;

	SigningKeyController(SigningKeyService keys) {
		this.keys = keys;
	}

	/**
	 * Starts signing every environment's tokens with a new key. The old key stays in the
	 * JWKS, and its tokens keep working, for one token lifetime.
	 * @return the new key's id
	 */
	@PostMapping("/__stub/signing-keys/rotate")
	RotatedKey rotate() {
		return new RotatedKey(this.keys.rotate());
	}

	/**
	 * @param kid the id of the key new tokens are signed with, their {@code kid} header
	 */
	record RotatedKey(String kid) {

	}

}
