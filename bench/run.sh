#!/usr/bin/env bash
# The stub against WireMock, in one run on one machine, on two paths: the fast one
# (start-fast.sh: Spring AOT, the JDK's class cache, on the newest JDK) and the plain one
# (`java -jar` with the JVM's defaults on the `java` on the PATH, or $PLAIN_JAVA), each
# against WireMock started with `java -jar` on the same JDK. Start time, throughput and
# latency under wrk (32 connections, and one connection in sequence), resident memory;
# then the stub's reads with 100 000 users against 1 000, a sandbox's create and reset,
# and the start of the other documented paths (spring-boot:run, the Java test launcher,
# the Docker image where an engine runs). Prints a table and one line per ratio with its
# target. See bench/README.md.
#
#   bash bench/run.sh           the full run (about 6 minutes)
#   bash bench/run.sh --smoke   a few seconds of each step, so the script cannot rot (CI)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

if [ "${1:-}" = --smoke ]; then
  mode=smoke launches=1 warmup=1 duration=2 large=2000 small=200
else
  mode=full launches=5 warmup=10 duration=20 large=100000 small=1000
fi
connections=32
work=$root/target/bench
mkdir -p "$work"
env=abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6
user=7e94b96e-0364-463b-a059-d97d1e4cb1d5
admin=6f2f1a43-5c1e-4b8e-9a57-1c0d2e3f4a01:stub-admin-secret
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT

# --- tools ---------------------------------------------------------------------------
if ! command -v wrk >/dev/null 2>&1; then
  echo "== Installing wrk from Debian's packages"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi

echo "== Building the stub and its class cache (start-fast.sh prepare)"
bash ./start-fast.sh prepare
# Each path's JDK runs both servers of that path.
fast_java=$(sed -n 's/^java=//p' target/fast/java.txt)
plain_java=${PLAIN_JAVA:-$(command -v java)}
java=$fast_java
jar=$(ls target/pingone-mfa-stub-*.jar | grep -v plain | head -1)
echo "== Fetching WireMock 3.13.2"
./mvnw -B -q dependency:copy -Dartifact=org.wiremock:wiremock-standalone:3.13.2 -DoutputDirectory="$work"
wiremock_jar=$work/wiremock-standalone-3.13.2.jar
mkdir -p "$work/wiremock/mappings"
cp bench/wiremock-bypass-mapping.json "$work/wiremock/mappings/"

# --- helpers -------------------------------------------------------------------------
now_ms() { echo $(($(date +%s%N) / 1000000)); }

# A port below Linux's ephemeral range (32768 and up by default), where a client socket of
# this very run (curl, wrk, a pool) could already hold it, and on which nothing listens.
free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 12000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

start_stub() { # port, extra stub args...; sets $server_pid: the fast path
  local port=$1; shift
  (exec bash ./start-fast.sh --server.port="$port" --stub.h2-database="mem:bench$port" "$@" \
    >"$work/stub-$port.log" 2>&1) &
  server_pid=$!; pids+=("$server_pid")
}

start_plain() { # port; sets $server_pid: the plain path, `java -jar` with the JVM's defaults
  (exec "$plain_java" -jar "$jar" --server.port="$1" --stub.h2-database="mem:bench$1" \
    >"$work/plain-$1.log" 2>&1) &
  server_pid=$!; pids+=("$server_pid")
}

start_mvnrun() { # port; sets $server_pid: ./mvnw spring-boot:run, after the first build
  (exec setsid ./mvnw -B -q -o spring-boot:run \
    -Dspring-boot.run.arguments="--server.port=$1 --stub.h2-database=mem:bench$1" >"$work/mvnrun-$1.log" 2>&1) &
  server_pid=$!; pids+=("$server_pid")
}

start_wiremock() { # port; sets $server_pid
  (exec "$java" -jar "$wiremock_jar" --port "$1" --bind-address 127.0.0.1 --root-dir "$work/wiremock" \
    --no-request-journal --disable-banner >"$work/wiremock-$1.log" 2>&1) &
  server_pid=$!; pids+=("$server_pid")
}

