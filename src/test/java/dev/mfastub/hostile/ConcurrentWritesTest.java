package dev.mfastub.hostile;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.mfastub.support.JsonDocument;
import dev.mfastub.support.Sandbox;
import dev.mfastub.support.SandboxTest;
import dev.mfastub.web.PingInstants;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many clients writing and reading the MFA settings and profiles of a few users at once,
 * over real HTTP with a worker app's token, for a few seconds of load; then what the stub
 * answered, what it ended with and what its journal says are compared with what the
 * clients did.
 * <ul>
 * <li>six users each have one writer thread: every read by that thread sees its own last
 * write, and each user ends at its last acknowledged writes;</li>
 * <li>two users each have three writer threads: each ends at a write that no later,
 * non-overlapping write followed;</li>
 * <li>one user has a thread per field ({@code mfaEnabled}, bypass, email): no field's
 * write is lost to another field's;</li>
 * <li>three reader threads read any user: every answer is consistent in itself and shows
 * only values some client wrote;</li>
 * <li>the journal has one entry per acknowledged write and, per user, each entry starts
 * where the one before ended.</li>
 * </ul>
 * The load runs once, before the tests; each test checks one promise against the record.
 * The sandbox clock stays frozen during the load, so whether a bypass runs depends only
 * on what was written.
 */
@TestInstance(Lifecycle.PER_CLASS)
class ConcurrentWritesTest extends SandboxTest {

	private static final Duration LOAD = Duration.ofSeconds(5);

	/**
	 * Requests each client makes at least, however long they take: on a slow machine the
	 * load lasts longer rather than proving less.
	 */
	private static final int MIN_REQUESTS = 30;

	/** Fewer writes than the journal keeps (10000 by default), so none is dropped. */
	private static final int MAX_WRITES = 8000;

	private static final Instant FROZEN = Instant.parse(FROZEN_AT);

	/** After the load the clock goes back to here, so every stored bypass end shows. */
	private static final String BEFORE_EVERY_BYPASS_END = "2000-01-01T00:00:00.000Z";

	private static final int SOLO_USERS = 6;

	private static final int SHARED_USERS = 2;

	private static final int WRITERS_PER_SHARED_USER = 3;

	private static final int READERS = 3;

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final List<String> soloUsers = new ArrayList<>();

	private final List<String> sharedUsers = new ArrayList<>();

	private final String mixedUser = "c0c0c0c0-0000-4000-8000-00000000000c";

	/** Written to before the load, by one client at a time. */
	private final String warmUpUser = "3a3a3a3a-0000-4000-8000-0000000000aa";

	private final List<String> allUsers = new ArrayList<>();

	/** Every value sent for each user and field, added before the request goes out. */
	private final Map<String, Set<String>> sent = new ConcurrentHashMap<>();

	private final Queue<Exchange> exchanges = new ConcurrentLinkedQueue<>();

	private final Queue<String> inconsistencies = new ConcurrentLinkedQueue<>();

	private final Queue<String> staleReads = new ConcurrentLinkedQueue<>();

	private final AtomicLong unique = new AtomicLong();

	private final AtomicInteger writes = new AtomicInteger();

	private final Map<String, FinalState> finalStates = new HashMap<>();

	private final List<JsonNode> journal = new ArrayList<>();

	private HttpClient http;

	private Sandbox sandbox;

	private long deadline;

	@BeforeAll
	void runTheLoad() throws Exception {
		StringBuilder users = new StringBuilder();
		for (int i = 0; i < SOLO_USERS; i++) {
			this.soloUsers.add("50105010-0000-4000-8000-%012d".formatted(i));
		}
		for (int i = 0; i < SHARED_USERS; i++) {
			this.sharedUsers.add("5a5a5a5a-0000-4000-8000-%012d".formatted(i));
		}
		this.allUsers.add(this.warmUpUser);
		this.allUsers.addAll(this.soloUsers);
		this.allUsers.addAll(this.sharedUsers);
		this.allUsers.add(this.mixedUser);
		for (String user : this.allUsers) {
			users.append(users.isEmpty() ? "" : ",")
				.append("{\"id\":\"%s\",\"username\":\"%s\",\"email\":\"%s\"}".formatted(user, username(user),
						initialEmail(user)));
		}
		this.sandbox = sandbox("{\"users\":[" + users + "]}");
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(30))
			.build();

