#!/usr/bin/env bash
# Enjoy e-Gov: the one build and test command. See ./build.sh help and docs/testing.md.
set -euo pipefail

cd "$(dirname "$(readlink -f "$0")")"

readonly CONFIGURATION=Release
readonly PG_BIN=/usr/lib/postgresql/15/bin
readonly BROWSER_TESTS=tests/Egov.Browser.Tests
readonly RESULTS=artifacts/test-results

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

log() { printf '==> %s\n' "$*"; }
die() { printf 'build.sh: %s\n' "$*" >&2; exit 1; }

usage() {
  cat <<EOF
Usage: ./build.sh <command>

  build   restore the pinned local tools and build Egov.slnx ($CONFIGURATION)
  test    build, start a throwaway PostgreSQL 15, run every tests/*/*.Tests.csproj on SQLite and again on
          PostgreSQL (browser tests on SQLite only); results and screenshots stay in artifacts/
  help    show this text

As root, 'test' first installs the Debian packages it needs. CI=true (set by .ci/run) makes a test that
needs PostgreSQL and finds none fail instead of skip. See docs/testing.md.
EOF
}

# --- system dependencies ---------------------------------------------------------------------------

has_postgres() { [[ -x $PG_BIN/initdb && -x $PG_BIN/pg_ctl ]]; }
has_chromium() { command -v chromium >/dev/null; }
has_nanum() { [[ $(dpkg-query -W -f='${Status}' fonts-nanum 2>/dev/null) == "install ok installed" ]]; }
has_poppler() { command -v pdfsig >/dev/null && command -v pdftoppm >/dev/null && command -v pdftotext >/dev/null; }
has_ipaex() { [[ $(dpkg-query -W -f='${Status}' fonts-ipaexfont-mincho 2>/dev/null) == "install ok installed" && $(dpkg-query -W -f='${Status}' fonts-ipaexfont-gothic 2>/dev/null) == "install ok installed" ]]; }
has_noto_cjk() { [[ $(dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null) == "install ok installed" ]]; }
has_tzdata() { [[ -d /usr/share/zoneinfo/Asia ]]; }
has_node() { command -v node >/dev/null && command -v npm >/dev/null; }

# One line per missing piece: Debian packages <TAB> required|optional <TAB> what happens without it.
missing_dependencies() {
  has_postgres || printf '%s\t%s\t%s\n' postgresql required \
    "the PostgreSQL pass of every test project would not run"
  if ! has_chromium; then
    if [[ -d $BROWSER_TESTS ]]; then
      printf '%s\t%s\t%s\n' chromium required "the browser tests ($BROWSER_TESTS) would not run"
    else
      printf '%s\t%s\t%s\n' chromium optional "browser tests could not run (there are none in this checkout)"
    fi
  fi
  has_nanum || printf '%s\t%s\t%s\n' fonts-nanum required \
    "certificates could not be drawn (Hangul): the host would fail to issue and the PDF tests would fail"
  has_ipaex || printf '%s\t%s\t%s\n' 'fonts-ipaexfont-gothic fonts-ipaexfont-mincho' required \
    "Japanese certificates could not be drawn (Nanum lacks the kanji Japan simplified: 写, 発, 続) and their tests would fail"
  has_poppler || printf '%s\t%s\t%s\n' poppler-utils required \
    "the PDF tests could not check signatures (pdfsig), text (pdftotext) or the QR code (pdftoppm)"
  has_noto_cjk || printf '%s\t%s\t%s\n' fonts-noto-cjk optional \
    "Japanese pages in the browser screenshots would show missing-glyph boxes"
  has_tzdata || printf '%s\t%s\t%s\n' tzdata required "a pack's time zone (its legal dates) could not be read: the host would not start"
  has_node || printf '%s\t%s\t%s\n' 'nodejs npm' required "the build could not fetch the design system (KRDS) from npm"
}

ensure_dependencies() {
  command -v dotnet >/dev/null ||
    die "dotnet not found: install the .NET SDK pinned in global.json (Microsoft's packages; Debian has none)."

  local missing
  missing=$(missing_dependencies)
  [[ -z $missing ]] && return 0

  local packages
  packages=$(cut -f1 <<<"$missing" | paste -sd ' ')
  if ((EUID == 0)); then
    log "Installing $packages"
    # shellcheck disable=SC2086 # one word per package
    DEBIAN_FRONTEND=noninteractive apt-get update -q &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y -q $packages
    missing=$(missing_dependencies)
    [[ -z $missing ]] || die "still missing after apt-get install: $(cut -f1 <<<"$missing" | paste -sd ' ')"
    return 0
  fi

  printf 'Not installed (as root: apt-get install -y %s):\n' "$packages" >&2
  local package need effect
  while IFS=$'\t' read -r package need effect; do
    printf '  %-12s (%s) %s\n' "$package" "$need" "$effect" >&2
  done <<<"$missing"
  if grep -q $'\trequired\t' <<<"$missing"; then
    die "a required piece is missing (above); install it or run ./build.sh test as root."
  fi
}

# --- build ---------------------------------------------------------------------------------------

build() {
  command -v dotnet >/dev/null || die "dotnet not found: install the .NET SDK pinned in global.json."
  log "Restoring local tools (.config/dotnet-tools.json)"
  dotnet tool restore
  log "Building Egov.slnx ($CONFIGURATION)"
  dotnet build Egov.slnx -c "$CONFIGURATION"
}

# --- throwaway PostgreSQL ------------------------------------------------------------------------

PG_DIR=
PG_ADMIN=

# Run a PostgreSQL binary as the cluster's owner: the server refuses to run as root.
as_pg_owner() {
  if ((EUID == 0)); then
    (cd "$PG_DIR" && su postgres -c "$(printf '%q ' "$@")")
  else
    "$@"
  fi
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start_postgres() {
  PG_DIR=$(mktemp -d /tmp/egov-pg.XXXXXX)
  if ((EUID == 0)); then
    chown postgres: "$PG_DIR"
  fi

  # UTF-8 whatever the caller's locale: under LANG=C initdb would pick SQL_ASCII and mangle Hangul.
  as_pg_owner "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
    --no-sync >"$PG_DIR/initdb.log" 2>&1 || { cat "$PG_DIR/initdb.log" >&2; die "initdb failed"; }

  # The data is thrown away, so durability is off: CREATE DATABASE per test is then cheap. Integration
  # tests each hold a connection pool, hence more connections than the default 100.
  local options="-c listen_addresses=127.0.0.1 -k $PG_DIR -c max_connections=300"
  options+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off"

  # A free port is only free until someone takes it: retry a few random ones.
  local port attempt
  for attempt in 1 2 3 4 5; do
    port=$((20000 + RANDOM % 30000))
    port_in_use "$port" && continue
    if as_pg_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/postgres.log" -w -t 60 \
      -o "-p $port $options" start >/dev/null; then
      PG_ADMIN="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
      log "PostgreSQL 15 on 127.0.0.1:$port (data in $PG_DIR, removed on exit)"
      return 0
    fi
  done
  tail -n 20 "$PG_DIR/postgres.log" >&2 || true
  die "PostgreSQL did not start after $attempt attempts"
}

# The EXIT trap: runs on success, failure and Ctrl-C alike, so no cluster or temp dir outlives the run.
stop_postgres() {
  [[ -n $PG_DIR && -d $PG_DIR ]] || return 0
  if [[ -f $PG_DIR/data/postmaster.pid ]]; then
    as_pg_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  if [[ -f $PG_DIR/postgres.log && -d $RESULTS ]]; then
    cp "$PG_DIR/postgres.log" "$RESULTS/postgres.log" || true
  fi
  rm -rf "$PG_DIR"
}

# --- tests ---------------------------------------------------------------------------------------

PASSED=0
FAILED=0
SKIPPED=0
RUNS=()

# The number after "<label>:" in the run summary dotnet test prints, or nothing if there is none.
summary_count() { sed -n "s/^ *$1: *\([0-9]\+\).*/\1/p" "$2" | tail -n 1; }

# run_project <Sqlite|Postgres> <csproj>
run_project() {
  local provider=$1 project=$2
  local name out
  name=$(basename "$project" .csproj)
  out=$RESULTS/$provider
  mkdir -p "$out"

  local settings=(EGOV_TEST_PROVIDER="$provider") options=()
  if [[ $provider == Postgres ]]; then
    settings+=(EGOV_TEST_POSTGRES="$PG_ADMIN")
  else
    # Tests marked [PostgresOnly] belong to the PostgreSQL pass; a project made only of them has no
    # tests left here, which dotnet test reports as exit code 8.
    options+=(--filter-not-trait "Requires=Postgres" --ignore-exit-code 8)
  fi

  printf '\n'
  log "$name on $provider"
  local started=$SECONDS status=0
  # env -u: the SQLite pass must not see a server a developer may have exported.
  env -u EGOV_TEST_POSTGRES "${settings[@]}" \
    dotnet test --project "$project" -c "$CONFIGURATION" --no-build --no-ansi --no-progress \
    --results-directory "$out" --report-xunit-trx --report-xunit-trx-filename "$name.trx" "${options[@]}" \
    2>&1 | tee "$out/$name.log" || status=$?

  local passed failed skipped
  passed=$(summary_count succeeded "$out/$name.log")
  failed=$(summary_count failed "$out/$name.log")
  skipped=$(summary_count skipped "$out/$name.log")
  if [[ -z $passed || -z $failed ]]; then
    # No summary: the test host crashed or never started. Count the run as one failure.
    passed=0 failed=1 skipped=0
  elif ((status != 0 && failed == 0)); then
    failed=1
  fi

  PASSED=$((PASSED + passed)) FAILED=$((FAILED + failed)) SKIPPED=$((SKIPPED + ${skipped:-0}))
  RUNS+=("$(printf '%-9s %-32s %4d passed %4d failed %4d skipped  %4ds  exit %d' \
    "$provider" "$name" "$passed" "$failed" "${skipped:-0}" $((SECONDS - started)) "$status")")
}

# Each failed test's name and the first lines of why, as dotnet test printed them: at the end of the output,
# where a CI page that keeps only the tail still shows them.
print_failures() {
  local log
  for log in "$RESULTS"/*/*.log; do
    grep -q '^failed ' "$log" || continue
    printf '\n%s:\n' "$log"
    awk '/^failed /{n=10} n-- > 0' "$log"
  done
}

run_tests() {
  # Test projects are named *.Tests, the rule tests/Directory.Build.props uses to make them executables;
  # anything else under tests/ (Egov.Testing) is a library.
  local projects=() project
  shopt -s nullglob
  projects=(tests/*/*.Tests.csproj)
  shopt -u nullglob
  ((${#projects[@]})) || die "no test projects (tests/*/*.Tests.csproj)"
  for project in "${projects[@]}"; do
    grep -qF "Path=\"$project\"" Egov.slnx ||
      die "$project is not in Egov.slnx, so it would not be built: dotnet sln Egov.slnx add $project"
  done

  rm -rf "$RESULTS" artifacts/screenshots
  mkdir -p "$RESULTS"
  start_postgres

  for project in "${projects[@]}"; do
    run_project Sqlite "$project"
  done
  # Browser tests drive the whole application through Chromium; once, on SQLite, is enough.
  for project in "${projects[@]}"; do
    [[ $project == "$BROWSER_TESTS"/* ]] || run_project Postgres "$project"
  done

  printf '\n'
  log "Summary (logs and .trx files in $RESULTS/)"
  printf '  %s\n' "${RUNS[@]}"
  ((FAILED == 0)) || print_failures
  printf 'Total time %dm%02ds\n' $((SECONDS / 60)) $((SECONDS % 60))
  ((SKIPPED == 0)) || printf '%d skipped\n' "$SKIPPED"
  printf '%d passed, %d failed\n' "$PASSED" "$FAILED"
  ((FAILED == 0))
}

# --- main ----------------------------------------------------------------------------------------

case ${1:-help} in
  build)
    build
    ;;
  test)
    trap stop_postgres EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    ensure_dependencies
    build
    run_tests
    ;;
  help | -h | --help)
    usage
    ;;
  *)
    usage >&2
    exit 2
    ;;
esac
