package dev.mfastub.signon.flow;

import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import dev.mfastub.call.ApiCall;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * PingOne's Flow API, {@code /{envID}/flows/{flowID}}: read a flow, and act on it with
 * the action its {@code Content-Type} names, as PingOne's "Flows" page lists them.
 */
@RestController
@Tag(name = "Sign-on flows")
@RequestMapping("/{environmentId}/flows/{flowId}")
class FlowController {

	static final String USERNAME_PASSWORD_CHECK = "application/vnd.pingidentity.usernamePassword.check+json";

	static final String DEVICE_SELECT = "application/vnd.pingidentity.device.select+json";

	static final String OTP_CHECK = "application/vnd.pingidentity.otp.check+json";

	private final SignOnFlowService flows;

	FlowController(SignOnFlowService flows) {
		this.flows = flows;
	}

	@GetMapping
	FlowResponse one(ApiCall call, @PathVariable UUID flowId) {
		return FlowResponse.of(call, this.flows.one(call, flowId));
	}

	@PostMapping(consumes = USERNAME_PASSWORD_CHECK)
	FlowResponse checkPassword(ApiCall call, @PathVariable UUID flowId,
			@Valid @RequestBody FlowRequests.UsernamePassword body) {
		return FlowResponse.of(call, this.flows.checkPassword(call, flowId, body.username(), body.password()));
	}

	@PostMapping(consumes = DEVICE_SELECT)
	FlowResponse selectDevice(ApiCall call, @PathVariable UUID flowId,
			@Valid @RequestBody FlowRequests.DeviceSelect body) {
		return FlowResponse.of(call, this.flows.selectDevice(call, flowId, body.device().id()));
	}

	@PostMapping(consumes = OTP_CHECK)
	FlowResponse checkOtp(ApiCall call, @PathVariable UUID flowId, @Valid @RequestBody FlowRequests.OtpCheck body) {
		return FlowResponse.of(call, this.flows.checkOtp(call, flowId, body.otp()));
	}

}
