package dev.mfastub.outbox;

import java.util.List;
import java.util.UUID;

import dev.mfastub.call.ApiCall;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the passcodes go that PingOne would have sent by email, SMS or voice: a test
 * reads them as a person reads their phone. Resetting or deleting the environment empties
 * it.
 */
@Service
@Transactional(readOnly = true)
public class OutboxService {

	/** Why a passcode was sent: to pair a device. */
	public static final String PAIRING = "PAIRING";

	/** Why a passcode was sent: to recover a forgotten password. */
	public static final String RECOVERY = "RECOVERY";

	/** Why a passcode was sent: to authenticate with a device (MFA). */
	public static final String AUTHENTICATION = "AUTHENTICATION";

	private final NotificationRepository notifications;

	OutboxService(NotificationRepository notifications) {
		this.notifications = notifications;
	}

	/**
	 * Sends a passcode, within the caller's transaction: it is in the outbox exactly when
	 * the change that sent it is stored.
	 * @param call the request
	 * @param channel {@code EMAIL}, {@code SMS} or {@code VOICE}
	 * @param to the email address or phone number
	 * @param userId the user
	 * @param deviceId the device, or {@code null} for a code not sent to a device
	 * @param otp the passcode
	 * @param purpose {@link #PAIRING}, {@link #RECOVERY} or {@link #AUTHENTICATION}
	 */
	@Transactional
	public void send(ApiCall call, String channel, String to, UUID userId, UUID deviceId, String otp, String purpose) {
		this.notifications
			.save(new Notification(call.environmentId(), call.now(), channel, to, userId, deviceId, otp, purpose));
	}

	public List<Notification> read(UUID environmentId, long after, int limit) {
		return this.notifications.findByEnvironmentIdAndIdGreaterThanOrderByIdAsc(environmentId, after,
				Limit.of(limit));
	}

}
