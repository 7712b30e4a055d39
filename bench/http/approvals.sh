#!/usr/bin/env bash
# E-approval under load on PostgreSQL, in one run on this machine (a fresh database, dropped at the end):
#   1. approval actions/s with many officials at once through the pages: TEAMS teams are added to a copy of the kr
#      pack's demo organisation (per team a drafter, its leader who reviews, the head of the division above who gives
#      final approval, 전결), so 2 × TEAMS officials act; DOCUMENTS_PER_TEAM documents per team are submitted through
#      the linked-approval API, then each leader and head, signed in as themselves at AAL2 through the pages, approves
#      what their inbox shows (bench/Egov.Benchmarks/Approvals/ApprovalLoadRun.cs). Beside it, before and after, the
#      host's plain-text endpoint with wrk at the same concurrency.
#   2. the inbox page of one official with PENDING documents waiting: one is submitted through the API and cloned
#      in SQL, table by table, into the module's own tables (deterministic ids, md5 of the clone's number); then the
#      page (first, middle and last page) and the plain-text endpoint at INBOX_RATE requests/s for INBOX_SECONDS each
#      (open loop, ApprovalLoadRun's sibling InboxLoadRun.cs), and EXPLAIN ANALYZE of the inbox's queries.
# The per-client API limit and the per-address sign-in limit are raised: every client of the run is on 127.0.0.1.
# Usage: bench/http/approvals.sh [TEAMS] [DOCUMENTS_PER_TEAM] [PENDING]   (defaults 50 10 10000; needs wrk and psql)
# EGOV_BENCH_LOG=FILE keeps the host's log. EGOV_BENCH_POSTGRES (default Host=127.0.0.1;Port=55432;Username=postgres) names the server.
set -euo pipefail
cd "$(dirname "$0")/../.."
teams=${1:-50}
per_team=${2:-10}
pending=${3:-10000}
rate=${INBOX_RATE:-20}
seconds=${INBOX_SECONDS:-30}
port=5096
url="http://127.0.0.1:$port"
work=$(mktemp -d)
postgres=${EGOV_BENCH_POSTGRES:-Host=127.0.0.1;Port=55432;Username=postgres}
database=egov_bench_approvals_$$
# psql with an Npgsql connection string (Host=…;Port=…;Username=…;Password=…).
pg() { psql "$(sed 's/;/ /g; s/Host=/host=/I; s/Port=/port=/I; s/Username=/user=/I; s/Password=/password=/I; s/Database=/dbname=/I' <<<"$1")" "${@:2}"; }
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  [ -z "${EGOV_BENCH_LOG:-}" ] || cp "$work/host.log" "$EGOV_BENCH_LOG"; rm -rf "$work"
  pg "$postgres;Database=postgres" -qc "drop database if exists $database with (force)" >/dev/null' EXIT
load() { cut -d' ' -f1-3 /proc/loadavg; }

dotnet publish src/Egov.Host -c Release -o "$work/host" --nologo -v quiet >/dev/null
dotnet build bench/Egov.Benchmarks -c Release --nologo -v quiet >/dev/null
bench=(dotnet bench/Egov.Benchmarks/bin/Release/net10.0/Egov.Benchmarks.dll)

# The bench organisation, appended to a copy of the pack's demo organisation: a bureau, and per team i (000 is the
# inbox's) a division headed by BENCH-iii-H with a team below it led by BENCH-iii-L, where BENCH-iii-S drafts.
mkdir "$work/packs" && cp -r packs/kr "$work/packs/kr"
official() { printf '  - name: %s\n    employeeNumber: %s\n    agency: "6110000"\n    department: %s\n    post: %s\n    grade: %s\n    roles: [%s]\n' "$@"; }
department() { printf '  - agency: "6110000"\n    code: %s\n    parent: %s\n    names: { ko: %s, en: %s, ja: %s }\n    head: %s\n' "$1" "$2" "$3" "$3" "$3" "$4"; }
{ department BENCH SEOUL "벤치국" bureau-head
  for i in $(seq 0 "$teams"); do t=$(printf %03d "$i")
    department "BENCH-D$t" BENCH "벤치$t과" division-head
    department "BENCH-T$t" "BENCH-D$t" "벤치$t팀" team-leader
  done; } >>"$work/packs/kr/demo/org.yaml"
{ official "벤치국장" BENCH-BUREAU BENCH bureau-head grade-3 "official, approver"
  for i in $(seq 0 "$teams"); do t=$(printf %03d "$i")
    official "과장$t" "BENCH-$t-H" "BENCH-D$t" division-head grade-4 "official, approver"
    official "팀장$t" "BENCH-$t-L" "BENCH-T$t" team-leader grade-6 "official, approver"
    official "주무관$t" "BENCH-$t-S" "BENCH-T$t" staff grade-7 "official"
  done; } >>"$work/packs/kr/demo/officials.yaml"

pg "$postgres;Database=postgres" -qc "create database $database" >/dev/null
# A bounded pool, as a production host has: the server's 100 connections are shared with other work.
db="$postgres;Database=$database"
export Database__Provider=Postgres ConnectionStrings__Egov="$db;Maximum Pool Size=30" \
  Packs__Directory="$work/packs" Logging__LogLevel__Default=Warning Registries__DemoPopulation__Size=0 \
  Diagnostics__BaselineEndpoint=true Platform__Limits__RequestsPerMinutePerClient=100000000 \
  Platform__Limits__SignInAttemptsPerMinutePerAddress=100000
