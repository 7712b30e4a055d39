#!/usr/bin/env bash
# The public verification API (POST /api/v1/documents/verify by number) against a minimal-API JSON endpoint of the
# same host (POST /_baseline/json: binds a small JSON body, answers a small object), in one run, wrk on loopback.
# Every verification of a known number writes a row (the holder sees each check), so this is a write per request.
# The per-client API limit is raised for the run (Platform:Limits:RequestsPerMinutePerClient): wrk is one client.
# Usage: bench/http/documents-verify.sh [duration-seconds] [connections]   (needs wrk)
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-15}
connections=${2:-16}
port=5097
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT

dotnet publish src/Egov.Host -c Release -o "$work/host" --nologo -v quiet >/dev/null
dotnet publish src/Egov.Cli -c Release -o "$work/cli" --nologo -v quiet >/dev/null
export ConnectionStrings__Egov="$work/egov.db" Logging__LogLevel__Default=Warning
Diagnostics__BaselineEndpoint=true Platform__Limits__RequestsPerMinutePerClient=100000000 \
  dotnet "$work/host/Egov.Host.dll" --contentRoot "$work/host" --urls "http://127.0.0.1:$port" >"$work/host.log" 2>&1 &
pid=$!
until curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null; do sleep 0.1; done

# A real certificate, issued by the operators' command line into the host's database (the demo resident Kim Minjun).
number=$(dotnet "$work/cli/egov.dll" documents issue --type basic-certificate --resident 780412-1023453 --out "$work/x.pdf" \
  | awk '/^issued/ {print $2}')
echo "issued $number ($(stat -c %s "$work/x.pdf") bytes)"

body="{\"number\":\"$number\"}"
for path in /api/v1/documents/verify /_baseline/json; do
  curl -fsS -X POST "http://127.0.0.1:$port$path" -H 'Content-Type: application/json' -d "$body" -o "$work/answer.json"
  echo "$path answers: $(head -c 160 "$work/answer.json")"
done
cat >"$work/post.lua" <<LUA
wrk.method = "POST"
wrk.body = '$body'
wrk.headers["Content-Type"] = "application/json"
LUA

rps() { wrk -t2 -c"$connections" -d"${duration}s" --latency -s "$work/post.lua" "http://127.0.0.1:$port$1" | tee "$work/wrk.txt" >&2; awk '/Requests\/sec/ {print $2}' "$work/wrk.txt"; }
baseline=$(rps /_baseline/json)
verify=$(rps /api/v1/documents/verify)
echo "verification rows written: $(sqlite3 "$work/egov.db" 'select count(*) from documents_verifications')"
echo "minimal-API JSON endpoint (baseline): $baseline req/s"
echo "verify by number:                     $verify req/s"
awk -v v="$verify" -v b="$baseline" 'BEGIN { printf "ratio verify : JSON baseline = %.2f\n", v / b }'
