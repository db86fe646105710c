package dev.mfastub.control;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.mfastub.call.Event;
import dev.mfastub.call.Journal;
import dev.mfastub.environment.EnvironmentService;
import dev.mfastub.environment.lifecycle.EnvironmentDefinitionResolver;
import dev.mfastub.environment.lifecycle.EnvironmentSpec;
import dev.mfastub.environment.lifecycle.SandboxService;
import dev.mfastub.user.UserResponse;
import dev.mfastub.web.ApiException;
import dev.mfastub.web.ErrorDetail;
import dev.mfastub.web.InvalidValueException;
import dev.mfastub.web.Links;
import dev.mfastub.web.PingInstants;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The stub's own API, which PingOne does not have: sandboxes, reset, clocks, faults and
 * the journal. {@link ControlPlaneGate} decides who may call it.
 */
@RestController
@Tag(name = "Stub control plane")
@RequestMapping("/__stub")
public class ControlPlaneController {

	static final int DEFAULT_EVENTS = 1000;

	static final int MAX_EVENTS = 10000;

	private final SandboxService sandboxes;

	private final EnvironmentService environments;

	private final ClockService clocks;

	private final FaultService faults;

	private final Journal journal;

	private final JsonMapper mapper;

	ControlPlaneController(SandboxService sandboxes, EnvironmentService environments, ClockService clocks,
			FaultService faults, Journal journal, JsonMapper mapper) {
		this.sandboxes = sandboxes;
		this.environments = environments;
		this.clocks = clocks;
		this.faults = faults;
		this.journal = journal;
		this.mapper = mapper;
	}

	@PostMapping(path = "/environments", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ApiResponse(responseCode = "201", description = "The sandbox, with its apps' secrets shown this once",
			content = @Content(schema = @Schema(implementation = SandboxResponse.class)))
	ResponseEntity<SandboxResponse> create(@Valid @RequestBody(required = false) EnvironmentSpec request,
			HttpServletRequest servlet) {
		// No body at all is the simplest sandbox: one admin app, no users.
		SandboxService.Created created = this.sandboxes.create((request != null) ? request : EnvironmentSpec.EMPTY);
		UUID id = created.environment().id();
		String base = Links.base(servlet);
		SandboxResponse body = new SandboxResponse(id, created.environment().name(), base + "/v1",
				base + "/" + id + "/as/token", created.applications(),
				created.users().stream().map((user) -> UserResponse.from(base, user, user.createdAt())).toList());
		return ResponseEntity.created(URI.create(base + "/__stub/environments/" + id)).body(body);
	}

	@DeleteMapping("/environments/{environmentId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable UUID environmentId) {
		this.sandboxes.delete(environmentId);
	}

	@PostMapping("/environments/{environmentId}/reset")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void reset(@PathVariable UUID environmentId) {
		this.sandboxes.reset(environmentId);
	}

	@PostMapping("/reset")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void resetAll() {
		this.sandboxes.resetAll();
	}

	@GetMapping("/environments/{environmentId}/clock")
	ClockResponse clock(@PathVariable UUID environmentId) {
		return ClockResponse.of(this.clocks.read(environmentId));
	}

	@PutMapping(path = "/environments/{environmentId}/clock", consumes = MediaType.APPLICATION_JSON_VALUE)
	ClockResponse setClock(@PathVariable UUID environmentId, @RequestBody ClockRequest request) {
		return ClockResponse.of(this.clocks.set(environmentId, (request.now() != null) ? request.now().instant() : null,
				request.frozen()));
	}

	@PostMapping(path = "/environments/{environmentId}/clock/advance", consumes = MediaType.APPLICATION_JSON_VALUE)
	ClockResponse advanceClock(@PathVariable UUID environmentId, @Valid @RequestBody AdvanceRequest request) {
		return ClockResponse.of(this.clocks.advance(environmentId, request.duration().duration()));
	}

	@DeleteMapping("/environments/{environmentId}/clock")
	ClockResponse realTime(@PathVariable UUID environmentId) {
		return ClockResponse.of(this.clocks.realTime(environmentId));
	}

	@GetMapping("/environments/{environmentId}/faults")
	FaultsResponse faults(@PathVariable UUID environmentId) {
		return FaultsResponse.of(this.faults.list(environmentId));
	}

	/** Takes the rules as a JSON array, or as {@code {"rules": [...]}}. */
	@PutMapping(path = "/environments/{environmentId}/faults", consumes = MediaType.APPLICATION_JSON_VALUE)
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
			content = @Content(array = @ArraySchema(schema = @Schema(implementation = FaultRequest.class))))
	FaultsResponse setFaults(@PathVariable UUID environmentId, @RequestBody JsonNode body) {
		JsonNode rules = body.isObject() ? body.get("rules") : body;
		if (rules == null || !rules.isArray()) {
			throw ApiException.invalidData(new ErrorDetail("REQUIRED_VALUE", "rules",
					"Send the rules as a JSON array, or as an object with a rules array.", null));
		}
		List<FaultRequest> requests = this.mapper.treeToValue(rules,
				this.mapper.getTypeFactory().constructCollectionType(List.class, FaultRequest.class));
		return FaultsResponse.of(this.faults.replace(environmentId, requests));
	}

	@DeleteMapping("/environments/{environmentId}/faults")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void clearFaults(@PathVariable UUID environmentId) {
		this.faults.clear(environmentId);
	}

