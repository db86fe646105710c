package dev.mfastub.control.console;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import tools.jackson.databind.json.JsonMapper;

import dev.mfastub.call.Event;
import dev.mfastub.call.EventType;
import dev.mfastub.web.PingInstants;

/**
 * A sign-on of a user as its page lists it, told by the journal: the events of one flow
 * that name the user, each with the flow as it was then (never a password, passcode or
 * code: the journal holds none).
 *
 * @param flowId the flow
 * @param started when the flow started, on the environment's clock
 * @param ended when it completed or failed, or {@code —} while it has not
 * @param application the client id of the app it signs on to
 * @param outcome {@code COMPLETED}, {@code FAILED (reason)}, or {@code IN PROGRESS} or
 * {@code EXPIRED} with the status it waits in
 * @param used what the user signed on with, and whether MFA was skipped and why
 */
record SignOnRow(UUID flowId, String started, String ended, String application, String outcome, String used) {

	/** How many sign-ons a user's page shows. */
	static final int COUNT = 10;

	/**
	 * The events of a flow that name its user: the password check first, as the start
	 * names no user yet.
	 */
	static final Set<EventType> EVENTS = EnumSet.of(EventType.SIGN_ON_PASSWORD_CHECKED, EventType.SIGN_ON_MFA_SKIPPED,
			EventType.SIGN_ON_MFA_STARTED, EventType.SIGN_ON_DEVICE_SELECTED, EventType.SIGN_ON_COMPLETED,
			EventType.SIGN_ON_FAILED);

	private static final String NONE = "—";

	private static final Map<String, String> FACTORS = Map.of("pwd", "password", "otp", "passcode");

	private static final Map<String, String> SKIPPED = Map.of("BYPASS", "bypass", "MFA_DISABLED", "MFA disabled",
			"NO_USABLE_DEVICES", "no usable device");

	/**
	 * A user's sign-ons, newest first.
	 * @param events the user's {@link #EVENTS}, oldest first
	 * @param mapper reads the flows the events hold
	 * @param now the environment's clock, which tells an expired flow from one in
	 * progress
	 * @return a row for each flow whose password check is among the events
	 */
	static List<SignOnRow> of(List<Event> events, JsonMapper mapper, Instant now) {
		Map<UUID, List<Step>> flows = new LinkedHashMap<>();
		for (Event event : events) {
			Step step = new Step(event, mapper.readValue(event.after(), FlowState.class));
			if (event.type() == EventType.SIGN_ON_PASSWORD_CHECKED) {
				flows.put(step.flow().id(), new ArrayList<>());
			}
			// Later events of flows checked before the first one read belong to no row.
			List<Step> steps = flows.get(step.flow().id());
			if (steps != null) {
				steps.add(step);
			}
		}
		List<SignOnRow> rows = new ArrayList<>(flows.values().stream().map((steps) -> of(steps, now)).toList());
		Collections.reverse(rows);
		return rows;
	}

	private static SignOnRow of(List<Step> steps, Instant now) {
		FlowState last = steps.get(steps.size() - 1).flow();
		String ended = NONE;
		List<String> used = new ArrayList<>();
		for (String factor : last.amr()) {
			used.add(FACTORS.getOrDefault(factor, factor));
		}
		for (Step step : steps) {
			switch (step.event().type()) {
				case SIGN_ON_COMPLETED, SIGN_ON_FAILED -> ended = PingInstants.format(step.event().at());
				case SIGN_ON_MFA_SKIPPED ->
					used.add("MFA skipped: " + SKIPPED.getOrDefault(step.flow().reason(), step.flow().reason()));
				default -> {
				}
			}
		}
		return new SignOnRow(last.id(), (last.startedAt() != null) ? PingInstants.format(last.startedAt()) : NONE,
				ended, last.clientId(), outcome(last, now), used.isEmpty() ? NONE : String.join(", ", used));
	}

	private static String outcome(FlowState flow, Instant now) {
		return switch (flow.status()) {
			case "COMPLETED" -> "COMPLETED";
			case "FAILED" -> "FAILED (" + flow.error() + ")";
			default -> ((flow.expiresAt() != null && !now.isBefore(flow.expiresAt())) ? "EXPIRED (" : "IN PROGRESS (")
					+ flow.status() + ")";
		};
	}

	record Step(Event event, FlowState flow) {

	}

	/**
	 * What a sign-on event holds of its flow, as far as the page reads it.
	 *
	 * @param id the flow
	 * @param clientId the app's client id
	 * @param status the flow's status after the event
	 * @param amr the methods used so far ({@code pwd}, {@code otp})
	 * @param error why it failed, once it has
	 * @param reason why MFA was skipped, on {@code SIGN_ON_MFA_SKIPPED}
	 * @param startedAt when the flow started; absent from events written before it was
	 * kept
	 * @param expiresAt when the flow expires; absent as {@code startedAt}
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record FlowState(UUID id, String clientId, String status, List<String> amr, String error, String reason,
			Instant startedAt, Instant expiresAt) {

		FlowState {
			amr = (amr != null) ? amr : List.of();
		}

	}

}
