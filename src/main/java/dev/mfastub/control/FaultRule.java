package dev.mfastub.control;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.util.AntPathMatcher;

/**
 * A failure to inject: for requests of one environment whose method and path match,
 * answer with an error status and/or after a delay, for the next N matches or with a
 * seeded probability. Counts live in the database so every instance applies one rule
 * alike.
 */
@Entity
@Table(name = "fault_rules")
public class FaultRule {

	private static final AntPathMatcher GLOB = new AntPathMatcher();

	/**
	 * Spreads (seed, n) into independent draws: the golden-ratio increment of
	 * SplittableRandom.
	 */
	private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

	@Id
	private UUID id;

	@Column(name = "environment_id", nullable = false, updatable = false)
	private UUID environmentId;

	@Column(nullable = false)
	private int position;

	private String method;

	@Column(nullable = false)
	private String path;

	private Integer status;

	@Column(name = "retry_after_seconds")
	private Integer retryAfterSeconds;

	@Column(name = "latency_ms")
	private Long latencyMillis;

	@Column(name = "times_remaining")
	private Integer timesRemaining;

	private Double probability;

	private Long seed;

	@Column(nullable = false)
	private long evaluations;

	protected FaultRule() {
	}

	FaultRule(UUID environmentId, int position, String method, String path, Integer status, Integer retryAfterSeconds,
			Duration latency, Integer times, Double probability, Long seed) {
		this.id = UUID.randomUUID();
		this.environmentId = environmentId;
		this.position = position;
		this.method = method;
		this.path = path;
		this.status = status;
		this.retryAfterSeconds = retryAfterSeconds;
		this.latencyMillis = (latency != null) ? latency.toMillis() : null;
		this.timesRemaining = times;
		this.probability = probability;
		this.seed = seed;
	}

	/** Whether the rule applies to this request at all (before counts and chance). */
	boolean matches(String requestMethod, String requestPath) {
		return (this.method == null || this.method.equalsIgnoreCase(requestMethod))
				&& GLOB.match(this.path, requestPath) && (this.timesRemaining == null || this.timesRemaining > 0);
	}

	/**
	 * Draws this rule's decision for one matching request, counting it: the n-th draw of
	 * a seed is always the same, on any instance.
	 * @return whether the rule would fire
	 */
	boolean draw() {
		long index = this.evaluations++;
		return this.probability == null
				|| new SplittableRandom(this.seed + index * GOLDEN_GAMMA).nextDouble() < this.probability;
	}

	/** Spends one of the rule's {@code times}: it fired and its fault was applied. */
	void spend() {
		if (this.timesRemaining != null) {
			this.timesRemaining--;
		}
	}

	public String method() {
		return this.method;
	}

	public String path() {
		return this.path;
	}

	public Integer status() {
		return this.status;
	}

	Integer retryAfterSeconds() {
		return this.retryAfterSeconds;
	}

	Duration latency() {
		return (this.latencyMillis != null) ? Duration.ofMillis(this.latencyMillis) : null;
	}

	public Integer timesRemaining() {
		return this.timesRemaining;
	}

	Double probability() {
		return this.probability;
	}

	Long seed() {
		return this.seed;
	}

	long evaluations() {
		return this.evaluations;
	}

}
