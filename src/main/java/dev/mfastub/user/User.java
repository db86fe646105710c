package dev.mfastub.user;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import dev.mfastub.environment.EnvironmentScopedEntity;
import dev.mfastub.environment.EnvironmentScopedId;
import dev.mfastub.user.UserProfile.Address;
import dev.mfastub.user.UserProfile.PersonName;
import dev.mfastub.user.UserProfile.Photo;

/**
 * A user of an environment, with its MFA settings. The MFA columns are set when the user
 * is created and changed only by {@link UserRepository}'s MFA updates, never by saving a
 * user, so a profile change can never undo a concurrent MFA change.
 */
@Entity
@Table(name = "users")
@IdClass(EnvironmentScopedId.class)
public class User extends EnvironmentScopedEntity {

	/** PingOne's lifecycle status for a user whose account needs no verification. */
	static final String LIFECYCLE_ACCOUNT_OK = "ACCOUNT_OK";

	/** PingOne's initial ID verification status. */
	static final String VERIFY_NOT_INITIATED = "NOT_INITIATED";

	@Column(name = "population_id", nullable = false)
	private UUID populationId;

	@Column(nullable = false)
	private String username;

	/** The username folded to lower case: uniqueness and filters ignore case. */
	@Column(name = "username_key", nullable = false)
	private String usernameKey;

	private String email;

	@Column(name = "name_given")
	private String givenName;

	@Column(name = "name_family")
	private String familyName;

	@Column(name = "name_middle")
	private String middleName;

	@Column(name = "name_formatted")
	private String formattedName;

	@Column(name = "name_honorific_prefix")
	private String honorificPrefix;

	@Column(name = "name_honorific_suffix")
	private String honorificSuffix;

	private String nickname;

	private String title;

	@Column(name = "user_type")
	private String type;

	@Column(name = "external_id")
	private String externalId;

	@Column(name = "account_id")
	private String accountId;

	private String locale;

	@Column(name = "preferred_language")
	private String preferredLanguage;

	private String timezone;

	@Column(name = "mobile_phone")
	private String mobilePhone;

	@Column(name = "primary_phone")
	private String primaryPhone;

	@Column(name = "photo_href")
	private String photoHref;

	@Column(name = "address_street")
	private String streetAddress;

	@Column(name = "address_locality")
	private String locality;

	@Column(name = "address_region")
	private String region;

	@Column(name = "address_postal_code")
	private String postalCode;

	@Column(name = "address_country_code")
	private String countryCode;

	@Column(name = "email_verified", nullable = false)
	private boolean emailVerified;

	@Column(name = "verify_status", nullable = false)
	private String verifyStatus;

	@Column(nullable = false)
	private boolean enabled;

	/**
	 * Changed only by {@link UserRepository#updateMfaEnabled}: never by saving a user.
	 */
	@Column(name = "mfa_enabled", nullable = false, updatable = false)
	private boolean mfaEnabled;

	/**
	 * Changed only by {@link UserRepository#updateBypassMfaUntil}: never by saving a
	 * user.
	 */
	@Column(name = "bypass_mfa_until", updatable = false)
	private Instant bypassMfaUntil;

	/** Changed only by {@link UserRepository#updatePassword}: never by saving a user. */
	@Column(name = "password_hash", updatable = false)
	private String passwordHash;

	@Column(name = "password_status", updatable = false)
	private String passwordStatus;

	@Column(name = "password_changed_at", updatable = false)
	private Instant passwordChangedAt;

	/** Changed only by {@link UserRepository#updateRecovery} and a new password. */
	@Column(name = "recovery_code_hash", updatable = false)
	private String recoveryCodeHash;

	@Column(name = "recovery_expires_at", updatable = false)
	private Instant recoveryExpiresAt;

	@Column(name = "recovery_failures", insertable = false, updatable = false)
	private int recoveryFailures;

	/** Changed only by {@link UserRepository#updateMfaLockout}. */
	@Column(name = "mfa_failures", insertable = false, updatable = false)
	private int mfaFailures;

	@Column(name = "locked_at", insertable = false, updatable = false)
	private Instant lockedAt;

	@Column(name = "unlock_at", insertable = false, updatable = false)
	private Instant unlockAt;

	/** Changed only by {@link UserRepository#updatePasswordLockout}. */
	@Column(name = "password_failures", insertable = false, updatable = false)
	private int passwordFailures;

	@Column(name = "password_locked_until", insertable = false, updatable = false)
	private Instant passwordLockedUntil;

	@Column(name = "lifecycle_status", nullable = false)
	private String lifecycleStatus;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected User() {
	}

	/**
	 * A new, enabled user, with the state PingOne's import sets.
	 * @param id the user id
	 * @param environmentId the environment it lives in
	 * @param populationId its population
	 * @param profile its attributes
	 * @param mfa whether MFA is enabled, and until when it may be bypassed
	 * @param imported its lifecycle status and whether its email is verified; its
	 * password is set by {@link #setImportedPassword}
	 * @param now the environment's current instant
	 */
	User(UUID id, UUID environmentId, UUID populationId, UserProfile profile, MfaState mfa, ImportedState imported,
			Instant now) {
		super(environmentId, id);
		this.populationId = populationId;
		this.enabled = true;
		this.mfaEnabled = mfa.mfaEnabled();
		this.bypassMfaUntil = mfa.bypassMfaUntil();
		this.lifecycleStatus = imported.lifecycleStatus();
		this.emailVerified = imported.emailVerified();
		this.verifyStatus = VERIFY_NOT_INITIATED;
		this.createdAt = now;
		applyProfile(profile);
		this.updatedAt = now;
	}

