#!/usr/bin/env bash
# `egov benefits evaluate --all` over a generated population imported into a fresh PostgreSQL database: residents/s,
# wall time, the CLI's CPU and peak memory (/usr/bin/time), and the CPU PostgreSQL spent serving it (its backends for
# the run's database, sampled from /proc every 0.2 s, so other databases of a shared cluster are not counted).
# Before the run, one living resident in ten declares the facts the rules read (income, rent, daycare…), so the
# fact-reading rules grant too and the fact query returns rows.
# Usage: bench/benefits-evaluate.sh FOLDER [AS_OF]   e.g. after `egov population generate --size 1000000 --seed 1 --out /tmp/pop-1m`
# KEEP_DATABASE=1 evaluates the database a previous run left, without importing again (e.g. after a code change);
# DATABASE names another database to evaluate (e.g. the national one bench/registry-import.sh left), with KEEP_DATABASE=1.
# Needs a PostgreSQL server on the same machine: PGPORT (default 55432) on 127.0.0.1, user postgres, trust authentication.
set -euo pipefail
cd "$(dirname "$0")/.."
folder=$(realpath "${1:?usage: bench/benefits-evaluate.sh FOLDER [AS_OF]}")
as_of=${2:-2025-06-01}
port=${PGPORT:-55432}
db=${DATABASE:-egov_bench_benefits}
psql=(psql -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1 -q)
work=$(mktemp -d)
sampler=
# A failed run stops its sampler too (it would poll the server for ever).
trap '[ -n "$sampler" ] && kill "$sampler" 2>/dev/null; rm -rf "$work"' EXIT
mkdir "$work/population"
for f in addresses households residents family_links; do ln -s "$folder/$f.csv" "$work/population/$f.csv"; done

dotnet build -c Release src/Egov.Cli --nologo -v quiet >/dev/null
# No generated demo population beside the imported one: the same generator would make the same people twice.
export Database__Provider=Postgres ConnectionStrings__Egov="Host=127.0.0.1;Port=$port;Username=postgres;Database=$db" \
  Packs__Directory="$PWD/packs" Logging__LogLevel__Default=Warning Registries__DemoPopulation__Size=0
egov=(dotnet src/Egov.Cli/bin/Release/net10.0/egov.dll)
if [ "${KEEP_DATABASE:-0}" != 1 ]; then
  "${psql[@]}" -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"
  "${egov[@]}" db migrate >/dev/null
  "${egov[@]}" registry import "$work/population" --source bench --first-load >"$work/import.log" 2>&1 || { cat "$work/import.log"; exit 1; }

  # Declared facts for a seeded tenth of the living (setseed makes the same people declare the same values every run).
  "${psql[@]}" -d "$db" -c "SELECT setseed(0.1); CREATE TEMP TABLE declaring AS
      SELECT id, random() AS r FROM registries.residents WHERE status = 'alive' AND random() < 0.1" -c "
    INSERT INTO benefits.declared_facts (resident_id, fact, value, declared_at, declared_by)
    SELECT id, f.fact, f.value, now(), 'bench' FROM declaring, LATERAL (VALUES
      ('IncomePercentOfMedian', (floor(r * 250))::text),
      ('MonthlyIncome', (floor(r * 4000000))::text),
      ('LivelihoodRecipient', (r < 0.08)::text),
      ('SevereDisability', (r * 100 - floor(r * 100) < 0.05)::text),
      ('InDaycare', (r * 10 - floor(r * 10) < 0.5)::text),
      ('Student', (r * 1000 - floor(r * 1000) < 0.3)::text),
      ('MonthlyRent', (floor((r * 7 - floor(r * 7)) * 900000))::text)) AS f(fact, value)" \
    -c "VACUUM (ANALYZE)" >/dev/null
fi
echo "declared facts: $("${psql[@]}" -d "$db" -At -c "SELECT count(*) || ' facts of ' || count(DISTINCT resident_id) || ' residents' FROM benefits.declared_facts")"

# CPU ticks of every backend serving this database, last value per pid; summed after the run.
sample() {
  while :; do
    for pid in $("${psql[@]}" -d postgres -At -c "SELECT pid FROM pg_stat_activity WHERE datname = '$db' AND pid <> pg_backend_pid()"); do
      [ -r "/proc/$pid/stat" ] && awk -v p="$pid" '{ print p, $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || true
    done
    sleep 0.2
  done >>"$work/backend-ticks"
}

echo "== egov benefits evaluate --all --as-of $as_of (load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
sample &
sampler=$!
/usr/bin/time -f "CLI: %e s wall, %U s user, %S s system, peak memory %M KiB" \
  "${egov[@]}" benefits evaluate --all --as-of "$as_of" --out "$work/results.csv" 2>"$work/run.err"
kill "$sampler"
grep " residents (" "$work/run.err" | tail -1; grep -v " residents (" "$work/run.err" || true
awk -v hz="$(getconf CLK_TCK)" '{ last[$1] = $2 } END { for (p in last) s += last[p]; printf "PostgreSQL backends of the run: %.1f s CPU (%d connections)\n", s / hz, length(last) }' "$work/backend-ticks"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg); rows written: $(($(wc -l <"$work/results.csv") - 1))"
# The rows' order may change with the code (chunks evaluated in parallel); their set may not: compare this across runs.
echo "sha256 of the rows, sorted: $(tail -n +2 "$work/results.csv" | LC_ALL=C sort | sha256sum | cut -d' ' -f1)"
