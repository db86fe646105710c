#!/usr/bin/env bash
# The Java test library's launcher against WireMock's start, in one run on one machine:
# a first start (no class cache yet: the jar is extracted, and the JVM writes the cache
# as the stub stops) and a second (with it), on JDK 17 and on JDK 25, beside WireMock
# 3.13.2 launched with `java -jar` on each. Needs `./mvnw verify` (or install) first: it
# runs the library as the invoker built it, in target/it.
#
#   bash bench/launcher.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$root/target/bench-launcher
rm -rf "$work"; mkdir -p "$work/wiremock/mappings"
classes=$root/target/it/target/classes:$root/target/it/target/test-classes
[ -d "$root/target/it/target/test-classes" ] || { echo "Run ./mvnw verify first" >&2; exit 1; }
jar=$(ls "$root"/target/pingone-mfa-stub-*.jar | grep -v plain | head -1)
./mvnw -B -q dependency:copy -Dartifact=org.wiremock:wiremock-standalone:3.13.2 -DoutputDirectory="$work"
cp bench/wiremock-bypass-mapping.json "$work/wiremock/mappings/"
env=abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6
user=7e94b96e-0364-463b-a059-d97d1e4cb1d5

now_ms() { echo $(($(date +%s%N) / 1000000)); }

wiremock_start() { # java -> ms from launch to the first answer
  local port=$((20000 + RANDOM % 12000)) t0 pid
  t0=$(now_ms)
  ("$1" -jar "$work/wiremock-standalone-3.13.2.jar" --port "$port" --bind-address 127.0.0.1 \
    --root-dir "$work/wiremock" --no-request-journal --disable-banner >/dev/null 2>&1) &
  pid=$!
  until curl -sf -m 2 -o /dev/null "http://127.0.0.1:$port/v1/environments/$env/users/$user/bypassMFA"; do
    sleep 0.01
  done
  echo $(($(now_ms) - t0))
  kill $pid; wait $pid 2>/dev/null || true
}

launcher() { # java, cache dir -> "ready-ms=.. sandbox-ms=.. stop-ms=.."
  "$1" -cp "$classes" -Dpingone.stub.jar="$jar" dev.mfastub.junit.LauncherBenchmark "$1" "$2" | tail -1
}

echo "Launcher (bench/launcher.sh): $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores"
printf '%-8s %-30s %10s %12s %10s\n' JDK run "ready ms" "sandbox ms" "stop ms"
for java in "$(command -v java)" /usr/lib/jvm/temurin-25-jdk-amd64/bin/java; do
  [ -x "$java" ] || continue
  version=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')
  cache=$work/cache-$version
  wm=$(wiremock_start "$java")
  first=$(launcher "$java" "$cache")
  second=$(launcher "$java" "$cache")
  for run in "first (no cache)|$first" "second (cache)|$second"; do
    label=${run%%|*}; figures=${run#*|}
    printf '%-8s %-30s %10s %12s %10s\n' "$version" "$label" \
      "$(sed -n 's/.*ready-ms=\([0-9]*\).*/\1/p' <<<"$figures")" \
      "$(sed -n 's/.*sandbox-ms=\([0-9]*\).*/\1/p' <<<"$figures")" \
      "$(sed -n 's/.*stop-ms=\([0-9]*\).*/\1/p' <<<"$figures")"
  done
  printf '%-8s %-30s %10s\n' "$version" "WireMock (java -jar)" "$wm"
  r1=$(sed -n 's/.*ready-ms=\([0-9]*\).*/\1/p' <<<"$first"); r2=$(sed -n 's/.*ready-ms=\([0-9]*\).*/\1/p' <<<"$second")
  awk -v a="$r1" -v b="$r2" -v w="$wm" -v v="$version" \
    'BEGIN { printf "%-8s launcher / WireMock: first %.2f, second %.2f (target <= 1.0)\n", v, a / w, b / w }'
done
