package dev.mfastub.control;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import dev.mfastub.environment.EnvironmentService;
import dev.mfastub.outbox.Notification;
import dev.mfastub.outbox.OutboxService;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The outbox of the control plane: {@code /__stub/environments/{envID}/notifications},
 * the passcodes PingOne would have sent, oldest first.
 */
@RestController
@Tag(name = "Stub control plane")
@RequestMapping("/__stub/environments/{environmentId}/notifications")
class OutboxController {

	static final int MAX_NOTIFICATIONS = 1000;

	static final int DEFAULT_NOTIFICATIONS = 100;

	private final OutboxService outbox;

	private final EnvironmentService environments;

	OutboxController(OutboxService outbox, EnvironmentService environments) {
		this.outbox = outbox;
		this.environments = environments;
	}

	@GetMapping
	NotificationsResponse read(@PathVariable UUID environmentId,
			@RequestParam(required = false) @Min(0) @Max(Long.MAX_VALUE) Long since,
			@RequestParam(required = false) @Min(1) @Max(MAX_NOTIFICATIONS) Integer limit) {
		this.environments.require(environmentId);
		return new NotificationsResponse(this.outbox
			.read(environmentId, (since != null) ? since : 0, (limit != null) ? limit : DEFAULT_NOTIFICATIONS)
			.stream()
			.map(NotificationResponse::of)
			.toList());
	}

	record NotificationsResponse(List<NotificationResponse> notifications) {

	}

	/**
	 * One message PingOne would have sent.
	 *
	 * @param id its id, increasing; pass the last one seen as {@code since}
	 * @param at when it was sent, on the environment's clock
	 * @param channel {@code EMAIL}, {@code SMS} or {@code VOICE}
	 * @param to the email address or phone number
	 * @param userId the user
	 * @param deviceId the device; absent for a recovery code or a one-time device
	 * @param otp the passcode
	 * @param purpose {@code PAIRING}, {@code RECOVERY} or {@code AUTHENTICATION}
	 */
	record NotificationResponse(long id, Instant at, String channel, String to, UUID userId, UUID deviceId, String otp,
			String purpose) {

		static NotificationResponse of(Notification notification) {
			return new NotificationResponse(notification.id(), notification.at(), notification.channel(),
					notification.to(), notification.userId(), notification.deviceId(), notification.otp(),
					notification.purpose());
		}

		@Override
		public String toString() {
			// Never the passcode: not in a log, even a debug one.
			return "NotificationResponse[id=" + this.id + ", channel=" + this.channel + ", purpose=" + this.purpose
					+ "]";
		}

	}

}
