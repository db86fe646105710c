package dev.mfastub.mfa;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The device types the stub mimics, of PingOne's. The others PingOne has are named, so a
 * client that sends one hears that the stub does not support it rather than that the type
 * does not exist.
 */
public enum DeviceType {

	EMAIL, SMS, VOICE, TOTP;

	/** PingOne's types that the stub does not mimic. */
	public static final List<String> UNSUPPORTED = List.of("MOBILE", "FIDO2", "FIDO_PLATFORM", "FIDO_BIOMETRICS",
			"SECURITY_KEY", "PLATFORM", "OATH_TOKEN", "WHATSAPP", "DESKTOP", "PINGID_DESKTOP_GEN2");

	public static Optional<DeviceType> parse(String value) {
		for (DeviceType type : values()) {
			if (type.name().equals(value)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

	/**
	 * Whether a passcode of this type is sent (to the outbox), not computed by an app.
	 */
	public boolean sendsPasscodes() {
		return this != TOTP;
	}

	/** The attribute that says where the passcodes go: {@code email} or {@code phone}. */
	public String addressAttribute() {
		return switch (this) {
			case EMAIL -> "email";
			case SMS, VOICE -> "phone";
			case TOTP -> null;
		};
	}

	public String policyMethod() {
		return name().toLowerCase(Locale.ROOT);
	}

}