		warmUp();
		List<Runnable> workers = new ArrayList<>();
		for (int i = 0; i < SOLO_USERS; i++) {
			String user = this.soloUsers.get(i);
			workers.add(() -> soloWriter(user, new Random(user.hashCode())));
		}
		for (String user : this.sharedUsers) {
			for (int i = 0; i < WRITERS_PER_SHARED_USER; i++) {
				Random random = new Random(user.hashCode() + i);
				workers.add(() -> sharedWriter(user, random));
			}
		}
		workers.add(() -> fieldWriter(Kind.PUT_MFA, Kind.GET_MFA, new Random(1)));
		workers.add(() -> fieldWriter(Kind.PUT_BYPASS, Kind.GET_BYPASS, new Random(2)));
		workers.add(() -> fieldWriter(Kind.PATCH_EMAIL, Kind.GET_USER, new Random(3)));
		for (int i = 0; i < READERS; i++) {
			Random random = new Random(100 + i);
			workers.add(() -> reader(random));
		}
		runTogether(workers);

		setClock(this.sandbox, BEFORE_EVERY_BYPASS_END, true);
		renewToken(this.sandbox);
		for (String user : this.allUsers) {
			this.finalStates.put(user, finalState(user));
		}
		readJournal();
	}

	// --- The promises ---

	@Test
	void shouldAnswerNoRequestWithAServerError() {
		assertThat(this.exchanges).as("exchanges made").hasSizeGreaterThanOrEqualTo(MIN_REQUESTS * workerCount());
		assertThat(this.exchanges.stream().filter((exchange) -> exchange.status() >= 500).map(Exchange::toString))
			.as("server errors")
			.isEmpty();
	}

	@Test
	void shouldAnswerEveryRequestWith200() {
		assertThat(this.exchanges.stream().filter((exchange) -> exchange.status() != 200).map(Exchange::toString))
			.as("requests not answered 200 (0 = no answer)")
			.isEmpty();
	}

	@Test
	void shouldAnswerEveryRequestConsistentlyWithItselfAndWithWhatWasWritten() {
		assertThat(this.inconsistencies).as("answers inconsistent in themselves").isEmpty();
	}

	@Test
	void shouldShowEachSingleWriterItsOwnLastWrite() {
		assertThat(this.staleReads).as("reads by a field's only writer that missed its last write").isEmpty();
	}

	@Test
	void shouldLeaveEachSingleWriterUserAtItsLastAcknowledgedWrites() {
		for (String user : this.soloUsers) {
			FinalState state = this.finalStates.get(user);
			assertThat(writesTo(user, Kind.PUT_MFA)).as("mfaEnabled writes to %s", user).isNotEmpty();
			assertThat(state.mfaEnabled()).as("final mfaEnabled of %s", user)
				.isEqualTo(lastAcknowledged(user, Kind.PUT_MFA, "false"));
			assertThat(state.bypass()).as("final bypass end of %s", user)
				.isEqualTo(lastAcknowledged(user, Kind.PUT_BYPASS, null));
			assertThat(state.email()).as("final email of %s", user)
				.isEqualTo(lastAcknowledged(user, Kind.PATCH_EMAIL, initialEmail(user)));
		}
	}

	@Test
	void shouldLeaveEachSharedUserAtAWriteThatNoLaterWriteFollowed() {
		long overlapping = 0;
		for (String user : this.sharedUsers) {
			FinalState state = this.finalStates.get(user);
			for (Kind kind : List.of(Kind.PUT_MFA, Kind.PUT_BYPASS)) {
				List<Exchange> writes = writesTo(user, kind);
				overlapping += overlappingPairs(writes);
				List<Exchange> lastOnes = writes.stream()
					.filter((write) -> writes.stream().noneMatch((later) -> later.sent() > write.acked()))
					.toList();
				String actual = (kind == Kind.PUT_MFA) ? state.mfaEnabled() : state.bypass();
				assertThat(lastOnes.stream().map(Exchange::written))
					.as("%s of %s: the final value %s must be one of the writes no later write followed, %s", kind,
							user, actual, lastOnes)
					.contains(actual);
			}
		}
		assertThat(overlapping).as("pairs of writes to one field of a shared user that overlapped in time")
			.isPositive();
	}

	@Test
	void shouldLoseNoFieldWhenOtherFieldsOfTheUserAreWrittenAtTheSameTime() {
		FinalState state = this.finalStates.get(this.mixedUser);

		assertThat(state.mfaEnabled()).as("final mfaEnabled")
			.isEqualTo(lastAcknowledged(this.mixedUser, Kind.PUT_MFA, "false"));
		assertThat(state.bypass()).as("final bypass end")
			.isEqualTo(lastAcknowledged(this.mixedUser, Kind.PUT_BYPASS, null));
		assertThat(state.email()).as("final email")
			.isEqualTo(lastAcknowledged(this.mixedUser, Kind.PATCH_EMAIL, initialEmail(this.mixedUser)));
		assertThat(overlappingAcrossFields(this.mixedUser)).as("writes to different fields that overlapped in time")
			.isPositive();
	}

	@Test
	void shouldJournalEachAcknowledgedWriteExactlyOnceWithWhatItWrote() {
		Map<String, Exchange> acknowledged = new LinkedHashMap<>();
		for (Exchange exchange : this.exchanges) {
			if (exchange.kind().write && exchange.status() == 200) {
				acknowledged.put(exchange.correlationId(), exchange);
			}
		}
		List<String> problems = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (JsonNode event : this.journal) {
			String correlationId = event.path("correlationId").asString(null);
			seen.merge(correlationId, 1, Integer::sum);
			Exchange write = acknowledged.get(correlationId);
			if (write == null) {
				problems.add("an entry for no acknowledged write: " + event);
				continue;
			}
			String type = switch (write.kind()) {
				case PUT_MFA -> "MFA_ENABLED_UPDATED";
				case PUT_BYPASS -> "BYPASS_MFA_UPDATED";
				default -> "USER_UPDATED";
			};
			String after = field(event.path("after"), write.kind().field);
			if (!type.equals(event.path("type").asString()) || !write.user().equals(event.path("userId").asString())
					|| !Objects.equals(after, write.written())
					|| !this.sandbox.clientId().equals(event.path("clientId").asString())) {
				problems.add("an entry that does not say what %s did: %s".formatted(write, event));
			}
		}
		seen.forEach((correlationId, count) -> {
			if (count > 1) {
				problems.add(count + " entries for the request " + correlationId);
			}
		});
		acknowledged.forEach((correlationId, write) -> {
			if (!seen.containsKey(correlationId)) {
				problems.add("no entry for " + write);
			}
		});

		assertThat(this.journal).as("journal entries").hasSize(acknowledged.size());
		assertThat(problems).isEmpty();
	}

	@Test
	void shouldStartEachJournalEntryOfAUserWhereItsPreviousEntryEnded() {
		List<String> breaks = new ArrayList<>();
		for (String user : this.allUsers) {
			for (String field : List.of("mfaEnabled", "bypassMFAEnabledUntil", "email")) {
				String previous = initial(user, field);
				JsonNode previousEvent = null;
				for (JsonNode event : eventsOf(user, field)) {
					String before = field(event.path("before"), field);
					if (!Objects.equals(before, previous)) {
						breaks.add("%s of %s: entry %s (%s) starts at %s, but the entry before it (%s) ended at %s"
							.formatted(field, user, event.path("id"), event.path("type").asString(), before,
									(previousEvent != null)
											? previousEvent.path("id") + ", " + previousEvent.path("type").asString()
											: "none: the initial value",
									previous));
					}
					previous = field(event.path("after"), field);
					previousEvent = event;
				}
			}
		}

		assertThat(breaks).as("%d breaks in the journal's chains", breaks.size()).isEmpty();
	}

	@Test
	void shouldEndEachUsersJournalAtTheUsersFinalState() {
		List<String> mismatches = new ArrayList<>();
		for (String user : this.allUsers) {
			FinalState state = this.finalStates.get(user);
			for (String field : List.of("mfaEnabled", "bypassMFAEnabledUntil", "email")) {
				List<JsonNode> events = eventsOf(user, field);
				String last = events.isEmpty() ? initial(user, field)
						: field(events.get(events.size() - 1).path("after"), field);
				String actual = switch (field) {
					case "mfaEnabled" -> state.mfaEnabled();
					case "bypassMFAEnabledUntil" -> state.bypass();
					default -> state.email();
				};
				if (!Objects.equals(last, actual)) {
					mismatches.add("%s of %s is %s, but the journal's last entry for it says %s".formatted(field, user,
							actual, last));
				}
			}
		}

		assertThat(mismatches).isEmpty();
	}

	// --- The clients ---

	/** The only writer of a user: every read must show its own last writes. */
	private void soloWriter(String user, Random random) {
		String mfa = "false";
		String bypass = null;
		String email = initialEmail(user);
		for (int i = 0; i < MIN_REQUESTS || running(); i++) {
			// Each kind of write at least once, then any request
			switch ((i < 3) ? i : random.nextInt(6)) {
				case 0 -> mfa = acknowledged(write(user, Kind.PUT_MFA, String.valueOf(random.nextBoolean())), mfa);
				case 1 -> bypass = acknowledged(write(user, Kind.PUT_BYPASS, bypassEnd(random)), bypass);
				case 2 -> email = acknowledged(write(user, Kind.PATCH_EMAIL, email()), email);
				case 3 -> expectOwn(read(user, Kind.GET_MFA), mfa);
				case 4 -> expectOwn(read(user, Kind.GET_BYPASS), shownBypass(bypass));
				default -> {
					Exchange read = read(user, Kind.GET_USER);
					expectOwn(read, email);
					if (read.status() == 200 && !mfa.equals(read.body().path("mfaEnabled").toString())) {
						this.staleReads.add("expected mfaEnabled %s in %s".formatted(mfa, read));
					}
				}
			}
		}
	}

	/** One of several writers of a user. */
	private void sharedWriter(String user, Random random) {
		for (int i = 0; i < MIN_REQUESTS || running(); i++) {
			switch ((i < 2) ? i : random.nextInt(4)) {
				case 0 -> write(user, Kind.PUT_MFA, String.valueOf(random.nextBoolean()));
				case 1 -> write(user, Kind.PUT_BYPASS, bypassEnd(random));
				case 2 -> read(user, Kind.GET_MFA);
				default -> read(user, Kind.GET_BYPASS);
			}
		}
	}

	/**
	 * The only writer of one field of the mixed user, while others write its other
	 * fields.
	 */
	private void fieldWriter(Kind write, Kind read, Random random) {
		String user = this.mixedUser;
		String last = (write == Kind.PUT_MFA) ? "false" : (write == Kind.PUT_BYPASS) ? null : initialEmail(user);
		for (int i = 0; i < MIN_REQUESTS || running(); i++) {
			if (i == 0 || random.nextBoolean()) {
				String value = switch (write) {
					case PUT_MFA -> String.valueOf(random.nextBoolean());
					case PUT_BYPASS -> bypassEnd(random);
					default -> email();
				};
				last = acknowledged(write(user, write, value), last);
			}
			else {
				expectOwn(read(user, read), (write == Kind.PUT_BYPASS) ? shownBypass(last) : last);
			}
		}
	}

	private void reader(Random random) {
		List<Kind> reads = List.of(Kind.GET_MFA, Kind.GET_BYPASS, Kind.GET_USER);
		for (int i = 0; i < MIN_REQUESTS || running(); i++) {
			read(this.allUsers.get(random.nextInt(this.allUsers.size())), reads.get(random.nextInt(reads.size())));
		}
	}

	private boolean running() {
		return System.nanoTime() < this.deadline && this.writes.get() < MAX_WRITES;
	}

	private static String acknowledged(Exchange write, String before) {
		return (write.status() == 200) ? write.written() : before;
	}

	private void expectOwn(Exchange read, String expected) {
		if (read.status() == 200 && !Objects.equals(read.shown(), expected)) {
			this.staleReads.add("expected %s in %s".formatted(expected, read));
		}
	}

	/**
	 * What GET bypassMFA shows of a stored end on the frozen clock: only a future one.
	 */
	private static String shownBypass(String end) {
		return (end != null && Instant.parse(end).isAfter(FROZEN)) ? end : null;
	}

	/**
	 * A bypass end no other write uses, half of them already past on the frozen clock.
	 */
	private String bypassEnd(Random random) {
		long n = this.unique.incrementAndGet();
		long offset = (n * 1000 + random.nextInt(1000)) * (random.nextBoolean() ? 1 : -1);
		return PingInstants.format(FROZEN.plusMillis((offset == 0) ? 1 : offset));
	}

	private String email() {
		return "e" + this.unique.incrementAndGet() + "@example.com";
	}

	// --- HTTP ---

	private Exchange write(String user, Kind kind, String value) {
		this.writes.incrementAndGet();
		this.sent.computeIfAbsent(user + "/" + kind.field, (key) -> ConcurrentHashMap.newKeySet()).add(value);
		String body = switch (kind) {
			case PUT_MFA -> "{\"mfaEnabled\":" + value + "}";
			case PUT_BYPASS -> "{\"bypassMFAEnabledUntil\":\"" + value + "\"}";
			default -> "{\"email\":\"" + value + "\"}";
		};
		return exchange(user, kind, value, HttpRequest.BodyPublishers.ofString(body));
	}

	private Exchange read(String user, Kind kind) {
		return exchange(user, kind, null, null);
	}

	private Exchange exchange(String user, Kind kind, String written, HttpRequest.BodyPublisher body) {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + this.sandbox.user(user) + kind.path))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization", "Bearer " + this.sandbox.token());
		if (body != null) {
			request.header("Content-Type", "application/json").method(kind.method, body);
		}
		long sent = System.nanoTime();
		Exchange exchange;
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			long acked = System.nanoTime();
			JsonNode json = parse(response.body());
			exchange = new Exchange(Thread.currentThread().getName(), user, kind, written, response.statusCode(), json,
					response.headers().firstValue("Correlation-Id").orElse(null), sent, acked);
			if (response.statusCode() == 200) {
				check(exchange, response.headers().firstValue("Content-Type").orElse(""));
			}
		}
		catch (Exception ex) {
			exchange = new Exchange(Thread.currentThread().getName(), user, kind, written, 0,
					MAPPER.createObjectNode().put("exception", ex.toString()), null, sent, Long.MAX_VALUE);
		}
		this.exchanges.add(exchange);
		return exchange;
	}

	/**
	 * What every 200 must satisfy on its own: JSON, links to itself and its user, a write
	 * echoed, a bypass shown only while it runs on the frozen clock, and only values some
	 * client sent.
	 */
	private void check(Exchange exchange, String contentType) {
		JsonNode body = exchange.body();
		String user = exchange.user();
		String self = body.path("_links").path("self").path("href").asString("");
		List<String> wrong = new ArrayList<>();
		if (!contentType.startsWith("application/json")) {
			wrong.add("Content-Type " + contentType);
		}
		if (!self.equals(href(this.sandbox.user(user) + exchange.kind().path))) {
			wrong.add("self link " + self);
		}
		String shown = exchange.shown();
		switch (exchange.kind()) {
			case PUT_MFA, PUT_BYPASS, PATCH_EMAIL -> {
				if (!Objects.equals(shown, exchange.written())) {
					wrong.add("it does not echo " + exchange.written());
				}
			}
			default -> {
				if (shown != null && !shown.equals(initial(user, exchange.kind().field))
						&& !this.sent.getOrDefault(user + "/" + exchange.kind().field, Set.of()).contains(shown)) {
					wrong.add("it shows %s, which nobody wrote".formatted(shown));
				}
			}
		}
		if (exchange.kind() == Kind.PUT_MFA || exchange.kind() == Kind.GET_MFA) {
			if (!body.path("mfaEnabled").isBoolean()) {
				wrong.add("mfaEnabled is not a boolean");
			}
		}
		if (exchange.kind() == Kind.PUT_BYPASS || exchange.kind() == Kind.GET_BYPASS) {
			JsonNode can = body.path("canBypassMFA");
			if (shown == null) {
				if (exchange.kind() == Kind.PUT_BYPASS || !can.isMissingNode()) {
					wrong.add("canBypassMFA without an end, or no end on a PUT");
				}
			}
			else {
				boolean running = Instant.parse(shown).isAfter(FROZEN);
				if (!can.isBoolean() || can.asBoolean() != running) {
					wrong.add("canBypassMFA %s for an end %s on a clock frozen at %s".formatted(can, shown, FROZEN_AT));
				}
				if (exchange.kind() == Kind.GET_BYPASS && !running) {
					wrong.add("a GET shows an end that has passed");
				}
			}
		}
		if (exchange.kind() == Kind.PATCH_EMAIL || exchange.kind() == Kind.GET_USER) {
			if (!user.equals(body.path("id").asString()) || !username(user).equals(body.path("username").asString())
					|| !body.path("mfaEnabled").isBoolean()) {
				wrong.add("not the user's id, username and a boolean mfaEnabled");
			}
		}
		if (!wrong.isEmpty()) {
			this.inconsistencies.add(wrong + " in " + exchange);
		}
	}

	private static JsonNode parse(String body) {
		try {
			return MAPPER.readTree(body);
		}
		catch (RuntimeException ex) {
			return MAPPER.createObjectNode().put("unparsable", body);
		}
	}

	/**
	 * Sends each kind of request a few times, one at a time, so the load measures the
	 * stub rather than its first-request start-up.
	 */
	private void warmUp() {
		String user = this.warmUpUser;
		for (int i = 0; i < 5; i++) {
			for (Kind kind : Kind.values()) {
				if (kind.write) {
					write(user, kind, (kind == Kind.PUT_MFA) ? "false"
							: (kind == Kind.PUT_BYPASS) ? "2029-01-01T00:00:00.000Z" : initialEmail(user));
				}
				else {
					read(user, kind);
				}
			}
		}
	}

	private void runTogether(List<Runnable> workers) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(workers.size());
		try {
			CountDownLatch ready = new CountDownLatch(workers.size());
			CountDownLatch go = new CountDownLatch(1);
			List<Future<?>> running = new ArrayList<>();
			for (Runnable worker : workers) {
				running.add(pool.submit(() -> {
					ready.countDown();
					go.await();
					worker.run();
					return null;
				}));
			}
			ready.await();
			this.deadline = System.nanoTime() + LOAD.toNanos();
			go.countDown();
			for (Future<?> worker : running) {
				worker.get();
			}
		}
		finally {
			pool.shutdownNow();
			pool.awaitTermination(1, TimeUnit.MINUTES);
		}
	}

	// --- After the load ---

	private FinalState finalState(String user) {
		Response mfa = api(this.sandbox).get(this.sandbox.user(user) + "/mfaEnabled");
		Response bypass = api(this.sandbox).get(this.sandbox.user(user) + "/bypassMFA");
		Response profile = api(this.sandbox).get(this.sandbox.user(user));
		mfa.then().statusCode(200);
		bypass.then().statusCode(200);
		profile.then().statusCode(200);
		return new FinalState(String.valueOf(JsonDocument.of(mfa).getBoolean("mfaEnabled")),
				JsonDocument.of(bypass).getString("bypassMFAEnabledUntil"),
				JsonDocument.of(profile).getString("email"));
	}

	private void readJournal() {
		long since = 0;
		while (true) {
			String page = control().queryParam("since", since)
				.queryParam("limit", 10000)
				.get(this.sandbox.control() + "/events")
				.then()
				.statusCode(200)
				.extract()
				.asString();
			JsonNode events = MAPPER.readTree(page).path("events");
			if (events.isEmpty()) {
				return;
			}
			for (JsonNode event : events) {
				this.journal.add(event);
				since = event.path("id").asLong();
			}
		}
	}

	// --- Reading the record ---

	private List<Exchange> writesTo(String user, Kind kind) {
		return this.exchanges.stream()
			.filter((exchange) -> exchange.user().equals(user) && exchange.kind() == kind && exchange.status() == 200)
			.toList();
	}

	/** The value of the acknowledged write to a field that was acknowledged last. */
	private String lastAcknowledged(String user, Kind kind, String initial) {
		return writesTo(user, kind).stream()
			.max((a, b) -> Long.compare(a.acked(), b.acked()))
			.map(Exchange::written)
			.orElse(initial);
	}

	private static long overlappingPairs(List<Exchange> writes) {
		long pairs = 0;
		for (int i = 0; i < writes.size(); i++) {
			for (int j = i + 1; j < writes.size(); j++) {
				if (overlap(writes.get(i), writes.get(j))) {
					pairs++;
				}
			}
		}
		return pairs;
	}

	private long overlappingAcrossFields(String user) {
		List<Exchange> mfa = writesTo(user, Kind.PUT_MFA);
		List<Exchange> others = new ArrayList<>(writesTo(user, Kind.PUT_BYPASS));
		others.addAll(writesTo(user, Kind.PATCH_EMAIL));
		return mfa.stream().mapToLong((a) -> others.stream().filter((b) -> overlap(a, b)).count()).sum();
	}

	private static boolean overlap(Exchange a, Exchange b) {
		return a.sent() < b.acked() && b.sent() < a.acked();
	}

	/** A user's journal entries that say something about a field, oldest first. */
	private List<JsonNode> eventsOf(String user, String field) {
		return this.journal.stream()
			.filter((event) -> user.equals(event.path("userId").asString()))
			.filter((event) -> event.path("type").asString().equals("USER_UPDATED") || event.path("after").has(field)
					|| event.path("before").has(field))
			.filter((event) -> !field.equals("email") || event.path("type").asString().equals("USER_UPDATED"))
			.toList();
	}

	/** A field of a journal state or an answer, as text; {@code null} when absent. */
	private static String field(JsonNode state, String field) {
		JsonNode value = state.path(field);
		if (value.isMissingNode() || value.isNull()) {
			return null;
		}
		return value.isString() ? value.asString() : value.toString();
	}

	private String initial(String user, String field) {
		return switch (field) {
			case "mfaEnabled" -> "false";
			case "email" -> initialEmail(user);
			default -> null;
		};
	}

	private static String username(String user) {
		return "user-" + user.substring(0, 8) + "-" + user.substring(user.length() - 2);
	}

	private static String initialEmail(String user) {
		return username(user) + "@example.com";
	}

	private int workerCount() {
		return SOLO_USERS + SHARED_USERS * WRITERS_PER_SHARED_USER + 3 + READERS;
	}

	/** What a client can ask. */
	enum Kind {

		PUT_MFA("PUT", "/mfaEnabled", "mfaEnabled", true),
		PUT_BYPASS("PUT", "/bypassMFA", "bypassMFAEnabledUntil", true), PATCH_EMAIL("PATCH", "", "email", true),
		GET_MFA("GET", "/mfaEnabled", "mfaEnabled", false),
		GET_BYPASS("GET", "/bypassMFA", "bypassMFAEnabledUntil", false), GET_USER("GET", "", "email", false);

		final String method;

		final String path;

		final String field;

		final boolean write;

		Kind(String method, String path, String field, boolean write) {
			this.method = method;
			this.path = path;
			this.field = field;
			this.write = write;
		}

	}

	/**
	 * One request and its answer.
	 *
	 * @param thread the client thread
	 * @param user the user
	 * @param kind what was asked
	 * @param written the value a write sent, or {@code null} for a read
	 * @param status the answer's status; 0 when none came
	 * @param body the answer's body
	 * @param correlationId the answer's {@code Correlation-Id}
	 * @param sent {@link System#nanoTime()} before sending
	 * @param acked {@link System#nanoTime()} after the answer came
	 */
	record Exchange(String thread, String user, Kind kind, String written, int status, JsonNode body,
			String correlationId, long sent, long acked) {

		/** The field's value in the answer, as text; {@code null} when absent. */
		String shown() {
			return field(this.body, this.kind.field);
		}

		@Override
		public String toString() {
			return "%s %s%s by %s: %d %s (%s)".formatted(this.kind, this.user,
					(this.written != null) ? " = " + this.written : "", this.thread, this.status, this.body,
					this.correlationId);
		}

	}

	/**
	 * A user after the load.
	 *
	 * @param mfaEnabled {@code "true"} or {@code "false"}
	 * @param bypass the stored bypass end, or {@code null}
	 * @param email the email
	 */
	record FinalState(String mfaEnabled, String bypass, String email) {

	}

}
