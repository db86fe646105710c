package dev.mfastub.device;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.mfastub.environment.ApiCall;

/**
 * Where the passcodes go that PingOne would have sent by email, SMS or voice: a test
 * reads them as a person reads their phone. Resetting or deleting the environment empties
 * it.
 */
@Service
@Transactional(readOnly = true)
class Outbox {

	/** Why a passcode was sent: to pair a device. */
	static final String PAIRING = "PAIRING";

	private final NotificationRepository notifications;

	Outbox(NotificationRepository notifications) {
		this.notifications = notifications;
	}

	/** Sends a device's passcode, within the caller's transaction. */
	@Transactional
	void send(ApiCall call, Device device, String otp, String purpose) {
		this.notifications.save(new Notification(call.environmentId(), call.now(), device.type(), device.address(),
				device.userId(), device.id(), otp, purpose));
	}

	List<Notification> read(UUID environmentId, long after, int limit) {
		return this.notifications.findByEnvironmentIdAndIdGreaterThanOrderByIdAsc(environmentId, after,
				Limit.of(limit));
	}

}