start=$(date +%s)
dotnet "$work/host/Egov.Host.dll" --contentRoot "$work/host" --urls "$url" >"$work/host.log" 2>&1 &
pid=$!
until curl -fs "$url/health/ready" >/dev/null; do kill -0 "$pid" || { cat "$work/host.log"; exit 1; }; sleep 0.5; done
echo "host ready on a fresh PostgreSQL database ($(( $(date +%s) - start )) s, demo accounts hashed)"

baseline() {
  wrk -t2 -c"$1" -d"$2s" --latency "$url/_baseline/plaintext" | tee "$work/wrk.txt" >/dev/null
  awk -v l="$(load)" '/Requests\/sec/ {r = $2} /^ +50%/ {p50 = $2} /^ +99%/ {p99 = $2}
    END { printf "plain-text endpoint (baseline), wrk -c%s: %s req/s, p50 %s, p99 %s; load average %s\n", c, r, p50, p99, l }' c="$1" "$work/wrk.txt"
}

echo "== 1. approval actions, $((2 * teams)) officials at once, $((teams * per_team)) documents (load average $(load))"
wrk -t2 -c$((2 * teams)) -d5s "$url/_baseline/plaintext" >/dev/null
baseline $((2 * teams)) 15
"${bench[@]}" approvals-actions "$url" "$teams" "$per_team"
baseline $((2 * teams)) 15
pg "$db" -Atc "select 'documents approved: ' || count(*) filter (where status = 'Approved') || ' of ' || count(*)
  || ', numbers ' || count(distinct number) || ', sealed PDFs ' || (select count(*) from approvals.sealed_copies) from approvals.documents"

echo "== 2. the inbox of BENCH-000-L with $pending documents waiting"
token=$(curl -fsS "$url/connect/token" -d grant_type=client_credentials -d client_id=demo-agency \
  -d client_secret=demo-agency-development-secret -d scope=approvals.submit | sed -n 's/.*"access_token": *"\([^"]*\)".*/\1/p')
curl -sS --fail-with-body "$url/api/v1/approvals/documents" -H "Authorization: Bearer $token" -H 'Idempotency-Key: bench-inbox-template' \
  -H 'Content-Type: application/json' -o /dev/null \
  -d '{"drafter":"BENCH-000-S","documentType":"general","title":"벤치 수신함 문서","content":"1. 관련\n2. 내용","attachments":["계획서 1부"]}'
# The template's rows copied pending - 1 times, each table by its own columns (so a new column is copied too): ids
# and the document reference from md5 of the copy's number, the latest copy the newest, one minute apart.
pg "$db" -v ON_ERROR_STOP=1 -q <<SQL
DO \$\$
DECLARE
  template uuid := (SELECT id FROM approvals.documents WHERE drafter_number = 'BENCH-000-S');
  tables text[] := ARRAY['documents', 'revisions', 'steps', 'entries'];
  t text; columns text; copied text;
BEGIN
  FOREACH t IN ARRAY tables LOOP
    SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position),
           string_agg(CASE
             WHEN t = 'documents' AND column_name = 'id' THEN 'md5(''bench-inbox-'' || g)::uuid'
             WHEN column_name = 'id' THEN format('md5(%L || x.id || g)::uuid', t)
             WHEN column_name = 'document_id' THEN 'md5(''bench-inbox-'' || g)::uuid'
             WHEN column_name = 'source_key' THEN '''bench-inbox-'' || g'
             WHEN (t, column_name) IN (('documents', 'updated_at'), ('steps', 'opened_at'))
               THEN format('x.%I - g * interval ''1 minute''', column_name)
             ELSE 'x.' || quote_ident(column_name) END, ', ' ORDER BY ordinal_position)
      INTO columns, copied
      FROM information_schema.columns WHERE table_schema = 'approvals' AND table_name = t;
    EXECUTE format('INSERT INTO approvals.%I (%s) SELECT %s FROM approvals.%I x, generate_series(1, %s) g WHERE x.%I = %L',
      t, columns, copied, t, $pending - 1, CASE t WHEN 'documents' THEN 'id' ELSE 'document_id' END, template);
  END LOOP;
END
\$\$;
VACUUM (ANALYZE);
SQL
pg "$db" -Atc "select 'waiting for BENCH-000-L: ' || count(*) from approvals.steps where assignee_number = 'BENCH-000-L' and state = 'Pending'"
last=$(( (pending + 49) / 50 ))
"${bench[@]}" approvals-inbox "$url" BENCH-000-L "$rate" "$seconds" /_baseline/plaintext "/officials/approvals?tab=ToApprove" \
  "/officials/approvals?tab=ToApprove&page=$(( last / 2 ))" "/officials/approvals?tab=ToApprove&page=$last" /_baseline/plaintext

# The inbox's queries as EF Core sends them for that page (copied from the host's command log; keep in step with
# src/Modules/Approvals/Egov.Approvals/Inbox/InboxQueries.cs): the "to approve" count and first page, the "in progress" count.
echo "== query plans (load average $(load))"
pg "$db" -v ON_ERROR_STOP=1 -v official=BENCH-000-L -f bench/http/approvals-inbox-plans.sql
