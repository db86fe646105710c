package dev.mfastub.auth;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.mfastub.call.EnvironmentClock;
import dev.mfastub.environment.StartupLock;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The keys tokens are signed and verified with. The first instance to start on an empty
 * database generates one (under the {@link StartupLock}); every instance reads them from
 * the database, and reloads when a token names a key it has not seen (another instance
 * rotated). Retired keys keep verifying for one token lifetime after retirement.
 */
@Component
class SigningKeyService implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(SigningKeyService.class);

	/**
	 * How long after retirement a key still verifies: the lifetime of the tokens it
	 * signed.
	 */
	static final Duration RETIRED_KEY_GRACE = TokenService.LIFETIME;

	/** The least time between two reloads triggered by unknown key ids. */
	private static final Duration RELOAD_INTERVAL = Duration.ofSeconds(1);

	private final SigningKeyRepository repository;

	private final EnvironmentClock clock;

	private final TransactionTemplate transactions;

	private volatile Loaded loaded = new Loaded(List.of(), null, Instant.EPOCH);

	private final StartupLock startupLock;

	/**
	 * A key made on another thread while the rest of the application starts, when the
	 * database has none: generating an RSA key is the slowest single step of a first
	 * start. {@code null} when a key was there.
	 */
	private final CompletableFuture<SigningKey> firstKey;

	SigningKeyService(SigningKeyRepository repository, EnvironmentClock clock, TransactionTemplate transactions,
			StartupLock startupLock) {
		this.repository = repository;
		this.clock = clock;
		this.transactions = transactions;
		this.startupLock = startupLock;
		this.firstKey = hasActiveKey() ? null : CompletableFuture.supplyAsync(this::generate, (task) -> {
			Thread thread = new Thread(task, "signing-key");
			thread.setDaemon(true);
			thread.start();
		});
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.startupLock.run(() -> {
			if (!hasActiveKey()) {
				this.repository.saveAndFlush((this.firstKey != null) ? this.firstKey.join() : generate());
				logger.info("Generated a token signing key");
			}
			return null;
		});
		reload();
	}

	/**
	 * Starts signing with a new key; the old ones keep verifying for a token lifetime.
	 * @return the new key's id
	 */
	String rotate() {
		String kid = this.transactions.execute((status) -> {
			Instant now = this.clock.platformNow();
			this.repository.findAll()
				.stream()
				.filter((key) -> key.retiredAt() == null)
				.forEach((key) -> key.retire(now));
			return this.repository.saveAndFlush(generate()).kid();
		});
		reload();
		return kid;
	}

	/** The key new tokens are signed with. */
	JWKSource<SecurityContext> signingSource() {
		return (selector, context) -> {
			RSAKey active = this.loaded.active();
			if (active == null) {
				reload();
				active = this.loaded.active();
			}
			return selector.select(new JWKSet(active));
		};
	}

	/**
	 * Every key that may have signed a token still valid: the active one and recently
	 * retired ones.
	 */
	JWKSource<SecurityContext> verificationSource() {
		return (selector, context) -> {
			List<JWK> found = selector.select(new JWKSet(verifying()));
			if (found.isEmpty() && reloadAllowed()) {
				reload();
				found = selector.select(new JWKSet(verifying()));
			}
			return found;
		};
	}

	/**
	 * Whether the key with this id verifies tokens now.
	 * @param kid a token's {@code kid} header
	 * @return whether it names a verifying key
	 */
	boolean verifiesWith(Object kid) {
		if (!(kid instanceof String id)) {
			return false;
		}
		Instant now = this.clock.platformNow();
		return this.loaded.keys()
			.stream()
			.anyMatch((key) -> id.equals(key.key().getKeyID()) && verifiesAt(key.retiredAt(), now));
	}

	/** The public halves of the verifying keys, as served at the JWKS endpoint. */
	List<RSAKey> publicKeys() {
		return verifying().stream().map((key) -> ((RSAKey) key).toPublicJWK()).toList();
	}

	/**
	 * The keys that verify now: a retired key drops out one token lifetime after
	 * retirement.
	 */
	private List<JWK> verifying() {
		Instant now = this.clock.platformNow();
		return this.loaded.keys()
			.stream()
			.filter((key) -> verifiesAt(key.retiredAt(), now))
			.<JWK>map(LoadedKey::key)
			.toList();
	}

	/** Whether a key retired then (or never: {@code null}) still verifies now. */
	private static boolean verifiesAt(Instant retiredAt, Instant now) {
		return retiredAt == null || now.isBefore(retiredAt.plus(RETIRED_KEY_GRACE));
	}

	private boolean hasActiveKey() {
		return this.repository.findAllByOrderByCreatedAtDesc().stream().anyMatch((key) -> key.retiredAt() == null);
	}

	private boolean reloadAllowed() {
		return this.clock.platformNow().isAfter(this.loaded.at().plus(RELOAD_INTERVAL));
	}

	private void reload() {
		Instant now = this.clock.platformNow();
		List<SigningKey> keys = this.transactions.execute((status) -> this.repository.findAllByOrderByCreatedAtDesc());
		List<LoadedKey> loadedKeys = keys.stream()
			.filter((key) -> verifiesAt(key.retiredAt(), now))
			.map((key) -> new LoadedKey(parse(key), key.retiredAt()))
			.toList();
		RSAKey active = keys.stream()
			.filter((key) -> key.retiredAt() == null)
			.findFirst()
			.map(SigningKeyService::parse)
			.orElse(null);
		this.loaded = new Loaded(loadedKeys, active, now);
	}

	private SigningKey generate() {
		try {
			RSAKey key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE)
				.keyID(UUID.randomUUID().toString())
				.algorithm(com.nimbusds.jose.JWSAlgorithm.RS256)
				.generate();
			return new SigningKey(key.getKeyID(), key.toJSONString(), this.clock.platformNow());
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Cannot generate a signing key", ex);
		}
	}

	private static RSAKey parse(SigningKey key) {
		try {
			return RSAKey.parse(key.jwk());
		}
		catch (ParseException ex) {
			throw new IllegalStateException("Signing key " + key.kid() + " in the database is unreadable", ex);
		}
	}

	/** What {@link JWKSelector}s see: a snapshot of the database's keys. */
	private record Loaded(List<LoadedKey> keys, RSAKey active, Instant at) {

	}

	private record LoadedKey(RSAKey key, Instant retiredAt) {

	}

}
