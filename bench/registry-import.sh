#!/usr/bin/env bash
# Imports the residents, households and addresses of a population folder into a fresh PostgreSQL database with
# `egov registry import`, then, in the same run, copies the same residents.csv with psql's own \copy into a plain
# table of the same columns (no keys, no indexes, no encryption) as the baseline; then, as the ceiling any importer
# of this register could reach, PostgreSQL alone loading the imported rows themselves (already checked and
# encrypted) into a copy of the register table: binary COPY with the primary key, the other indexes built after, as
# --first-load does. Last, after VACUUM ANALYZE, times look-ups of residents by number and name through
# IResidentDirectory and their two database parts. SKIP_CEILING=1 leaves the ceiling out (at national size its
# copies need some 30 GB more disk).
# Usage: bench/registry-import.sh FOLDER [import options]     e.g. after `egov population generate --size 1000000 --seed 1 --out /tmp/pop-1m`
# (options go to `egov registry import`, e.g. --first-load)
# Needs a PostgreSQL server: PGPORT (default 55432) on 127.0.0.1, user postgres, trust authentication.
set -euo pipefail
cd "$(dirname "$0")/.."
folder=$(realpath "${1:?usage: bench/registry-import.sh FOLDER [import options]}")
shift
port=${PGPORT:-55432}
db=egov_bench_import
psql=(psql -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1 -q)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/population"
for f in addresses households residents; do ln -s "$folder/$f.csv" "$work/population/$f.csv"; done

dotnet build -c Release src/Egov.Cli --nologo -v quiet >/dev/null
dotnet build -c Release bench/Egov.Benchmarks --nologo -v quiet >/dev/null
"${psql[@]}" -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"
# No demo population: the generator would make some of the same people (and numbers) again.
export Database__Provider=Postgres ConnectionStrings__Egov="Host=127.0.0.1;Port=$port;Username=postgres;Database=$db" Packs__Directory="$PWD/packs" \
  Registries__DemoPopulation__Size=0
egov=(dotnet src/Egov.Cli/bin/Release/net10.0/egov.dll)
"${egov[@]}" db migrate >/dev/null

echo "== egov registry import (addresses, households, residents)"
/usr/bin/time -f "peak memory %M KiB, %e s wall, %U s user" "${egov[@]}" registry import "$work/population" --source bench "$@" 2>"$work/import.err"
grep -v "rows/s$" "$work/import.err" || true

echo "== psql \\copy of the same residents.csv into a plain table"
"${psql[@]}" -d "$db" -c "CREATE TABLE bench_residents (resident_id bigint, resident_number text, name text, latin_name text, birth_date date,
  sex text, nationality text, status text, died_on date, region_code text, household_id bigint, relation_to_head text, phone text)"
rows=$(($(wc -l <"$folder/residents.csv") - 1))
start=$(date +%s.%N)
"${psql[@]}" -d "$db" -c "\\copy bench_residents FROM '$folder/residents.csv' WITH (FORMAT csv, HEADER true)"
end=$(date +%s.%N)
awk -v r="$rows" -v s="$start" -v e="$end" 'BEGIN { printf "residents.csv %d rows in %.1f s: %.0f rows/s\n", r, e - s, r / (e - s) }'

if [ "${SKIP_CEILING:-0}" != 1 ]; then
  echo "== PostgreSQL alone: the imported residents rows, binary COPY into a copy of the register table, indexes built after"
  "${psql[@]}" -d "$db" -c "\\copy (SELECT * FROM registries.residents ORDER BY id) TO '$work/residents.bin' WITH (FORMAT binary)"
  "${psql[@]}" -d "$db" -c "CREATE TABLE ceiling_residents (LIKE registries.residents INCLUDING CONSTRAINTS)" \
    -c "ALTER TABLE ceiling_residents ADD PRIMARY KEY (id)"
  mapfile -t indexes < <("${psql[@]}" -d "$db" -At -c "SELECT replace(indexdef, ' ON registries.residents ', ' ON ceiling_residents ')
    FROM pg_indexes WHERE schemaname = 'registries' AND tablename = 'residents' AND indexname <> 'pk_residents'" | sed 's/INDEX [a-z_]* ON/INDEX ON/')
  start=$(date +%s.%N)
  "${psql[@]}" -d "$db" -c "\\copy ceiling_residents FROM '$work/residents.bin' WITH (FORMAT binary)"
  for index in "${indexes[@]}"; do "${psql[@]}" -d "$db" -c "$index"; done
  end=$(date +%s.%N)
  copied=$("${psql[@]}" -d "$db" -At -c "SELECT count(*) FROM ceiling_residents")
  awk -v r="$copied" -v s="$start" -v e="$end" -v n="${#indexes[@]}" 'BEGIN { printf "register rows %d in %.1f s (COPY, then %d indexes): %.0f rows/s\n", r, e - s, n, r / (e - s) }'
  "${psql[@]}" -d "$db" -c "DROP TABLE ceiling_residents"
  rm "$work/residents.bin"
fi

echo "== look-ups by number and name (IResidentDirectory, sequential)"
"${psql[@]}" -d "$db" -c "VACUUM (ANALYZE) registries.residents"
dotnet bench/Egov.Benchmarks/bin/Release/net10.0/Egov.Benchmarks.dll registry-lookup "$ConnectionStrings__Egov" "$folder/residents.csv" 5000