stop() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }

stop_group() { kill -- -"$1" 2>/dev/null || kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }

token() { # port -> an access token for the seeded admin app
  curl -s -m 2 -u "$admin" -d grant_type=client_credentials "http://127.0.0.1:$1/$env/as/token" 2>/dev/null \
    | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}

stub_answers() { # port [user]: a token, then an authenticated GET bypassMFA
  local t
  t=$(token "$1") && [ -n "$t" ] && curl -sf -m 2 -o /dev/null -H "Authorization: Bearer $t" \
    "http://127.0.0.1:$1/v1/environments/$env/users/${2:-$user}/bypassMFA"
}

wiremock_answers() {
  curl -sf -m 2 -o /dev/null "http://127.0.0.1:$1/v1/environments/$env/users/$user/bypassMFA"
}

wait_until() { # pid, timeout s, command...: polls every 10 ms
  local pid=$1 limit=$(($(now_ms) + $2 * 1000)); shift 2
  until "$@"; do
    kill -0 "$pid" 2>/dev/null || { echo "the server exited" >&2; return 1; }
    [ "$(now_ms)" -lt "$limit" ] || { echo "no answer in time" >&2; return 1; }
    sleep 0.01
  done
}

median() { sort -n | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : int((v[NR/2]+v[NR/2+1])/2)}'; }

startup() { # start function, answers function[, launches]; sets $started: median ms to the first success
  local kind=$1 answers=$2 n=${3:-$launches} i port t0 times=()
  for i in $(seq 1 "$n"); do
    port=$(free_port)
    t0=$(now_ms)
    "start_$kind" "$port"
    wait_until "$server_pid" 300 "$answers" "$port"
    times+=($(($(now_ms) - t0)))
    if [ "$kind" = mvnrun ]; then stop_group "$server_pid"; else stop "$server_pid"; fi
  done
  echo "   $kind launches (ms): ${times[*]}"
  started=$(printf '%s\n' "${times[@]}" | median)
}

to_ms() { # wrk's 1.23ms / 850.00us / 1.02s -> ms
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /[0-9]s$/ && v !~ /ms$/) n *= 1000;
    else if (v ~ /m$/) n *= 60000; printf "%.2f", n }'
}

load() { # name, url, token or "", lua script or "", [connections] -> one table row; warm-up first
  local name=$1 url=$2 tok=$3 script=$4 c=${5:-$connections} args=(--latency) out
  if [ "$c" = 1 ]; then args+=(-t1 -c1); else args+=(-t2 -c"$c"); fi
  [ -n "$tok" ] && args+=(-H "Authorization: Bearer $tok")
  [ -n "$script" ] && args+=(-s "$script")
  wrk "${args[@]}" -d"${warmup}s" "$url" >/dev/null
  out=$(wrk "${args[@]}" -d"${duration}s" "$url")
  echo "$out" >"$work/wrk-$name.txt"
  local rps p50 p99 non2xx errors
  rps=$(echo "$out" | awk '/^Requests\/sec:/ {printf "%d", $2}')
  p50=$(to_ms "$(echo "$out" | awk '$1 == "50%" {print $2}')")
  p99=$(to_ms "$(echo "$out" | awk '$1 == "99%" {print $2}')")
  non2xx=$(echo "$out" | awk '/Non-2xx or 3xx responses:/ {print $5}')
  errors=$(echo "$out" | awk '/Socket errors:/ {gsub(",", ""); print $4 + $6 + $8 + $10}')
  printf '%s %s %s %s %s %s\n' "$name" "$rps" "$p50" "$p99" "${non2xx:-0}" "${errors:-0}"
}

rss_mb() { awk '/^VmRSS:/ {printf "%d", $2 / 1024}' "/proc/$1/status"; }

