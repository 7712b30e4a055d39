#!/usr/bin/env bash
# Measures the host as an operator sees it, in one run on this machine:
#   - time from process start to the first answered request,
#   - resident memory at idle,
#   - requests/s of /health/live against a plain-text endpoint of the same host (wrk, same run).
# Usage: bench/http/host-baseline.sh [duration-seconds]   (needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-15}
port=5099
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT

dotnet publish src/Egov.Host -c Release -o "$work/host" --nologo -v quiet >/dev/null

start=$(date +%s%N)
ConnectionStrings__Egov="$work/egov.db" Diagnostics__BaselineEndpoint=true Logging__LogLevel__Default=Warning \
  dotnet "$work/host/Egov.Host.dll" --contentRoot "$work/host" --urls "http://127.0.0.1:$port" >"$work/host.log" 2>&1 &
pid=$!
until curl -fs "http://127.0.0.1:$port/health/live" >/dev/null; do sleep 0.02; done
first=$(date +%s%N)
echo "first answered request: $(( (first - start) / 1000000 )) ms after start (fresh database, migrations included)"

sleep 5
echo "idle resident memory: $(awk '/VmRSS/ {printf "%.0f MiB", $2/1024}' /proc/$pid/status)"

rps() { wrk -t2 -c32 -d"${duration}s" "http://127.0.0.1:$port$1" | awk '/Requests\/sec/ {print $2}'; }
plain=$(rps /_baseline/plaintext)
health=$(rps /health/live)
echo "plain text endpoint: $plain req/s"
echo "/health/live:        $health req/s"
awk -v h="$health" -v p="$plain" 'BEGIN { printf "ratio /health/live : plain text = %.2f\n", h / p }'
