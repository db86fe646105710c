#!/usr/bin/env bash
# Starts the stub as fast as this machine allows: the jar extracted, Spring AOT on, and a
# JVM class cache made by a training run (JDK 25's AOT cache; a JDK 17-24 gets an AppCDS
# archive instead). Arguments go to the stub, like --server.port=9090.
#
#   ./start-fast.sh [--stub arguments]   prepares on first use, then starts the stub
#   ./start-fast.sh prepare              builds the jar, extracts it and runs the training
#   ./start-fast.sh build | train        each half of prepare (the Dockerfile's two steps)
#
# It prepares again by itself when the code or the jar is newer than the cache (a cache
# made from another jar is refused by the JVM, which then starts slowly). The JDK is
# $STUB_JAVA, else the newest of $JAVA_HOME, Temurin 25 and `java`. JVM options can be
# added with $STUB_JAVA_OPTS. See "Starting fast" in the README.
set -euo pipefail
root="$(cd "$(dirname "$0")" && pwd)"
fast="$root/target/fast"

pick_java() {
  if [ -n "${STUB_JAVA:-}" ]; then echo "$STUB_JAVA"; return; fi
  local best="" best_version=0 candidate version
  for candidate in "${JAVA_HOME:+$JAVA_HOME/bin/java}" /usr/lib/jvm/temurin-25-jdk-amd64/bin/java "$(command -v java || true)"; do
    [ -n "$candidate" ] && [ -x "$candidate" ] || continue
    version=$(java_version "$candidate")
    if [ "$version" -gt "$best_version" ]; then best=$candidate; best_version=$version; fi
  done
  [ -n "$best" ] || { echo "start-fast.sh: no JDK found; set STUB_JAVA" >&2; exit 1; }
  echo "$best"
}

java_version() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}

java=$(pick_java)
version=$(java_version "$java")
# Small and quick to warm: a stub in someone's test run should not take their memory, and
# lives for minutes, not days. The serial collector and a 256 MB heap keep the resident
# set low; C1 alone compiles the hot paths within seconds where C2 kept compiling through
# the first minute of load (bench/compare.sh: +21% GET, +31% PUT, -25% p99 and memory).
# On JDK 21+ requests run on virtual threads (+8% GET), so an injected latency or a slow
# client holds no thread. See bench/RESULTS.md.
jvm_opts=(-XX:+UseSerialGC -Xms32m -Xmx256m -XX:TieredStopAtLevel=1 -Dspring.aot.enabled=true)
if [ "$version" -ge 21 ]; then
  jvm_opts+=(-Dspring.threads.virtual.enabled=true)
fi
if [ "$version" -ge 25 ]; then
  cache="$fast/app.aot"
  train_opts=(-XX:AOTCacheOutput="$cache")
  # Errors only: JDK 25 warns on every start about adapters it could not link.
  run_opts=(-XX:AOTCache="$cache" -Xlog:aot*=error)
else
  cache="$fast/app.jsa"
  train_opts=(-XX:ArchiveClassesAtExit="$cache")
  run_opts=(-XX:SharedArchiveFile="$cache")
fi
# The cache is made from this class path and refuses any other. The stub runs in the
# caller's directory, so relative paths in its arguments (file: seeds and databases) mean
# what they mean with ./mvnw spring-boot:run.
app=(-jar "$(ls "$fast"/pingone-mfa-stub-*.jar 2>/dev/null | head -1 || true)")

build() {
  echo "start-fast.sh: building the jar" >&2
  (cd "$root" && ./mvnw -B -q -DskipTests package)
  rm -rf "$fast"
  local jar
  jar=$(ls "$root"/target/pingone-mfa-stub-*.jar | grep -v plain | head -1)
  "$java" -Djarmode=tools -jar "$jar" extract --destination "$fast" >/dev/null
  app=(-jar "$fast/$(basename "$jar")")
  echo "java=$java" >"$fast/java.txt"
}

prepare() {
  build
  train
}

