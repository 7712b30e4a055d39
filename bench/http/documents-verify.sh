#!/usr/bin/env bash
# The public verification API (POST /api/v1/documents/verify by number) against a minimal-API JSON endpoint of the
# same host (POST /_baseline/json: binds a small JSON body, answers a small object), in one run, wrk on loopback.
# Every verification of a known number writes a row (the holder sees each check), so this is a write per request.
# The per-client API limit is raised for the run (Platform:Limits:RequestsPerMinutePerClient): wrk is one client.
# Both endpoints are warmed up first (JIT tiering), and the host's CPU time per request is printed beside req/s:
# on a shared machine it stays comparable when req/s does not.
# Usage: bench/http/documents-verify.sh [duration-seconds] [connections…]   (needs wrk; several counts, e.g. "64 256",
# measure both endpoints at each in turn on the same host)
# EGOV_BENCH_POSTGRES="Host=…;Username=…" runs on a fresh PostgreSQL database there instead of SQLite (needs psql).
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-15}
connections=${2:-64}
port=5097
work=$(mktemp -d)
postgres=${EGOV_BENCH_POSTGRES:-}
database=egov_bench_$$
# psql with an Npgsql connection string (Host=…;Port=…;Username=…;Password=…).
pg() { psql "$(sed 's/;/ /g; s/Host=/host=/I; s/Port=/port=/I; s/Username=/user=/I; s/Password=/password=/I; s/Database=/dbname=/I' <<<"$1")" "${@:2}"; }
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"
  [ -z "$postgres" ] || pg "$postgres;Database=postgres" -qc "drop database if exists $database" >/dev/null' EXIT

dotnet publish src/Egov.Host -c Release -o "$work/host" --nologo -v quiet >/dev/null
dotnet publish src/Egov.Cli -c Release -o "$work/cli" --nologo -v quiet >/dev/null
export ConnectionStrings__Egov="$work/egov.db" Logging__LogLevel__Default=Warning
if [ -n "$postgres" ]; then
  pg "$postgres;Database=postgres" -qc "create database $database" >/dev/null
  export Database__Provider=Postgres ConnectionStrings__Egov="$postgres;Database=$database"
fi
rows() { if [ -n "$postgres" ]; then pg "$ConnectionStrings__Egov" -Atc 'select count(*) from documents.verifications';
  else sqlite3 "$work/egov.db" 'select count(*) from documents_verifications'; fi; }
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

cpu() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
# Prints "req/s CPU-ms-per-request" for one endpoint at $2 connections.
rps() {
  local before after
  before=$(cpu)
  wrk -t2 -c"$2" -d"${duration}s" --latency -s "$work/post.lua" "http://127.0.0.1:$port$1" | tee "$work/wrk.txt" >&2
  after=$(cpu)
  awk -v b="$before" -v a="$after" -v hz="$(getconf CLK_TCK)" '/requests in/ {n = $1} /Requests\/sec/ {r = $2}
    END { printf "%s %.3f", r, (a - b) * 1000 / hz / n }' "$work/wrk.txt"
}
for c in $connections; do
  for path in /_baseline/json /api/v1/documents/verify; do
    wrk -t2 -c"$c" -d5s -s "$work/post.lua" "http://127.0.0.1:$port$path" >/dev/null
  done
  before=$(rows)
  read -r baseline baseline_cpu <<<"$(rps /_baseline/json "$c")"
  read -r verify verify_cpu <<<"$(rps /api/v1/documents/verify "$c")"
  echo "== $c connections"
  echo "verification rows written in the measured run: $(( $(rows) - before ))"
  echo "minimal-API JSON endpoint (baseline): $baseline req/s, $baseline_cpu ms host CPU per request"
  echo "verify by number:                     $verify req/s, $verify_cpu ms host CPU per request"
  awk -v v="$verify" -v b="$baseline" 'BEGIN { printf "ratio verify : JSON baseline = %.2f\n", v / b }'
done
