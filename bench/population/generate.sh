#!/usr/bin/env bash
# Times `population generate` and its peak memory for each size given, in one run on this machine, with the
# raw cost of writing the same bytes (dd from /dev/zero into the page cache) as a baseline.
# Usage: bench/population/generate.sh 100000 1000000 5000000   (needs /usr/bin/time: apt-get install time)
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet publish src/Egov.Cli -c Release -o "$work/cli" --nologo -v quiet >/dev/null
echo "| residents | rows | bytes | wall | user + sys CPU | peak RSS | rows/s (wall) | dd of the same bytes | load average at start |"
echo "|---|---|---|---|---|---|---|---|---|"
for size in "$@"; do
  out="$work/out-$size"
  load=$(cut -d' ' -f1 /proc/loadavg)
  Egov__Home="$root" /usr/bin/time -f '%e %U %S %M' -o "$work/time" \
    dotnet "$work/cli/egov.dll" population generate --size "$size" --seed 1 --out "$out" >"$work/stdout" 2>/dev/null
  read -r wall user sys rss <"$work/time"
  rows=$(awk '/^pack / {gsub(",", "", $0); for (i = 1; i <= NF; i++) if ($(i+1) == "rows") print $i}' "$work/stdout")
  bytes=$(du -cb "$out"/*.csv | tail -1 | cut -f1)
  dd_start=$(date +%s%N)
  dd if=/dev/zero of="$work/dd" bs=1M count=$(( bytes / 1048576 + 1 )) status=none
  dd_ms=$(( ($(date +%s%N) - dd_start) / 1000000 ))
  rm -rf "$out" "$work/dd"
  printf '| %s | %s | %s MB | %s s | %s s | %s MiB | %s | %s ms | %s |\n' "$size" "$rows" $(( bytes / 1000000 )) "$wall" \
    "$(echo "$user + $sys" | bc)" $(( rss / 1024 )) $(echo "$rows / $wall" | bc) "$dd_ms" "$load"
done
