#!/usr/bin/env bash
# Two ways of running the stub against each other, in turns (A, B, A, B) so the machine's
# load falls on both: GET bypassMFA and PUT bypassMFA under wrk (32 connections, 10 s
# warm-up, 10 s measured), GET's p50 on one connection in sequence (5 s, what a serial
# test suite feels), and resident memory. Each way is JVM options added to
# start-fast.sh's own (a later option wins; stub properties go as -D), run from a checkout
# (the third and fourth arguments; this one by default), so old code can be measured
# against new in one invocation. Prints each round and the ratios B / A. Run
# ./start-fast.sh prepare in each checkout first.
#
#   bash bench/compare.sh "" "-Dspring.threads.virtual.enabled=false"
#   bash bench/compare.sh "" "-Xmx512m"
#   bash bench/compare.sh "" "" /tmp/old-checkout .     # old code (A) against this (B)
set -euo pipefail
cd "$(dirname "$0")/.."
work=target/bench
mkdir -p "$work"
env=abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6
user=7e94b96e-0364-463b-a059-d97d1e4cb1d5
cat >"$work/compare-put.lua" <<'EOF'
wrk.method = "PUT"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"bypassMFAEnabledUntil":"2030-12-31T00:00:00.000Z"}'
EOF

round() { # label, JVM options, checkout: prints "label get-rps get-p99 put-rps rss-MB get1-p50"
  local port=$((20000 + RANDOM % 12000)) pid token url out get put rss
  STUB_JAVA_OPTS="$2" bash "$3/start-fast.sh" --server.port=$port --stub.h2-database=mem:compare$port \
    >"$work/compare-$port.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do
    token=$(curl -s -m 2 -u 6f2f1a43-5c1e-4b8e-9a57-1c0d2e3f4a01:stub-admin-secret -d grant_type=client_credentials \
      "http://127.0.0.1:$port/$env/as/token" 2>/dev/null | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
    [ -n "$token" ] && break
    sleep 0.1
  done
  url="http://127.0.0.1:$port/v1/environments/$env/users/$user/bypassMFA"
  wrk -t2 -c32 -d10s -H "Authorization: Bearer $token" "$url" >/dev/null
  out=$(wrk -t2 -c32 -d10s --latency -H "Authorization: Bearer $token" "$url")
  get="$(echo "$out" | awk '/^Requests\/sec:/ {printf "%d", $2}') $(echo "$out" | awk '$1 == "99%" {print $2}')"
  wrk -t2 -c32 -d10s -s "$work/compare-put.lua" -H "Authorization: Bearer $token" "$url" >/dev/null
  out=$(wrk -t2 -c32 -d10s -s "$work/compare-put.lua" -H "Authorization: Bearer $token" "$url")
  put=$(echo "$out" | awk '/^Requests\/sec:/ {printf "%d", $2}')
  rss=$(awk '/^VmRSS:/ {printf "%d", $2 / 1024}' "/proc/$pid/status")
  out=$(wrk -t1 -c1 -d5s --latency -H "Authorization: Bearer $token" "$url")
  echo "$1 $get $put $rss $(echo "$out" | awk '$1 == "50%" {print $2}')"
  kill $pid
  wait $pid 2>/dev/null || true
}

a=${1:-}
b=${2:-}
dir_a=$(cd "${3:-.}" && pwd)
dir_b=$(cd "${4:-.}" && pwd)
echo "A: ${1:-(defaults)} in $dir_a"
echo "B: ${2:-(defaults)} in $dir_b"
echo "label get-req/s get-p99 put-req/s rss-MB get1-p50"
results=()
for _ in 1 2; do
  results+=("$(round A "$a" "$dir_a")"); echo "${results[-1]}"
  results+=("$(round B "$b" "$dir_b")"); echo "${results[-1]}"
done
printf '%s\n' "${results[@]}" | awk '
  function ms(v) { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /[0-9]s$/ && v !~ /ms$/) n *= 1000; return n }
  { k = $1; get[k] += $2; p99[k] += ms($3); put[k] += $4; rss[k] += $5; p50[k] += ms($6) }
  END { printf "B / A: GET req/s %.2f, GET p99 %.2f, PUT req/s %.2f, resident memory %.2f, GET p50 on one connection %.2f\n",
    get["B"] / get["A"], p99["B"] / p99["A"], put["B"] / put["A"], rss["B"] / rss["A"], p50["B"] / p50["A"] }'
