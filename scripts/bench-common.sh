# bench-common.sh: the start every corpus benchmark shares. A script sets
# NAME and sources it; it leaves the script in the repository root with
# BIN built, CORPUS checked, RUNS and OUT set, and a scratch folder $work
# (under SCRATCH, TMPDIR or /tmp), removed at exit unless KEEP=1.
set -euo pipefail
cd "$(dirname "$0")/.."
# BIN is built from this tree unless given: a binary left from an older
# commit would measure that commit.
if [ -z "${BIN:-}" ]; then
	BIN=bin/zeren
	go build -o "$BIN" ./cmd/zeren
fi
CORPUS=${CORPUS:-../shared/corpus/laws}
RUNS=${RUNS:-3}
OUT=${OUT:-.zeren/bench}

if [ ! -d "$CORPUS" ]; then
	echo "$NAME: no corpus at $CORPUS; set CORPUS=DIR" >&2
	exit 1
fi
mkdir -p "$OUT"
work=$(mktemp -d "${SCRATCH:-${TMPDIR:-/tmp}}/$NAME.XXXXXX")
if [ "${KEEP:-}" != 1 ]; then trap 'rm -rf "$work"' EXIT; fi
