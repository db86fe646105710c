package dev.mfastub.signon.flow;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import dev.mfastub.call.ApiCall;
import dev.mfastub.mfa.authentication.MfaChallenges.Challenge;
import dev.mfastub.mfa.authentication.MfaChallenges.ChallengeDevice;
import dev.mfastub.web.Links.Link;

/**
 * A flow in the shape of PingOne's "Flows common response data model": its links are the
 * actions its status allows, {@code _embedded} holds the user and the devices to choose
 * from, and a completed redirectless flow holds its {@code authorizeResponse}.
 *
 * @param links {@code self} and the next actions: {@code usernamePassword.check},
 * {@code device.select}, {@code otp.check}
 * @param embedded the user once known, and the devices that can authenticate
 * @param id the flow
 * @param environment its environment
 * @param session the sign-on session
 * @param resumeUrl where the browser goes once it completes
 * @param status the flow status
 * @param selectedDevice the device the passcode was sent to
 * @param authorizeResponse the code (answered once) and state of a completed
 * {@code pi.flow} flow
 * @param error why a {@code FAILED} flow failed
 * @param createdAt when it started
 * @param expiresAt when it ends, done or not
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record FlowResponse(@JsonProperty("_links") FlowLinks links, @JsonProperty("_embedded") FlowEmbedded embedded, UUID id,
		FlowReference environment, FlowReference session, String resumeUrl, String status, FlowReference selectedDevice,
		AuthorizeResponse authorizeResponse, FlowError error, Instant createdAt, Instant expiresAt) {

	static FlowResponse of(ApiCall call, SignOnFlowService.FlowView view) {
		SignOnFlow flow = view.flow();
		String base = call.baseUrl() + "/" + call.environmentId();
		Link self = new Link(base + "/flows/" + flow.id());
		FlowStatus status = flow.status();
		Challenge challenge = view.challenge();
		List<ChallengeDevice> devices = (challenge != null && status.pending()) ? challenge.devices() : null;
		FlowLinks links = new FlowLinks(self, (status == FlowStatus.USERNAME_PASSWORD_REQUIRED) ? self : null,
				(status == FlowStatus.DEVICE_SELECTION_REQUIRED || status == FlowStatus.OTP_REQUIRED) ? self : null,
				(status == FlowStatus.OTP_REQUIRED) ? self : null);
		FlowUser user = (flow.userId() != null) ? new FlowUser(flow.userId(), view.username()) : null;
		FlowEmbedded embedded = (user != null || devices != null) ? new FlowEmbedded(user, devices) : null;
		return new FlowResponse(links, embedded, flow.id(), new FlowReference(call.environmentId()),
				new FlowReference(flow.sessionId()), base + "/as/resume?flowId=" + flow.id(), status.name(),
				(challenge != null && challenge.selectedDeviceId() != null && status.pending())
						? new FlowReference(challenge.selectedDeviceId()) : null,
				(view.code() != null && flow.redirectless()) ? new AuthorizeResponse(view.code(), flow.state()) : null,
				(flow.errorCode() != null) ? new FlowError(flow.errorCode(), flow.errorMessage()) : null,
				flow.createdAt(), flow.expiresAt());
	}

	@Override
	public String toString() {
		// Never the code.
		return "FlowResponse[id=" + this.id + ", status=" + this.status + "]";
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record FlowLinks(Link self, @JsonProperty("usernamePassword.check") Link usernamePasswordCheck,
			@JsonProperty("device.select") Link deviceSelect, @JsonProperty("otp.check") Link otpCheck) {

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record FlowEmbedded(FlowUser user, List<ChallengeDevice> devices) {

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record FlowUser(UUID id, String username) {

	}

	record FlowReference(UUID id) {

	}

	/**
	 * @param code the authorization code, for the token endpoint
	 * @param state the authorize request's state
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record AuthorizeResponse(String code, String state) {

	}

	/**
	 * @param code {@code LIMIT_EXCEEDED}, {@code NO_USABLE_DEVICES}
	 * @param message why
	 */
	record FlowError(String code, String message) {

	}

}