	@GetMapping("/environments/{environmentId}/events")
	EventsResponse events(@PathVariable UUID environmentId,
			@RequestParam(required = false) @Min(0) @Max(Long.MAX_VALUE) Long since,
			@RequestParam(required = false) @Min(1) @Max(MAX_EVENTS) Integer limit) {
		this.environments.require(environmentId);
		List<Event> events = this.journal.read(environmentId, (since != null) ? since : 0,
				(limit != null) ? limit : DEFAULT_EVENTS);
		return new EventsResponse(events.stream().map((event) -> EventResponse.of(event, this.mapper)).toList());
	}

	/**
	 * @param now the instant to set, in PingOne's format; the current one when absent
	 * @param frozen whether the clock stays there; unchanged when absent
	 */
	record ClockRequest(ClockInstant now, Boolean frozen) {

	}

	/**
	 * The instant a clock is set to, in PingOne's one format.
	 *
	 * @param instant the instant
	 */
	@Schema(type = "string", pattern = PingInstants.ALLOWED_PATTERN, example = "2030-01-01T00:00:00.000Z")
	record ClockInstant(Instant instant) {

		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		static ClockInstant fromJson(JsonNode node) {
			if (!node.isString()) {
				throw new InvalidValueException("now must be a string.", null);
			}
			return new ClockInstant(PingInstants.parse("now", node.asString()));
		}

	}

	/**
	 * @param duration an ISO-8601 duration to move the clock forward by
	 */
	record AdvanceRequest(@NotNull ClockAdvance duration) {

	}

	/**
	 * How far to move a clock: a non-negative ISO-8601 duration of days, hours, minutes
	 * and seconds.
	 *
	 * @param duration the duration
	 */
	@Schema(type = "string", example = "PT2H")
	public record ClockAdvance(Duration duration) {

		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		static ClockAdvance fromJson(JsonNode node) {
			return of(node.isString() ? node.asString() : null);
		}

		/** The form a request and the console take. */
		public static ClockAdvance of(String text) {
			Duration duration = IsoDurations.parse(text);
			if (duration == null || duration.isNegative()) {
				throw new InvalidValueException(
						"duration must be a non-negative ISO-8601 duration, such as PT2H or P1D.", null);
			}
			return new ClockAdvance(duration);
		}

	}

	/**
	 * An environment's clock.
	 *
	 * @param now what it shows
	 * @param frozen whether it stands still
	 * @param offset how far it is from real time, as an ISO-8601 duration
	 */
	record ClockResponse(Instant now, boolean frozen, String offset) {

		public static ClockResponse of(ClockService.Reading reading) {
			Instant now = reading.now();
			return new ClockResponse(now, reading.state().frozen(), Duration.between(reading.system(), now).toString());
		}

	}

	/**
	 * A new sandbox.
	 *
	 * @param id its environment id
	 * @param name its name
	 * @param apiPath the value for a Postman {@code {{apiPath}}}
	 * @param tokenEndpoint where its apps get tokens
	 * @param applications its apps, secrets included this once
	 * @param users its users
	 */
	record SandboxResponse(UUID id, String name, String apiPath, String tokenEndpoint,
			List<EnvironmentDefinitionResolver.Credentials> applications, List<UserResponse> users) {

	}

	record FaultsResponse(List<FaultRuleResponse> rules) {

		public static FaultsResponse of(List<FaultRule> rules) {
			return new FaultsResponse(rules.stream().map(FaultRuleResponse::of).toList());
		}

	}

	/**
	 * A fault rule with its counts.
	 *
	 * @param method the method it applies to
	 * @param path its path glob
	 * @param status the status it answers
	 * @param retryAfterSeconds its {@code Retry-After}
	 * @param latency its delay
	 * @param remaining how many more times it fires; absent for unlimited
	 * @param probability its chance
	 * @param seed its seed
	 * @param evaluations how many requests it has matched
	 */
	record FaultRuleResponse(String method, String path, Integer status, Integer retryAfterSeconds, String latency,
			Integer remaining, Double probability, Long seed, long evaluations) {

		public static FaultRuleResponse of(FaultRule rule) {
			return new FaultRuleResponse(rule.method(), rule.path(), rule.status(), rule.retryAfterSeconds(),
					(rule.latency() != null) ? rule.latency().toString() : null, rule.timesRemaining(),
					rule.probability(), rule.seed(), rule.evaluations());
		}

	}

	record EventsResponse(List<EventResponse> events) {

	}

	/**
	 * One journal entry.
	 *
	 * @param id its id, increasing; pass the last one seen as {@code since}
	 * @param at when it happened, on the environment's clock
	 * @param type what happened
	 * @param userId the user it happened to
	 * @param clientId the worker app whose token made the change
	 * @param correlationId the {@code Correlation-Id} of the request that made it
	 * @param before the state before
	 * @param after the state after
	 */
	record EventResponse(long id, Instant at, String type, UUID userId, String clientId, String correlationId,
			JsonNode before, JsonNode after) {

		public static EventResponse of(Event event, JsonMapper mapper) {
			return new EventResponse(event.id(), event.at(), event.type().name(), event.userId(), event.clientId(),
					event.correlationId(), (event.before() != null) ? mapper.readTree(event.before()) : null,
					(event.after() != null) ? mapper.readTree(event.after()) : null);
		}

	}

}
