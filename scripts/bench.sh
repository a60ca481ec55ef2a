#!/usr/bin/env bash
# make bench: Go benchmarks, then whole-command timings printed as a table.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=bin/zeren
SEEDS=${SEEDS:-../shared/seeds}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ ! -x /usr/bin/time ]; then
	echo "bench: installing GNU time (Debian package time) for peak-memory figures"
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null
fi

echo "== Go benchmarks"
go test -run '^$' -bench . -benchmem ./generator/... | grep -E '^(Benchmark|ok|PASS)' || true

# time_cmd LABEL CMD...: best wall time of 5 runs and peak RSS of the last.
time_cmd() {
	local label=$1; shift
	local best=999999 rss=0
	for _ in 1 2 3 4 5; do
		local start end ms
		start=$(date +%s%N)
		/usr/bin/time -f '%M' -o "$work/rss" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; return 1; }
		end=$(date +%s%N)
		ms=$(( (end - start) / 1000000 ))
		(( ms < best )) && best=$ms
		rss=$(tail -n1 "$work/rss")
	done
	printf '| %-34s | %8s ms | %8s MiB |\n' "$label" "$best" "$(( rss / 1024 ))"
}

echo
echo "== Whole commands (best of 5 wall time, peak RSS)"
printf '| %-34s | %11s | %12s |\n' "command" "wall" "peak RSS"
printf '|%s|%s|%s|\n' "------------------------------------" "-------------" "--------------"
time_cmd "zeren build (demo corpus)" "$BIN" build -q -s . -d "$work/demo"
if [ -d "$SEEDS" ]; then
	"$BIN" import -s "$work/seeds" "$SEEDS" >/dev/null 2>&1
	time_cmd "zeren import (5 seed files)" "$BIN" import -f -s "$work/seeds" "$SEEDS"
	time_cmd "zeren build (seed site)" "$BIN" build -q -s "$work/seeds"
fi
scripts/bench-import.sh
scripts/bench-search.sh