seed_file() { # users -> a seed with one environment of that many users and the admin app
  local n=$1 file=$work/seed-$1.json
  awk -v n="$n" -v env="$env" 'BEGIN {
    printf "{\"environments\":[{\"id\":\"%s\",\"name\":\"bench\",\"applications\":[", env
    printf "{\"clientId\":\"6f2f1a43-5c1e-4b8e-9a57-1c0d2e3f4a01\",\"clientSecret\":\"stub-admin-secret\","
    printf "\"roles\":[\"Environment Admin\",\"Identity Data Admin\"]}],\"users\":["
    for (i = 0; i < n; i++) printf "%s{\"id\":\"00000000-0000-4000-8000-%012d\",\"username\":\"user%d\"}", (i ? "," : ""), i, i
    print "]}]}" }' >"$file"
  echo "$file"
}

# --- the run -------------------------------------------------------------------------
cat >"$work/put-bypass.lua" <<'EOF'
wrk.method = "PUT"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"bypassMFAEnabledUntil":"2030-12-31T00:00:00.000Z"}'
EOF
cat >"$work/put-mfa.lua" <<'EOF'
wrk.method = "PUT"
wrk.headers["Content-Type"] = "application/json"
local bodies = { '{"mfaEnabled":true}', '{"mfaEnabled":false}' }
local n = 0
request = function()
  n = n + 1
  return wrk.format(nil, nil, nil, bodies[n % 2 + 1])
end
EOF

