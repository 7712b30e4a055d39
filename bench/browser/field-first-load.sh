#!/usr/bin/env bash
# The field app's first load on a slow phone network, in one run on this machine: the published host (Release, a
# fresh SQLite database, the kr pack's demo data and demo accounts), the machine's Chromium driven by Playwright
# (bench/Egov.Benchmarks/Field/FieldFirstLoadRun.cs). The demo inspector signs in once at full speed (password, then
# the authenticator app set up on the step-up page); then RUNS times, each in a fresh browser context (cold HTTP cache,
# no service worker) under Chrome DevTools' "Slow 3G" (2,000 ms latency, 50,000 B/s each way, through
# Network.emulateNetworkConditions): the baseline page BASELINE cold, the field app cold, the app again warm (its
# service worker installed) and once more with the network cut. Times are the page's own, from navigation start.
# Usage: bench/browser/field-first-load.sh [RUNS] [BASELINE]   (defaults 5 /verify; needs /usr/bin/chromium)
# EGOV_BENCH_LOG=FILE keeps the host's log.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
baseline=${2:-/verify}
port=5094
url="http://127.0.0.1:$port"
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  [ -z "${EGOV_BENCH_LOG:-}" ] || cp "$work/host.log" "$EGOV_BENCH_LOG"; rm -rf "$work"' EXIT

dotnet publish src/Egov.Host -c Release -o "$work/host" --nologo -v quiet >/dev/null
dotnet build bench/Egov.Benchmarks -c Release --nologo -v quiet >/dev/null

# No generated population: the field app's demo data (packs/kr/demo) does not need it, and seeding it only slows the start.
ConnectionStrings__Egov="$work/egov.db" Logging__LogLevel__Default=Warning Registries__DemoPopulation__Size=0 \
  dotnet "$work/host/Egov.Host.dll" --contentRoot "$work/host" --urls "$url" >"$work/host.log" 2>&1 &
pid=$!
until curl -fs "$url/health/ready" >/dev/null; do kill -0 "$pid" || { cat "$work/host.log"; exit 1; }; sleep 0.5; done

dotnet bench/Egov.Benchmarks/bin/Release/net10.0/Egov.Benchmarks.dll field-first-load "$url" SEOUL-2017-0815 "$baseline" "$runs"
