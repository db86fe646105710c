package dev.mfastub.junit;

import java.time.Instant;
import java.util.Map;

/**
 * A passcode PingOne would have sent: one entry of the sandbox's outbox.
 *
 * @param id its id, increasing in the order they were sent
 * @param channel {@code EMAIL}, {@code SMS} or {@code VOICE}
 * @param to the address or phone number it went to
 * @param userId the user it was for
 * @param deviceId the device it was for; {@code null} for a recovery code or a one-time
 * device
 * @param otp the passcode
 * @param purpose why it was sent, such as {@code PAIRING}, {@code AUTHENTICATION} or
 * {@code RECOVERY}
 * @param createdAt when it was sent, on the sandbox's clock
 */
public record OutboxMessage(long id, String channel, String to, String userId, String deviceId, String otp,
		String purpose, Instant createdAt) {

	static OutboxMessage of(Map<String, Object> json) {
		return new OutboxMessage(((Number) json.get("id")).longValue(), (String) json.get("channel"),
				(String) json.get("to"), (String) json.get("userId"), (String) json.get("deviceId"),
				(String) json.get("otp"), (String) json.get("purpose"), Instant.parse((String) json.get("at")));
	}

	@Override
	public String toString() {
		// A test's failure message may show it; the passcode only where asked for.
		return "OutboxMessage[id=" + this.id + ", channel=" + this.channel + ", to=" + this.to + ", userId="
				+ this.userId + ", deviceId=" + this.deviceId + ", purpose=" + this.purpose + ", createdAt="
				+ this.createdAt + "]";
	}

}
