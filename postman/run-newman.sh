#!/usr/bin/env bash
# Runs the Postman collection against a stub that is already running, with newman.
#
#   bash postman/run-newman.sh [BASE_URL]      # default http://127.0.0.1:8080
#
# BASE_URL is the stub's base, e.g. http://127.0.0.1:18181: {{authPath}} becomes BASE_URL
# and {{apiPath}} BASE_URL/v1; everything else comes from local.postman_environment.json.
# It neither starts nor stops the stub. It exits non-zero when any assertion fails
# (newman --bail stops at the first failure). Needs Node.js 16+ with npx; newman is
# fetched by npx on first use. Extra arguments after BASE_URL are passed to newman.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
base="${1:-http://127.0.0.1:8080}"
base="${base%/}"
shift $(($# > 0 ? 1 : 0))

if ! command -v npx >/dev/null 2>&1; then
  echo "run-newman.sh: npx not found; install Node.js 16 or newer" >&2
  exit 2
fi

echo "Running the PingOne MFA Stub collection against $base (authPath=$base, apiPath=$base/v1)"
exec npx --yes newman@6 run "$here/pingone-mfa-stub.postman_collection.json" \
  --environment "$here/local.postman_environment.json" \
  --env-var "authPath=$base" \
  --env-var "apiPath=$base/v1" \
  --bail \
  --color off \
  "$@"
