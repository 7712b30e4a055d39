#!/usr/bin/env bash
# Field sync under load (issue 8): one phone syncs an inspector's round of INSPECTIONS inspections with 3 photos each
# through the field API of the real host (Release publish, kr pack with its demo, a fresh database dropped at the end).
#   1. The register gets its buildings the way a deployment does: `egov population generate` writes a synthetic
#      population of POPULATION residents (its companies' premises are the multi-use buildings, 근린생활시설) and
#      `egov registry import` imports it; only then does the host start.
#   2. bench/Egov.Benchmarks/Field/FieldSyncRun.cs signs in the division head 장민석 (inspection manager) and the
#      inspector 노은비 at AAL2 through the pages (password, then an authenticator app set up on its page); the manager
#      plans the fire-safety inspection of every multi-use building, province after province, for 노은비 until she holds
#      INSPECTIONS assignments, and hands the surplus to 배현우. Before the sync, the same photo bytes are written to
#      files (flushed) and inserted into a bare PostgreSQL table, CONCURRENCY at once: the baselines. Then the phone
#      downloads its assignments and uploads, CONCURRENCY requests at once, for each inspection 3 JPEGs of 300–600 KB
#      (announce, CHUNK-byte chunks, complete) and one result upload that completes it; the database must then hold
#      exactly that, and the same sync sent again must be answered the same and change no row of the module.
#   3. Beside it: the host's plain-text endpoint with wrk at the same concurrency, before and after; the host's resident
#      memory (/proc, in the driver) and, when dotnet-counters is installed, its GC heap and allocation rate.
# Usage: bench/http/field-sync.sh [INSPECTIONS] [CONCURRENCY] [PROVIDER] [POPULATION] [CHUNK]   (defaults 1000 4 Postgres 150000 262144)
# PROVIDER is Postgres (EGOV_BENCH_POSTGRES, default Host=127.0.0.1;Port=55432;Username=postgres) or Sqlite.
# EGOV_BENCH_LOG=FILE keeps the host's log. Needs wrk (and psql for PostgreSQL).
set -euo pipefail
cd "$(dirname "$0")/../.."
inspections=${1:-1000}
concurrency=${2:-4}
provider=${3:-Postgres}
population=${4:-150000}
chunk=${5:-262144}
port=5097
url="http://127.0.0.1:$port"
work=$(mktemp -d)
postgres=${EGOV_BENCH_POSTGRES:-Host=127.0.0.1;Port=55432;Username=postgres}
database=egov_bench_field_$$
counters=${DOTNET_COUNTERS:-$HOME/.dotnet/tools/dotnet-counters}
# psql with an Npgsql connection string (Host=…;Port=…;Username=…;Password=…).
pg() { psql "$(sed 's/;/ /g; s/Host=/host=/I; s/Port=/port=/I; s/Username=/user=/I; s/Password=/password=/I; s/Database=/dbname=/I' <<<"$1")" "${@:2}"; }
pid=
trap '[ -z "$pid" ] || { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }
  [ -z "${EGOV_BENCH_LOG:-}" ] || cp "$work/host.log" "$EGOV_BENCH_LOG" 2>/dev/null || true; rm -rf "$work"
  [ "$provider" != Postgres ] || pg "$postgres;Database=postgres" -qc "drop database if exists $database with (force)" >/dev/null' EXIT
load() { cut -d' ' -f1-3 /proc/loadavg; }

dotnet publish src/Egov.Host -c Release -o "$work/host" --nologo -v quiet >/dev/null
dotnet build src/Egov.Cli -c Release --nologo -v quiet >/dev/null
dotnet build bench/Egov.Benchmarks -c Release --nologo -v quiet >/dev/null
egov=(dotnet src/Egov.Cli/bin/Release/net10.0/egov.dll)
bench=(dotnet bench/Egov.Benchmarks/bin/Release/net10.0/Egov.Benchmarks.dll)

if [ "$provider" = Postgres ]; then
  pg "$postgres;Database=postgres" -qc "create database $database" >/dev/null
  db="$postgres;Database=$database"
  # A bounded pool, as a production host has: the server's 100 connections are shared with other work.
  export Database__Provider=Postgres ConnectionStrings__Egov="$db;Maximum Pool Size=30"