	/** Folds a username the way uniqueness and filters compare it. */
	public static String usernameKey(String username) {
		return username.toLowerCase(Locale.ROOT);
	}

	void moveTo(UUID populationId, Instant now) {
		this.populationId = populationId;
		this.updatedAt = now;
	}

	void changeEnabled(boolean enabled, Instant now) {
		this.enabled = enabled;
		this.updatedAt = now;
	}

	/**
	 * The password of an imported user, before it is first saved: afterwards only
	 * {@link UserRepository#updatePassword} changes it.
	 */
	void setImportedPassword(String hash, PasswordStatus status, Instant now) {
		this.passwordHash = hash;
		this.passwordStatus = status.name();
		this.passwordChangedAt = now;
	}

	void changeVerifyStatus(String verifyStatus, Instant now) {
		this.verifyStatus = verifyStatus;
		this.updatedAt = now;
	}

	void replaceProfile(UserProfile profile, Instant now) {
		applyProfile(profile);
		this.updatedAt = now;
	}

	private void applyProfile(UserProfile profile) {
		this.username = profile.username();
		this.usernameKey = usernameKey(profile.username());
		this.email = profile.email();
		PersonName name = profile.name();
		this.givenName = (name != null) ? name.given() : null;
		this.familyName = (name != null) ? name.family() : null;
		this.middleName = (name != null) ? name.middle() : null;
		this.formattedName = (name != null) ? name.formatted() : null;
		this.honorificPrefix = (name != null) ? name.honorificPrefix() : null;
		this.honorificSuffix = (name != null) ? name.honorificSuffix() : null;
		this.nickname = profile.nickname();
		this.title = profile.title();
		this.type = profile.type();
		this.externalId = profile.externalId();
		this.accountId = profile.accountId();
		this.locale = profile.locale();
		this.preferredLanguage = profile.preferredLanguage();
		this.timezone = profile.timezone();
		this.mobilePhone = profile.mobilePhone();
		this.primaryPhone = profile.primaryPhone();
		this.photoHref = (profile.photo() != null) ? profile.photo().href() : null;
		Address address = profile.address();
		this.streetAddress = (address != null) ? address.streetAddress() : null;
		this.locality = (address != null) ? address.locality() : null;
		this.region = (address != null) ? address.region() : null;
		this.postalCode = (address != null) ? address.postalCode() : null;
		this.countryCode = (address != null) ? address.countryCode() : null;
	}

	public UUID populationId() {
		return this.populationId;
	}

	public UserProfile profile() {
		PersonName name = new PersonName(this.givenName, this.familyName, this.middleName, this.formattedName,
				this.honorificPrefix, this.honorificSuffix);
		return new UserProfile(this.username, this.email, name.orNullIfEmpty(), this.nickname, this.title, this.type,
				this.externalId, this.accountId, this.locale, this.preferredLanguage, this.timezone, this.mobilePhone,
				this.primaryPhone, (this.photoHref != null) ? new Photo(this.photoHref) : null,
				new Address(this.streetAddress, this.locality, this.region, this.postalCode, this.countryCode)
					.orNullIfEmpty());
	}

	public boolean enabled() {
		return this.enabled;
	}

	public boolean mfaEnabled() {
		return this.mfaEnabled;
	}

	/** When the MFA bypass ends, or {@code null} if none was ever set. */
	public Instant bypassMfaUntil() {
		return this.bypassMfaUntil;
	}

	/**
	 * PingOne's password status: {@code NO_PASSWORD} until one is set.
	 */
	public String passwordStatus() {
		return (this.passwordStatus != null) ? this.passwordStatus : PasswordStatus.NO_PASSWORD.name();
	}

	/** The password's hash, or {@code null} when none was ever set: never shown. */
	String passwordHash() {
		return this.passwordHash;
	}

	/** The hash of the password recovery code sent, or {@code null}: never shown. */
	String recoveryCodeHash() {
		return this.recoveryCodeHash;
	}

	Instant recoveryExpiresAt() {
		return this.recoveryExpiresAt;
	}

	int recoveryFailures() {
		return this.recoveryFailures;
	}

	/** Wrong passwords at sign-on since the last lockout or success. */
	int passwordFailures() {
		return this.passwordFailures;
	}

	/** When the password lockout ends, or {@code null} when there never was one. */
	public Instant passwordLockedUntil() {
		return this.passwordLockedUntil;
	}

	/** Wrong MFA passcodes since the last lock or success, across flows. */
	public int mfaFailures() {
		return this.mfaFailures;
	}

	/**
	 * Whether the MFA settings' lockout holds the account at this instant: PingOne's
	 * {@code account.status} {@code LOCKED}.
	 */
	public boolean lockedAt(Instant now) {
		return this.unlockAt != null && this.unlockAt.isAfter(now);
	}

	/** When the account was last locked, or {@code null}. */
	public Instant lockedAt() {
		return this.lockedAt;
	}

	/** When the account's lock ends, or {@code null}. */
	public Instant unlockAt() {
		return this.unlockAt;
	}

	/** When the password was last set, or {@code null} when it never was. */
	public Instant passwordChangedAt() {
		return this.passwordChangedAt;
	}

	public String lifecycleStatus() {
		return this.lifecycleStatus;
	}

	public boolean emailVerified() {
		return this.emailVerified;
	}

	/**
	 * PingOne's ID verification status: {@code NOT_INITIATED}, {@code ENABLED} or
	 * {@code DISABLED}.
	 */
	public String verifyStatus() {
		return this.verifyStatus;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

}
