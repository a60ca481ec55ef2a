# bench-common.sh: the start every corpus benchmark shares. A script sets
# NAME and sources it; it leaves the script in the repository root with
# BIN built, CORPUS checked, RUNS and OUT set, and a scratch folder $work
# (under SCRATCH, TMPDIR or /tmp), removed at exit unless KEEP=1.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-bin/zeren}
CORPUS=${CORPUS:-../shared/corpus/laws}
RUNS=${RUNS:-3}
OUT=${OUT:-.zeren/bench}

if [ ! -d "$CORPUS" ]; then
	echo "$NAME: no corpus at $CORPUS; set CORPUS=DIR" >&2
	exit 1
fi
[ -x "$BIN" ] || go build -o "$BIN" ./cmd/zeren
mkdir -p "$OUT"
work=$(mktemp -d "${SCRATCH:-${TMPDIR:-/tmp}}/$NAME.XXXXXX")
if [ "${KEEP:-}" != 1 ]; then trap 'rm -rf "$work"' EXIT; fi