else
  db="Data Source=$work/egov.db"
  export Database__Provider=Sqlite ConnectionStrings__Egov="$db;Default Timeout=30;Pooling=True"
fi
export Packs__Directory="$PWD/packs" Registries__DemoPopulation__Size=0

start=$(date +%s)
"${egov[@]}" population generate --size "$population" --seed 1 --out "$work/population" >/dev/null
"${egov[@]}" db migrate >/dev/null
"${egov[@]}" registry import "$work/population" --source bench 2>/dev/null | tail -1
rm -rf "$work/population"
echo "population of $population generated and imported on $provider in $(( $(date +%s) - start )) s"

export Logging__LogLevel__Default=Warning Diagnostics__BaselineEndpoint=true \
  Platform__Limits__RequestsPerMinutePerClient=100000000 Platform__Limits__SignInAttemptsPerMinutePerAddress=100000
dotnet "$work/host/Egov.Host.dll" --contentRoot "$work/host" --urls "$url" >"$work/host.log" 2>&1 &
pid=$!
until curl -fs "$url/health/ready" >/dev/null; do kill -0 "$pid" || { cat "$work/host.log"; exit 1; }; sleep 0.5; done
echo "host ready (pid $pid); load average $(load)"

baseline() {
  wrk -t1 -c"$concurrency" -d10s --latency "$url/_baseline/plaintext" >"$work/wrk.txt"
  awk -v l="$(load)" -v c="$concurrency" '/Requests\/sec/ {r = $2} /^ +50%/ {p50 = $2} /^ +99%/ {p99 = $2}
    END { printf "plain-text endpoint (baseline), wrk -c%s: %s req/s, p50 %s, p99 %s; load average %s\n", c, r, p50, p99, l }' "$work/wrk.txt"
}
wrk -t1 -c"$concurrency" -d5s "$url/_baseline/plaintext" >/dev/null   # warm-up: the JIT's first tiers
baseline

if [ -x "$counters" ]; then
  "$counters" collect -p "$pid" --counters System.Runtime --refresh-interval 1 --format csv -o "$work/counters.csv" >/dev/null 2>&1 &
  collector=$!
fi
regions=$(awk -F, '$3 == 1 {print $1}' packs/kr/regions.csv)
status=0
# shellcheck disable=SC2086 # one region an argument
"${bench[@]}" field-sync "$url" "$pid" "$provider" "$db" SEOUL-2010-0630 SEOUL-2019-1102 SEOUL-2017-0815 fire-safety.multi-use 근린생활시설 \
  "$inspections" "$concurrency" "$chunk" $regions || status=$?
if [ -n "${collector:-}" ]; then
  # TERM: a background job of a script ignores INT. The counters' CSV is written as they come.
  kill -TERM "$collector" 2>/dev/null || true; wait "$collector" 2>/dev/null || true
  # Per second: the GC heap after the last collection (all generations), memory the GC committed, bytes allocated,
  # gen-2 collections and pause time, as the runtime's own counters saw them over the driver's run.
  awk -F, '$3 ~ /last_collection.heap.size/ {heap[$1] += $NF} $3 ~ /memory.committed_size/ && $NF > committed {committed = $NF}
    $3 ~ /heap.total_allocated/ {allocated += $NF} $3 ~ /collections.*gen2/ {gen2 += $NF} $3 ~ /gc.pause.time/ {pause += $NF}
    END { for (t in heap) if (heap[t] > peak) peak = heap[t]
      printf "GC (dotnet-counters, the driver'"'"'s run): heap after a collection at most %.0f MB, committed at most %.0f MB; %.0f MB allocated, %d gen-2 collections, %.1f s paused\n",
        peak / 1e6, committed / 1e6, allocated / 1e6, gen2, pause }' "$work/counters.csv"
fi
kill -0 "$pid" || { echo "the host is gone"; exit 1; }
baseline
echo "host resident memory at the end: $(awk '/VmRSS/ {printf "%.0f MiB", $2/1024}' /proc/$pid/status), peak since start $(awk '/VmHWM/ {printf "%.0f MiB", $2/1024}' /proc/$pid/status)"
exit "$status"