# The training run: starts the stub on a free port, sends the requests a test suite sends
# (a token, reads and writes, a 404, the control plane), and stops it; the JVM writes the
# cache as it exits.
train() {
  echo "start-fast.sh: training run for the class cache ($cache)" >&2
  local port=$((20000 + RANDOM % 12000)) base env=abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6
  local user=7e94b96e-0364-463b-a059-d97d1e4cb1d5 token pid i
  base="http://127.0.0.1:$port"
  (exec "$java" "${jvm_opts[@]}" "${train_opts[@]}" "${app[@]}" --server.port=$port \
    --stub.h2-database=mem:training >"$fast/training.log" 2>&1) &
  pid=$!
  for i in $(seq 1 600); do
    curl -sf -m 2 -o /dev/null "$base/actuator/health" && break
    kill -0 $pid 2>/dev/null || { cat "$fast/training.log" >&2; echo "start-fast.sh: training run failed" >&2; exit 1; }
    sleep 0.2
  done
  for i in $(seq 1 20); do
    token=$(curl -s -u 6f2f1a43-5c1e-4b8e-9a57-1c0d2e3f4a01:stub-admin-secret -d grant_type=client_credentials \
      "$base/$env/as/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
    local auth="Authorization: Bearer $token" json='Content-Type: application/json'
    curl -s -o /dev/null -H "$auth" "$base/v1/environments/$env/users/$user/bypassMFA"
    curl -s -o /dev/null -H "$auth" "$base/v1/environments/$env/users/$user/mfaEnabled"
    curl -s -o /dev/null -H "$auth" -H "$json" -X PUT -d '{"mfaEnabled":true}' \
      "$base/v1/environments/$env/users/$user/mfaEnabled"
    curl -s -o /dev/null -H "$auth" -H "$json" -X PUT -d '{"bypassMFAEnabledUntil":"2030-12-31T00:00:00.000Z"}' \
      "$base/v1/environments/$env/users/$user/bypassMFA"
    curl -s -o /dev/null -H "$auth" "$base/v1/environments/$env/users?filter=username%20eq%20%22ada%22"
    curl -s -o /dev/null -H "$auth" "$base/v1/environments/$env/users/00000000-0000-4000-8000-000000000000"
    curl -s -o /dev/null -H "$auth" -H "$json" -X PUT -d '{"bypassMFAEnabledUntil":"soon"}' \
      "$base/v1/environments/$env/users/$user/bypassMFA"
    curl -s -o /dev/null "$base/v1/environments/$env/users/$user/bypassMFA"
    curl -s -o /dev/null -H "$json" -X POST -d '{}' "$base/__stub/environments"
    curl -s -o /dev/null "$base/__stub/environments/$env/events?since=0"
  done
  # The hot paths many times over, so the cache holds their profiles and the JIT compiles
  # them early in a real run: one curl process per kind, on one kept-alive connection.
  local reads=$fast/training-reads.curl
  for i in $(seq 1 1500); do
    echo "url = \"$base/v1/environments/$env/users/$user/bypassMFA\""
    echo "url = \"$base/v1/environments/$env/users/$user/mfaEnabled\""
  done >"$reads"
  curl -s -H "Authorization: Bearer $token" -K "$reads" >/dev/null || true
  sed 's/mfaEnabled/bypassMFA/' "$reads" | curl -s -X PUT -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' -d '{"bypassMFAEnabledUntil":"2030-12-31T00:00:00.000Z"}' -K - >/dev/null || true
  sed 's/bypassMFA/mfaEnabled/' "$reads" | curl -s -X PUT -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' -d '{"mfaEnabled":true}' -K - >/dev/null || true
  kill -TERM $pid
  wait $pid || true
  [ -f "$cache" ] || { cat "$fast/training.log" >&2; echo "start-fast.sh: no cache was written" >&2; exit 1; }
}

case "${1:-}" in
  prepare) prepare; exit 0 ;;
  # The Docker image's two steps: the jar where Maven is, the training where it runs.
  build) build; exit 0 ;;
  train) train; exit 0 ;;
esac
# In a checkout, prepare when the cache is missing or older than the jar, the sources or
# the build: a cache made from other classes is refused, and the stub would start slowly
# (or run old code). Without a pom.xml (the Docker image, which holds only target/fast
# and this script) the cache made when the image was built is used as it is.
stale() {
  [ -f "$cache" ] || return 0
  [ -f "$root/pom.xml" ] || return 1
  local jar
  jar=$(ls "$root"/target/pingone-mfa-stub-*.jar 2>/dev/null | grep -v plain | head -1 || true)
  [ -n "$jar" ] && [ ! "$jar" -nt "$cache" ] || return 0
  [ -z "$(find "$root/pom.xml" "$root/src/main" -newer "$cache" -print -quit)" ] || return 0
  return 1
}
if stale; then
  prepare
fi
# shellcheck disable=SC2086
exec "$java" "${jvm_opts[@]}" "${run_opts[@]}" ${STUB_JAVA_OPTS:-} "${app[@]}" "$@"
