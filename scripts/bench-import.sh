#!/usr/bin/env bash
# Imports the whole large corpus (../shared/corpus/laws: 3,475 Markdown
# files, 55 MiB) into a scratch site and prints the speed (files/s, MB/s,
# best of RUNS), how many documents have no gap in their numbering, and
# the warnings by kind. The documents whose article numbering has gaps are
# listed in $OUT/import-gaps.txt.
#
#   scripts/bench-import.sh                 # called by scripts/bench.sh
#   CORPUS=DIR RUNS=1 SCRATCH=/dev/shm scripts/bench-import.sh
#
# SCRATCH is where the scratch site goes (default: $TMPDIR or /tmp). The
# writes are a good part of the time on a journaling file system; on
# tmpfs (/dev/shm) the figures show the importer alone.
NAME=bench-import
source "$(dirname "$0")/bench-common.sh"

files=$(find "$CORPUS" -type f \( -name '*.md' -o -name '*.txt' -o -name '*.docx' -o -name '*.pdf' -o -name '*.htm' -o -name '*.html' \) | wc -l)
bytes=$(find "$CORPUS" -type f -printf '%s\n' | awk '{s += $1} END {print s}')

# One import into a fresh site: wall time in ms, CPU seconds, peak RSS.
best=0
for run in $(seq "$RUNS"); do
	site="$work/site$run"
	start=$(date +%s%N)
	status=0
	if [ -x /usr/bin/time ]; then
		/usr/bin/time -f '%U %S %M' -o "$work/time" "$BIN" import -k -s "$site" "$CORPUS" >"$work/table" 2>"$work/err" || status=$?
	else
		"$BIN" import -k -s "$site" "$CORPUS" >"$work/table" 2>"$work/err" || status=$?
	fi
	end=$(date +%s%N)
	ms=$(((end - start) / 1000000))
	if [ "$status" -gt 1 ] || ! tail -n1 "$work/table" | grep -q 'written'; then
		cat "$work/err" >&2
		exit 1
	fi
	if [ "$best" = 0 ] || [ "$ms" -lt "$best" ]; then
		best=$ms
		cp "$work/table" "$work/best-table"
		[ -f "$work/time" ] && cp "$work/time" "$work/best-time"
	fi
	rm -rf "$site"
done

table="$work/best-table"
docs=$(tail -n1 "$table" | sed -E 's/^([0-9]+) documents.*/\1/')
written=$(tail -n1 "$table" | sed -E 's/^[0-9]+ documents, ([0-9]+) written.*/\1/')
failed=$(grep -vc '^time=' "$work/err" || true)

# Warning lines: "warning: SOURCE:LINE: LABEL: message".
grep '^warning: ' "$table" | sed -E 's/^warning: (.*):[0-9]+: ([a-z]+( [a-z]+)?): .*/\1\t\2/; s/^warning: ([^:]*): ([a-z]+( [a-z]+)?): .*/\1\t\2/' >"$work/warnings"
awk -F'\t' '$2 == "article gap"' "$work/warnings" | cut -f1 | sort -u >"$OUT/import-gaps.txt"
awk -F'\t' '$2 == "article start"' "$work/warnings" | cut -f1 | sort -u >"$OUT/import-late-start.txt"
awk -F'\t' '$2 ~ /^article (gap|start|repeat|order)$/' "$work/warnings" | cut -f1 | sort -u >"$work/article-problems"
awk -F'\t' '$2 ~ / (gap|start)$/' "$work/warnings" | cut -f1 | sort -u >"$work/any-gaps"
gaps=$(wc -l <"$OUT/import-gaps.txt")
late=$(wc -l <"$OUT/import-late-start.txt")

secs=$(awk -v ms="$best" 'BEGIN {printf "%.2f", ms / 1000}')
echo
echo "== zeren import: the whole corpus ($CORPUS) into a scratch site in $(dirname "$work"), best of $RUNS"
printf '| %-44s | %14s |\n' "measure" "value"
printf '|%s|%s|\n' "----------------------------------------------" "----------------"
row() { printf '| %-44s | %14s |\n' "$1" "$2"; }
row "input files" "$files"
row "input size" "$(awk -v b="$bytes" 'BEGIN {printf "%.1f MiB", b / 1048576}')"
row "wall time" "$secs s"
if [ -f "$work/best-time" ]; then
	# GNU time puts "Command exited with non-zero status 1" first when a
	# file could not be read; the figures are on the last line.
	read -r user sys rss < <(tail -n1 "$work/best-time")
	row "CPU time (user + sys)" "$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.1f s", u + s}')"
	row "peak RSS" "$((rss / 1024)) MiB"
fi
row "cores (nproc)" "$(nproc)"
row "files/s" "$(awk -v f="$files" -v ms="$best" 'BEGIN {printf "%.0f", f * 1000 / ms}')"
row "MB/s" "$(awk -v b="$bytes" -v ms="$best" 'BEGIN {printf "%.1f", b / 1000 / ms}')"
row "files that could not be read" "$failed"
row "documents written" "$written of $docs"
row "documents with no article numbering gap" "$((docs - gaps)) of $docs"
row "  and articles starting at article 1" "$((docs - gaps - late)) of $docs"
row "  and no article repeat or step back either" "$((docs - $(wc -l <"$work/article-problems"))) of $docs"
row "documents with no gap at any level" "$((docs - $(wc -l <"$work/any-gaps"))) of $docs"
echo
echo "documents whose article numbering has gaps: $gaps, listed in $OUT/import-gaps.txt"
echo "documents whose articles start after 第一条: $late, listed in $OUT/import-late-start.txt"
if [ "$failed" -gt 0 ]; then
	echo "files that could not be read ($failed):"
	grep -v '^time=' "$work/err" | sed 's/^zeren import: //; s/^/  /'
fi
echo
echo "== warnings by kind"
printf '| %-20s | %8s | %9s |\n' "kind" "warnings" "documents"
printf '|%s|%s|%s|\n' "----------------------" "----------" "-----------"
cut -f2 "$work/warnings" | sort | uniq -c | sort -rn | while read -r n kind; do
	d=$(awk -F'\t' -v k="$kind" '$2 == k' "$work/warnings" | cut -f1 | sort -u | wc -l)
	printf '| %-20s | %8s | %9s |\n' "$kind" "$n" "$d"
done
