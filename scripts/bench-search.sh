#!/usr/bin/env bash
# Search on the large corpus (../shared/corpus/laws, 3,475 laws), side by
# side with Pagefind in the same run: the corpus is imported with zeren
# import into a scratch site and built with zeren build; Pagefind (npm,
# installed into the scratch folder) indexes the same built pages; then
# search/bench measures the index stage, the Bleve queries and both
# engines in headless Chromium, cold, and prints the table.
#
#   scripts/bench-search.sh                       # called by scripts/bench.sh
#   CORPUS=DIR RUNS=1 KEEP=1 scripts/bench-search.sh
#   BUILDERS=1 scripts/bench-search.sh   # also times bleve.NewBuilder and online batches
#
# SCRATCH is where the scratch site goes (default $TMPDIR or /tmp); KEEP=1
# keeps it. The figures of a run are also written to .zeren/bench/search.txt.
NAME=bench-search
source "$(dirname "$0")/bench-common.sh"
PAGEFIND=${PAGEFIND:-1.6.0}
site="$work/site"
timed() { # timed NAME CMD...: wall seconds and peak MiB into $work/NAME.time
	local name=$1
	shift
	/usr/bin/time -f '%e %M' -o "$work/$name.time" "$@"
}
figures() { tail -n1 "$work/$1.time"; }

echo
echo "== search: importing $CORPUS into $site"
status=0
"$BIN" import -k -s "$site" "$CORPUS" >"$work/import.txt" 2>"$work/import.err" || status=$?
if [ "$status" -gt 1 ]; then
	cat "$work/import.err" >&2
	exit 1
fi
tail -n1 "$work/import.txt"
unread=$(grep -vc '^time=' "$work/import.err" || true)
if [ "$unread" -gt 0 ]; then
	echo "($unread files could not be imported; the importer says why in $work/import.err)"
fi

echo "== search: zeren build"
timed build "$BIN" build -q -s "$site"
read -r build_s build_kb < <(figures build)

echo "== search: Pagefind $PAGEFIND from npm"
npm install --prefix "$work/npm" --no-audit --no-fund --silent "pagefind@$PAGEFIND" >/dev/null 2>&1
timed pagefind "$work/npm/node_modules/.bin/pagefind" --site "$site/public" >"$work/pagefind.log" 2>&1
read -r pf_s pf_kb < <(figures pagefind)
grep -E 'Indexed [0-9]+ pages|Finished' "$work/pagefind.log" | sed 's/^ */  /'

echo "== search: measuring (index stage, Bleve queries, Chromium cold x$RUNS per query)"
go run ./search/bench -site "$site" -pagefind -runs "$RUNS" ${BUILDERS:+-builders} \
	-build-s "$build_s" -build-rss "$((build_kb / 1024))" -pf-s "$pf_s" -pf-rss "$((pf_kb / 1024))" | tee "$OUT/search.txt"
echo "(machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); also in $OUT/search.txt)"