# One path: the stub's start, its loads and memory, then WireMock's on the same JDK.
measure_path() { # path (fast|plain), stub start function; appends to $rows, sets <path>_* figures
  local path=$1 start=$2 port pid tok base
  echo "== The $path path: start time, median of $launches launches"
  startup "$start" stub_answers
  eval "${path}_stub_start=$started"
  startup wiremock wiremock_answers
  eval "${path}_wiremock_start=$started"
  echo "== The $path path: wrk, $connections connections and 1, ${warmup}s warm-up, ${duration}s measured"
  port=$(free_port)
  "start_$start" "$port"
  pid=$server_pid
  wait_until "$pid" 300 stub_answers "$port"
  tok=$(token "$port")
  base="http://127.0.0.1:$port/v1/environments/$env/users/$user"
  rows+=("$(load "$path-stub-get" "$base/bypassMFA" "$tok" "")")
  rows+=("$(load "$path-stub-put-bypass" "$base/bypassMFA" "$tok" "$work/put-bypass.lua")")
  rows+=("$(load "$path-stub-put-mfa" "$base/mfaEnabled" "$tok" "$work/put-mfa.lua")")
  rows+=("$(load "$path-stub-get-1conn" "$base/bypassMFA" "$tok" "" 1)")
  eval "${path}_stub_rss=$(rss_mb "$pid")"
  if [ "$path" = fast ]; then sandbox_times "$port"; fi
  stop "$pid"
  port=$(free_port)
  start_wiremock "$port"
  pid=$server_pid
  wait_until "$pid" 60 wiremock_answers "$port"
  rows+=("$(load "$path-wiremock-get" "http://127.0.0.1:$port/v1/environments/$env/users/$user/bypassMFA" "" "")")
  rows+=("$(load "$path-wiremock-get-1conn" "http://127.0.0.1:$port/v1/environments/$env/users/$user/bypassMFA" "" "" 1)")
  eval "${path}_wiremock_rss=$(rss_mb "$pid")"
  stop "$pid"
}

# A sandbox made, then reset, as a suite does per test class: median ms of each.
sandbox_times() { # port; sets $sandbox_create and $sandbox_reset
  local i t0 id creates=() resets=() n=$(( launches * 2 ))
  for i in $(seq 1 "$n"); do
    t0=$(now_ms)
    id=$(curl -sf -m 10 -X POST -H 'Content-Type: application/json' -d '{"users":[{"username":"ada"}]}' \
      "http://127.0.0.1:$1/__stub/environments" | sed -n 's/^{"id":"\([^"]*\)".*/\1/p')
    creates+=($(($(now_ms) - t0)))
    t0=$(now_ms)
    curl -sf -m 10 -o /dev/null -X POST "http://127.0.0.1:$1/__stub/environments/$id/reset"
    resets+=($(($(now_ms) - t0)))
    curl -sf -m 10 -o /dev/null -X DELETE "http://127.0.0.1:$1/__stub/environments/$id"
  done
  echo "   sandbox create (ms): ${creates[*]}; reset (ms): ${resets[*]}"
  sandbox_create=$(printf '%s\n' "${creates[@]}" | median)
  sandbox_reset=$(printf '%s\n' "${resets[@]}" | median)
}

rows=()
java=$fast_java
measure_path fast stub
java=$plain_java
measure_path plain plain
java=$fast_java

echo "== The other documented start paths"
# ./mvnw spring-boot:run after the first build (this script's package is that build), on
# the plain path's JDK; WireMock's start on that JDK is the plain path's.
startup mvnrun stub_answers "$(( (launches + 1) / 2 ))"
mvnrun_start=$started
# The Java test library's launcher, as a suite starts it a second time (its class cache
# made by a first): needs the library built by ./mvnw verify.
launcher_start=-
if [ -d target/it/target/test-classes ]; then
  cache=$work/launcher-cache
  rm -rf "$cache"
  launcher() { "$plain_java" -cp target/it/target/classes:target/it/target/test-classes -Dpingone.stub.jar="$jar" \
    dev.mfastub.junit.LauncherBenchmark "$plain_java" "$cache" | sed -n 's/.*ready-ms=\([0-9]*\).*/\1/p'; }
  echo "   launcher, first start (writes the class cache): $(launcher) ms"
  launcher_start=$(launcher)
  echo "   launcher, second start: $launcher_start ms"
else
  echo "   the Java test launcher: not measured (./mvnw verify builds the library into target/it)"
fi
docker_start=-
if docker info >/dev/null 2>&1; then
  echo "   the Docker image: not measured by this script yet"
else
  echo "   the Docker image: not measured (no Docker engine here; its entrypoint is start-fast.sh on its cache, the fast rows)"
fi

# The floor: a bare Spring Boot web app (bench/floor: Tomcat, Spring MVC, one controller
# answering the same JSON, no database, no security) on the plain path, so the report
# shows how much of the stub's start and request cost is Spring Boot's own.
echo "== The floor: a bare Spring Boot web app on the plain path"
./mvnw -B -q -f bench/floor/pom.xml -DskipTests package
floor_jar=$root/bench/floor/target/floor-1.jar
start_floor() { # port; sets $server_pid
  (exec "$plain_java" -jar "$floor_jar" --server.port="$1" --server.address=127.0.0.1 >"$work/floor-$1.log" 2>&1) &
  server_pid=$!; pids+=("$server_pid")
}
java=$plain_java
startup floor wiremock_answers
floor_start=$started
port=$(free_port)
start_floor "$port"
wait_until "$server_pid" 60 wiremock_answers "$port"
rows+=("$(load floor-get "http://127.0.0.1:$port/v1/environments/$env/users/$user/bypassMFA" "" "")")
stop "$server_pid"
java=$fast_java

echo "== Stub reads with $large users against $small users in the environment"
cat >"$work/get-random.lua" <<'EOF'
local users = tonumber(os.getenv("BENCH_USERS"))
local env = os.getenv("BENCH_ENV")
math.randomseed(42)
request = function()
  local path = string.format("/v1/environments/%s/users/00000000-0000-4000-8000-%012d/bypassMFA", env, math.random(0, users - 1))
  return wrk.format("GET", path)
end
EOF
# Both stubs run at once and are measured in turns (small, large, small, large), so a
# change in the machine's load during the run falls on both.
start_seeded() { # users; sets $seeded_port and $seeded_pid
  local n=$1 seed t0
  seed=$(seed_file "$n")
  seeded_port=$(free_port)
  t0=$(now_ms)
  start_stub "$seeded_port" --stub.seed="file:$seed"
  seeded_pid=$server_pid
  wait_until "$seeded_pid" 600 stub_answers "$seeded_port" 00000000-0000-4000-8000-000000000000
  echo "   $n users: ready in $(($(now_ms) - t0)) ms"
}
start_seeded "$small"
small_port=$seeded_port small_pid=$seeded_pid
start_seeded "$large"
large_port=$seeded_port large_pid=$seeded_pid
export BENCH_ENV=$env
small_token=$(token "$small_port")
large_token=$(token "$large_port")
half=$(( (duration + 1) / 2 ))
scale_load() { # users port token: half the measured time; prints "rps errors"
  local out
  out=$(BENCH_USERS=$1 wrk -t2 -c"$connections" -d"${half}s" -H "Authorization: Bearer $3" \
    -s "$work/get-random.lua" "http://127.0.0.1:$2")
  echo "$out" >>"$work/wrk-stub-get-$1-users.txt"
  echo "$(echo "$out" | awk '/^Requests\/sec:/ {printf "%d", $2}')" \
    "$(echo "$out" | awk '/Non-2xx or 3xx responses:/ {n = $5} /Socket errors:/ {gsub(",", ""); n += $4 + $6 + $8 + $10}
      END {print n + 0}')"
}
rm -f "$work"/wrk-stub-get-*-users.txt
BENCH_USERS=$small wrk -t2 -c"$connections" -d"${warmup}s" -H "Authorization: Bearer $small_token" \
  -s "$work/get-random.lua" "http://127.0.0.1:$small_port" >/dev/null
BENCH_USERS=$large wrk -t2 -c"$connections" -d"${warmup}s" -H "Authorization: Bearer $large_token" \
  -s "$work/get-random.lua" "http://127.0.0.1:$large_port" >/dev/null
scale=()
for round in 1 2; do
  scale+=("$small $(scale_load "$small" "$small_port" "$small_token")")
  scale+=("$large $(scale_load "$large" "$large_port" "$large_token")")
done
for n in "$small" "$large"; do
  rows+=("$(printf '%s\n' "${scale[@]}" | awk -v n="$n" '$1 == n {r += $2; e += $3; k++}
    END {printf "stub-get-%s-users %d - - 0 %d", n, r / k, e}')")
done
stop "$small_pid"
stop "$large_pid"

# --- report --------------------------------------------------------------------------
{
  echo "Benchmark ($mode): $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores"
  echo "  fast path:  start-fast.sh on $("$fast_java" -version 2>&1 | head -1)"
  echo "  plain path: java -jar, JVM defaults, on $("$plain_java" -version 2>&1 | head -1)"
  echo
  printf '%-26s %10s %9s %9s %8s %7s\n' "load" "req/s" "p50 ms" "p99 ms" "non-2xx" "errors"
  for row in "${rows[@]}"; do
    # shellcheck disable=SC2086
    printf '%-26s %10s %9s %9s %8s %7s\n' $row
  done
  echo
  printf '%-34s %10s %10s\n' "" "stub" "WireMock"
  printf '%-34s %10s %10s\n' "start, fast path (median ms)" "$fast_stub_start" "$fast_wiremock_start"
  printf '%-34s %10s %10s\n' "start, plain path (median ms)" "$plain_stub_start" "$plain_wiremock_start"
  printf '%-34s %10s %10s\n' "start, ./mvnw spring-boot:run" "$mvnrun_start" "$plain_wiremock_start"
  printf '%-34s %10s %10s\n' "start, Java test launcher (2nd)" "$launcher_start" "$plain_wiremock_start"
  printf '%-34s %10s %10s\n' "start, Docker image" "$docker_start" "-"
  printf '%-34s %10s %10s\n' "start, floor (bare Spring Boot)" "$floor_start" "$plain_wiremock_start"
  printf '%-34s %10s %10s\n' "resident memory, fast path (MB)" "$fast_stub_rss" "$fast_wiremock_rss"
  printf '%-34s %10s %10s\n' "resident memory, plain path (MB)" "$plain_stub_rss" "$plain_wiremock_rss"
  printf '%-34s %10s\n' "sandbox create (median ms)" "$sandbox_create"
  printf '%-34s %10s\n' "sandbox reset (median ms)" "$sandbox_reset"
  echo
  field() { printf '%s\n' "${rows[@]}" | awk -v n="$1" -v f="$2" '$1 == n {print $f}'; }
  ratio() { # label, a, b, target op, target
    awk -v l="$1" -v a="$2" -v b="$3" -v op="$4" -v t="$5" 'BEGIN {
      if (a == "-" || b == "-") { printf "%-48s %6s  (target %s %.1f: not measured)\n", l, "-", op, t; exit }
      r = (b > 0) ? a / b : 0; met = (op == "<=") ? (r <= t) : (r >= t)
      printf "%-48s %6.2f  (target %s %.1f: %s)\n", l, r, op, t, met ? "met" : "NOT met" }'
  }
  ratio "start, plain java -jar, stub / WireMock" "$plain_stub_start" "$plain_wiremock_start" "<=" 2.0
  ratio "start, start-fast.sh, stub / WireMock" "$fast_stub_start" "$fast_wiremock_start" "<=" 1.0
  ratio "start, ./mvnw spring-boot:run, stub / WireMock" "$mvnrun_start" "$plain_wiremock_start" "<=" 1.0
  ratio "start, Java test launcher, stub / WireMock" "$launcher_start" "$plain_wiremock_start" "<=" 1.0
  ratio "start, Docker image, stub / WireMock" "$docker_start" "-" "<=" 1.0
  for path in fast plain; do
    ratio "GET req/s ($path), stub / WireMock" "$(field $path-stub-get 2)" "$(field $path-wiremock-get 2)" ">=" 1.0
    ratio "PUT bypassMFA req/s ($path), stub / WireMock GET" "$(field $path-stub-put-bypass 2)" \
      "$(field $path-wiremock-get 2)" ">=" 0.7
    ratio "PUT mfaEnabled req/s ($path), stub / WireMock GET" "$(field $path-stub-put-mfa 2)" \
      "$(field $path-wiremock-get 2)" ">=" 0.7
    ratio "GET p99 ($path), stub / WireMock" "$(field $path-stub-get 4)" "$(field $path-wiremock-get 4)" "<=" 1.0
    ratio "GET p50, 1 connection ($path), stub / WireMock" "$(field $path-stub-get-1conn 3)" \
      "$(field $path-wiremock-get-1conn 3)" "<=" 1.2
    eval "ratio \"resident memory ($path), stub / WireMock\" \"\$${path}_stub_rss\" \"\$${path}_wiremock_rss\" \"<=\" 1.0"
  done
  # No targets: what Spring Boot itself costs on the plain path, beside the stub's ratios.
  awk -v a="$floor_start" -v b="$plain_wiremock_start" -v g="$(field floor-get 2)" -v w="$(field plain-wiremock-get 2)" \
    -v s="$(field plain-stub-get 2)" 'BEGIN {
    printf "%-48s %6.2f  (the floor: no target)\n", "start, bare Spring Boot / WireMock (plain)", a / b
    printf "%-48s %6.2f  (the floor: no target)\n", "GET req/s, bare Spring Boot / WireMock (plain)", g / w
    printf "%-48s %6.2f  (the floor: no target)\n", "GET req/s, stub / bare Spring Boot (plain)", s / g }'
  ratio "GET req/s, $large users / $small users" "$(field "stub-get-$large-users" 2)" \
    "$(field "stub-get-$small-users" 2)" ">=" 0.9
  awk -v c="$sandbox_create" -v r="$sandbox_reset" 'BEGIN {
    printf "%-48s %6s  (target <= 50 ms: %s)\n", "sandbox create, ms", c, (c <= 50) ? "met" : "NOT met"
    printf "%-48s %6s  (target <= 50 ms: %s)\n", "sandbox reset, ms", r, (r <= 50) ? "met" : "NOT met" }'
} | tee "$work/report.txt"

bad=$(printf '%s\n' "${rows[@]}" | awk '$5 != 0 || $6 != 0 {print $1}')
if [ -n "$bad" ]; then
  echo "Failed or refused requests under load in: $bad (see $work/wrk-*.txt)" >&2
  exit 1
fi
