package dev.mfastub.control;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import dev.mfastub.call.CommittedReads;
import dev.mfastub.environment.EnvironmentService;
import dev.mfastub.web.ApiException;
import dev.mfastub.web.ErrorDetail.InnerError;
import dev.mfastub.web.ErrorDetail;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fault injection: the rules of each environment, and the decision for each request.
 */
@Service
public class FaultService {

	static final Set<Integer> STATUSES = Set.of(429, 500, 503);

	private static final SplittableRandom SEEDS = new SplittableRandom();

	private final FaultRuleRepository rules;

	private final EnvironmentService environments;

	private final Validator validator;

	private final CommittedReads reads;

	FaultService(FaultRuleRepository rules, EnvironmentService environments, Validator validator,
			CommittedReads reads) {
		this.rules = rules;
		this.environments = environments;
		this.validator = validator;
		this.reads = reads;
	}

	/** Replaces an environment's rules; their counts start afresh. */
	@Transactional
	public List<FaultRule> replace(UUID environmentId, List<FaultRequest> requests) {
		this.environments.require(environmentId);
		List<FaultRule> created = new java.util.ArrayList<>();
		for (int i = 0; i < requests.size(); i++) {
			created.add(toRule(environmentId, i, requests.get(i)));
		}
		this.rules.deleteByEnvironment(environmentId);
		return this.rules.saveAll(created);
	}

	@Transactional(readOnly = true)
	public List<FaultRule> list(UUID environmentId) {
		this.environments.require(environmentId);
		return this.rules.findByEnvironmentIdOrderByPosition(environmentId);
	}

	@Transactional
	void clear(UUID environmentId) {
		this.environments.require(environmentId);
		this.rules.deleteByEnvironment(environmentId);
	}

	/**
	 * Whether an environment has any rules: asked by every request to it, in one
	 * statement outside any transaction, or from memory when nothing was committed since
	 * ({@link CommittedReads}).
	 */
	boolean any(UUID environmentId) {
		return this.reads.get("faults", environmentId, () -> this.rules.existsByEnvironmentId(environmentId));
	}

	/**
	 * The fault for a request, if a rule fires: the first rule that matches and fires, in
	 * the order given, which alone spends one of its {@code times}. Every matching rule
	 * counts the request and draws its chance, so each rule's seeded sequence does not
	 * depend on the rules before it.
	 * @param environmentId the environment the request is for
	 * @param method its method
	 * @param path its path
	 * @return what to do, or empty to answer normally
	 */
	@Transactional
	Optional<Decision> decide(UUID environmentId, String method, String path) {
		FaultRule applied = null;
		for (FaultRule rule : this.rules.lockByEnvironment(environmentId)) {
			if (rule.matches(method, path) && rule.draw() && applied == null) {
				applied = rule;
			}
		}
		if (applied == null) {
			return Optional.empty();
		}
		applied.spend();
		return Optional.of(new Decision(applied.status(), applied.retryAfterSeconds(), applied.latency()));
	}

	/**
	 * The rule a request asks for. Its fields' constraints are declared on
	 * {@link FaultRequest}; what spans fields, and the statuses a fault may answer, is
	 * checked here.
	 */
	private FaultRule toRule(UUID environmentId, int index, FaultRequest request) {
		String target = "[" + index + "]";
		if (request == null) {
			throw ApiException.invalidData(ErrorDetail.requiredValue(target));
		}
		Set<ConstraintViolation<FaultRequest>> violations = this.validator.validate(request);
		if (!violations.isEmpty()) {
			throw ApiException.invalidData(target + ".", violations);
		}
		if (request.status() != null && !STATUSES.contains(request.status())) {
			throw ApiException.invalidData(ErrorDetail.invalidValue(target + ".status",
					"status must be 429, 500 or 503.", InnerError.allowedValues(List.of("429", "500", "503"))));
		}
		Duration latency = (request.latency() != null) ? request.latency().duration() : null;
		if (request.status() == null && latency == null) {
			throw ApiException.invalidData(new ErrorDetail("REQUIRED_VALUE", target + ".status",
					"A rule needs a status, a latency, or both.", null));
		}
		Long seed = (request.seed() != null) ? request.seed() : SEEDS.split().nextLong();
		String method = (request.method() != null) ? request.method().toUpperCase(Locale.ROOT) : null;
		return new FaultRule(environmentId, index, method, request.path(), request.status(),
				request.retryAfterSeconds(), latency, request.times(), request.probability(), seed);
	}

	/**
	 * What a fired rule does to a request.
	 *
	 * @param status the error status to answer, or {@code null} to answer normally
	 * @param retryAfterSeconds the {@code Retry-After} to send, or {@code null}
	 * @param latency how long to wait first, or {@code null}
	 */
	record Decision(Integer status, Integer retryAfterSeconds, Duration latency) {

	}

}
