#!/usr/bin/env bash
# The stub against WireMock, in one run on one machine: start time, throughput and
# latency under wrk, resident memory, and the stub's reads with 100 000 users against
# 1 000. Prints a table and one line per ratio (stub / WireMock) with its target.
# See bench/README.md.
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
# The same JDK runs both servers.
java=$(sed -n 's/^java=//p' target/fast/java.txt)
echo "== Fetching WireMock 3.13.2"
./mvnw -B -q dependency:copy -Dartifact=org.wiremock:wiremock-standalone:3.13.2 -DoutputDirectory="$work"
wiremock_jar=$work/wiremock-standalone-3.13.2.jar
mkdir -p "$work/wiremock/mappings"
cp bench/wiremock-bypass-mapping.json "$work/wiremock/mappings/"

# --- helpers -------------------------------------------------------------------------
now_ms() { echo $(($(date +%s%N) / 1000000)); }

free_port() { echo $((20000 + RANDOM % 20000)); }

start_stub() { # port, extra stub args...; sets $server_pid
  local port=$1; shift
  (exec bash ./start-fast.sh --server.port="$port" --stub.h2-database="mem:bench$port" "$@" \
    >"$work/stub-$port.log" 2>&1) &
  server_pid=$!; pids+=("$server_pid")
}

start_wiremock() { # port; sets $server_pid
  (exec "$java" -jar "$wiremock_jar" --port "$1" --bind-address 127.0.0.1 --root-dir "$work/wiremock" \
    --no-request-journal --disable-banner >"$work/wiremock-$1.log" 2>&1) &
  server_pid=$!; pids+=("$server_pid")
}

stop() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }

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

startup() { # stub|wiremock; sets $started: median ms from launch to first success
  local kind=$1 i port t0 times=()
  for i in $(seq 1 "$launches"); do
    port=$(free_port)
    t0=$(now_ms)
    "start_$kind" "$port"
    wait_until "$server_pid" 120 "${kind}_answers" "$port"
    times+=($(($(now_ms) - t0)))
    stop "$server_pid"
  done
  echo "   $kind launches (ms): ${times[*]}"
  started=$(printf '%s\n' "${times[@]}" | median)
}

to_ms() { # wrk's 1.23ms / 850.00us / 1.02s -> ms
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /[0-9]s$/ && v !~ /ms$/) n *= 1000;
    else if (v ~ /m$/) n *= 60000; printf "%.2f", n }'
}

load() { # name, url, token or "", lua script or "" -> one table row; warm-up first
  local name=$1 url=$2 tok=$3 script=$4 args=(-t2 -c"$connections" --latency) out
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

echo "== Start time, median of $launches launches"
startup stub
stub_start=$started
startup wiremock
wiremock_start=$started

rows=()
echo "== Load: wrk, $connections connections, ${warmup}s warm-up, ${duration}s measured"
port=$(free_port)
start_stub "$port"
stub_pid=$server_pid
wait_until "$stub_pid" 120 stub_answers "$port"
tok=$(token "$port")
base="http://127.0.0.1:$port/v1/environments/$env/users/$user"
rows+=("$(load stub-get "$base/bypassMFA" "$tok" "")")
rows+=("$(load stub-put-bypass "$base/bypassMFA" "$tok" "$work/put-bypass.lua")")
rows+=("$(load stub-put-mfa "$base/mfaEnabled" "$tok" "$work/put-mfa.lua")")
stub_rss=$(rss_mb "$stub_pid")
stop "$stub_pid"

port=$(free_port)
start_wiremock "$port"
wiremock_pid=$server_pid
wait_until "$wiremock_pid" 60 wiremock_answers "$port"
rows+=("$(load wiremock-get "http://127.0.0.1:$port/v1/environments/$env/users/$user/bypassMFA" "" "")")
wiremock_rss=$(rss_mb "$wiremock_pid")
stop "$wiremock_pid"

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
  echo "Benchmark ($mode): $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $("$java" -version 2>&1 | head -1)"
  echo
  printf '%-22s %10s %9s %9s %8s %7s\n' "load" "req/s" "p50 ms" "p99 ms" "non-2xx" "errors"
  for row in "${rows[@]}"; do
    # shellcheck disable=SC2086
    printf '%-22s %10s %9s %9s %8s %7s\n' $row
  done
  echo
  printf '%-22s %10s %10s\n' "" "stub" "WireMock"
  printf '%-22s %10s %10s\n' "start (median ms)" "$stub_start" "$wiremock_start"
  printf '%-22s %10s %10s\n' "resident memory (MB)" "$stub_rss" "$wiremock_rss"
  echo
  field() { printf '%s\n' "${rows[@]}" | awk -v n="$1" -v f="$2" '$1 == n {print $f}'; }
  ratio() { # label, a, b, target op, target
    awk -v l="$1" -v a="$2" -v b="$3" -v op="$4" -v t="$5" 'BEGIN {
      r = (b > 0) ? a / b : 0; met = (op == "<=") ? (r <= t) : (r >= t)
      printf "%-40s %6.2f  (target %s %.1f: %s)\n", l, r, op, t, met ? "met" : "NOT met" }'
  }
  ratio "start time, stub / WireMock" "$stub_start" "$wiremock_start" "<=" 1.0
  ratio "GET req/s, stub / WireMock" "$(field stub-get 2)" "$(field wiremock-get 2)" ">=" 1.0
  ratio "PUT bypassMFA req/s, stub / WireMock GET" "$(field stub-put-bypass 2)" "$(field wiremock-get 2)" ">=" 0.7
  ratio "PUT mfaEnabled req/s, stub / WireMock GET" "$(field stub-put-mfa 2)" "$(field wiremock-get 2)" ">=" 0.7
  ratio "GET p99, stub / WireMock" "$(field stub-get 4)" "$(field wiremock-get 4)" "<=" 1.0
  ratio "resident memory, stub / WireMock" "$stub_rss" "$wiremock_rss" "<=" 1.0
  ratio "GET req/s, $large users / $small users" "$(field "stub-get-$large-users" 2)" \
    "$(field "stub-get-$small-users" 2)" ">=" 0.9
} | tee "$work/report.txt"

bad=$(printf '%s\n' "${rows[@]}" | awk '$5 != 0 || $6 != 0 {print $1}')
if [ -n "$bad" ]; then
  echo "Failed or refused requests under load in: $bad (see $work/wrk-*.txt)" >&2
  exit 1
fi
