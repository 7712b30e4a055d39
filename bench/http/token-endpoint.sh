#!/usr/bin/env bash
# Token endpoint throughput (client credentials, the demo partner) against the raw crypto limits measured in
# the same run: RSA-2048 signing (the ID/access token signature) and ECDSA P-256 sign/verify (openssl speed, 1 core).
# Usage: bench/http/token-endpoint.sh [duration-seconds]   (needs wrk and openssl)
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-15}
port=5098
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT

dotnet publish src/Egov.Host -c Release -o "$work/host" --nologo -v quiet >/dev/null
ConnectionStrings__Egov="$work/egov.db" Logging__LogLevel__Default=Warning \
  Platform__Limits__RequestsPerMinutePerClient=100000000 \
  dotnet "$work/host/Egov.Host.dll" --contentRoot "$work/host" --urls "http://127.0.0.1:$port" >"$work/host.log" 2>&1 &
pid=$!
until curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null; do sleep 0.1; done

cat >"$work/token.lua" <<'LUA'
wrk.method = "POST"
wrk.body = "grant_type=client_credentials&client_id=demo-bank&client_secret=demo-bank-development-secret&scope=registries.exchange"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
LUA
curl -fsS -X POST "http://127.0.0.1:$port/connect/token" --data @<(sed -n 's/^wrk.body = "\(.*\)"$/\1/p' "$work/token.lua") \
  -H 'Content-Type: application/x-www-form-urlencoded' -o /dev/null  # warm-up: keys created, caches filled

echo "token endpoint (client credentials, wrk -t2 -c16, ${duration}s, 2 cores shared with wrk):"
wrk -t2 -c16 -d"${duration}s" -s "$work/token.lua" "http://127.0.0.1:$port/connect/token" | awk '/Requests\/sec|Non-2xx|Latency/'
echo "raw crypto on one core (openssl speed, same run):"
openssl speed -seconds 3 rsa2048 ecdsap256 2>/dev/null | awk '/^rsa 2048|^ *256 bits ecdsa/'
