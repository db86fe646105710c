package dev.mfastub.password;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import dev.mfastub.environment.EnvironmentScopedEntity;
import dev.mfastub.environment.EnvironmentScopedId;

/**
 * A password policy of an environment, with PingOne's members; a rule that is
 * {@code null} is not enforced. Exactly one policy of each environment is its default,
 * which {@link PasswordPolicyService} keeps so.
 */
@Entity
@Table(name = "password_policies")
@IdClass(EnvironmentScopedId.class)
class PasswordPolicy extends EnvironmentScopedEntity {

	@Column(nullable = false)
	private String name;

	/** The name folded to lower case: names are unique ignoring case. */
	@Column(name = "name_key", nullable = false)
	private String nameKey;

	private String description;

	@Column(name = "is_default", nullable = false)
	private boolean isDefault;

	@Column(name = "excludes_profile_data", nullable = false)
	private boolean excludesProfileData;

	@Column(name = "not_similar_to_current", nullable = false)
	private boolean notSimilarToCurrent;

	@Column(name = "excludes_commonly_used", nullable = false)
	private boolean excludesCommonlyUsed;

	@Column(name = "max_repeated_characters")
	private Integer maxRepeatedCharacters;

	@Column(name = "min_unique_characters")
	private Integer minUniqueCharacters;

	@Column(name = "min_complexity")
	private Integer minComplexity;

	@Column(name = "length_min")
	private Integer lengthMin;

	@Column(name = "length_max")
	private Integer lengthMax;

	@Column(name = "min_uppercase")
	private Integer minUppercase;

	@Column(name = "min_lowercase")
	private Integer minLowercase;

	@Column(name = "min_digits")
	private Integer minDigits;

	@Column(name = "min_special")
	private Integer minSpecial;

	@Column(name = "history_count")
	private Integer historyCount;

	@Column(name = "history_retention_days")
	private Integer historyRetentionDays;

	@Column(name = "lockout_failure_count")
	private Integer lockoutFailureCount;

	@Column(name = "lockout_duration_seconds")
	private Integer lockoutDurationSeconds;

	@Column(name = "max_age_days")
	private Integer maxAgeDays;

	@Column(name = "min_age_days")
	private Integer minAgeDays;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected PasswordPolicy() {
	}

	PasswordPolicy(UUID environmentId, UUID id, PasswordPolicyRules rules, boolean isDefault, Instant now) {
		super(environmentId, id);
		this.createdAt = now;
		this.isDefault = isDefault;
		change(rules, now);
	}

	static String nameKey(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

	/** Takes every member of the rules: one that is absent is no longer enforced. */
	void change(PasswordPolicyRules rules, Instant now) {
		this.name = rules.name();
		this.nameKey = nameKey(rules.name());
		this.description = rules.description();
		this.excludesProfileData = rules.excludesProfileData();
		this.notSimilarToCurrent = rules.notSimilarToCurrent();
		this.excludesCommonlyUsed = rules.excludesCommonlyUsed();
		this.maxRepeatedCharacters = rules.maxRepeatedCharacters();
		this.minUniqueCharacters = rules.minUniqueCharacters();
		this.minComplexity = rules.minComplexity();
		this.lengthMin = (rules.length() != null) ? rules.length().min() : null;
		this.lengthMax = (rules.length() != null) ? rules.length().max() : null;
		MinCharacters characters = rules.minCharacters();
		this.minUppercase = (characters != null) ? characters.uppercase() : null;
		this.minLowercase = (characters != null) ? characters.lowercase() : null;
		this.minDigits = (characters != null) ? characters.digits() : null;
		this.minSpecial = (characters != null) ? characters.special() : null;
		this.historyCount = (rules.history() != null) ? rules.history().count() : null;
		this.historyRetentionDays = (rules.history() != null) ? rules.history().retentionDays() : null;
		this.lockoutFailureCount = (rules.lockout() != null) ? rules.lockout().failureCount() : null;
		this.lockoutDurationSeconds = (rules.lockout() != null) ? rules.lockout().durationSeconds() : null;
		this.maxAgeDays = rules.maxAgeDays();
		this.minAgeDays = rules.minAgeDays();
		this.updatedAt = now;
	}

	void makeDefault(boolean isDefault, Instant now) {
		if (this.isDefault != isDefault) {
			this.isDefault = isDefault;
			this.updatedAt = now;
		}
	}

	/** Its members, as a request would send them. */
	PasswordPolicyRules rules() {
		MinCharacters characters = new MinCharacters(this.minUppercase, this.minLowercase, this.minDigits,
				this.minSpecial);
		return new PasswordPolicyRules(this.name, this.description, this.excludesProfileData, this.notSimilarToCurrent,
				this.excludesCommonlyUsed, this.maxRepeatedCharacters, this.minUniqueCharacters, this.minComplexity,
				(this.historyCount == null && this.historyRetentionDays == null) ? null
						: new PasswordPolicyRules.PasswordHistory(this.historyCount, this.historyRetentionDays),
				(this.lockoutFailureCount == null && this.lockoutDurationSeconds == null) ? null
						: new PasswordPolicyRules.PasswordLockout(this.lockoutFailureCount,
								this.lockoutDurationSeconds),
				(this.lengthMin == null && this.lengthMax == null) ? null
						: new PasswordPolicyRules.PasswordLength(this.lengthMin, this.lengthMax),
				characters.isEmpty() ? null : characters, this.maxAgeDays, this.minAgeDays);
	}

	/** The rules a password is checked against. */
	PasswordRules passwordRules() {
		MinCharacters characters = new MinCharacters(this.minUppercase, this.minLowercase, this.minDigits,
				this.minSpecial);
		return new PasswordRules(id(), this.lengthMin, this.lengthMax, characters.isEmpty() ? null : characters,
				this.maxRepeatedCharacters, this.minUniqueCharacters);
	}

	String name() {
		return this.name;
	}

	boolean isDefault() {
		return this.isDefault;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

}
