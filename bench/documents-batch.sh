#!/usr/bin/env bash
# A mail run of basic certificates through `egov documents batch`, into a fresh PostgreSQL database holding the
# residents of a generated population folder, once per list length given: the run's own progress (rate, memory
# as it goes) and /usr/bin/time's peak memory, so lists of different lengths show whether memory stays flat.
# Usage: bench/documents-batch.sh FOLDER COUNT...   e.g. after `egov population generate --size 100000 --seed 1 --out /tmp/pop-100k`:
#        bench/documents-batch.sh /tmp/pop-100k 2000 20000
# Needs a PostgreSQL server: PGPORT (default 55432) on 127.0.0.1, user postgres, trust authentication. Each signed
# certificate is stored in the database (~48 KB: 10,000 took 478 MB, docs/benchmarks.md).
set -euo pipefail
cd "$(dirname "$0")/.."
folder=$(realpath "${1:?usage: bench/documents-batch.sh FOLDER COUNT...}")
shift
port=${PGPORT:-55432}
db=egov_bench_batch
psql=(psql -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1 -q)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/population"
for f in addresses households residents; do ln -s "$folder/$f.csv" "$work/population/$f.csv"; done

dotnet build -c Release src/Egov.Cli --nologo -v quiet >/dev/null
# No generated demo population beside the imported one: the same generator would make the same people twice.
export Database__Provider=Postgres Packs__Directory="$PWD/packs" Logging__LogLevel__Default=Warning Registries__DemoPopulation__Size=0
egov=(dotnet src/Egov.Cli/bin/Release/net10.0/egov.dll)
# The living residents' numbers, in file order (residents.csv: resident_number is the 2nd column, status the 8th).
awk -F, 'NR > 1 && $8 == "alive" { print $2 }' "$folder/residents.csv" >"$work/alive.txt"

for count in "$@"; do
  "${psql[@]}" -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"
  export ConnectionStrings__Egov="Host=127.0.0.1;Port=$port;Username=postgres;Database=$db"
  "${egov[@]}" db migrate >/dev/null
  "${egov[@]}" registry import "$work/population" --source bench --first-load >/dev/null
  "${egov[@]}" keys init >/dev/null
  head -n "$count" "$work/alive.txt" >"$work/list.txt"
  echo "== $count certificates (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  /usr/bin/time -f "peak memory %M KiB, %e s wall, %U s user, %S s system" \
    "${egov[@]}" documents batch --type basic-certificate --identifiers "$work/list.txt" >"$work/run.log" 2>&1 || true
  # Progress every 5 s: the first and last reports show memory as the run goes; then the summary and time's figures.
  grep "lines done" "$work/run.log" | sed -n '1p;$p'
  grep -E "^  refused |peak memory" "$work/run.log" || true
  echo "stored: $("${psql[@]}" -d "$db" -tA -c "select count(*) || ' documents, ' || pg_size_pretty(sum(length(pdf))::bigint) || ' of PDFs' from documents.document_files")"
done
