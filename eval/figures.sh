#!/usr/bin/env bash
# Per-rule false alarms before and after: runs CleanFrenchEvaluationTest on BASE (a git ref,
# default: the commit the README names) and on the working tree, with the same harness and sets
# on both sides, and writes the tables into README.md's generated section (eval/compare.py).
# Takes two evaluation runs (about 10 minutes each on a quiet machine).
#
#     eval/figures.sh [BASE]
#
# BEFORE_TSV=target/clean-eval-rules-before.tsv (what a run leaves) skips the run on BASE and uses
# that file instead, for a new "after" against the same base.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
base=${1:-$(sed -n 's/^<!-- base of the figures: \([0-9a-f]*\) -->$/\1/p' "$repo/README.md")}
[ -n "$base" ] || { echo "figures.sh: name the base commit" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/before"
git -C "$repo" archive "$base" | tar -x -C "$work/before"
# The same harness and sets on both sides: the base may predate them. Only the clean evaluation's
# files: the package's other tests may call code the base does not have.
rm -rf "$work/before/src/test/java/org/relecture/eval"
mkdir -p "$work/before/src/test/java/org/relecture/eval" "$work/before/src/test/java/org/relecture/testing"
for file in eval/CleanFrenchEvaluationTest.java eval/EvalCheckers.java eval/Tally.java testing/BareLanguageTool.java; do
  cp "$repo/src/test/java/org/relecture/$file" "$work/before/src/test/java/org/relecture/$file"
done
mkdir -p "$work/before/eval/technical"
cp "$repo/eval/technical/technical.jsonl" "$work/before/eval/technical/"
run() {
  (cd "$1" && nice -n 10 mvn -q test -Dtest=CleanFrenchEvaluationTest -Drelecture.eval=true \
      -Dsurefire.failIfNoSpecifiedTests=false >&2)
}
before=$work/before/target/clean-eval-rules.tsv
if [ -n "${BEFORE_TSV:-}" ]; then
  mkdir -p "$(dirname "$before")" && cp "$BEFORE_TSV" "$before"
else
  run "$work/before"
fi
run "$repo"
python3 "$repo/eval/compare.py" "$before" "$repo/target/clean-eval-rules.tsv" \
    --base "$(git -C "$repo" rev-parse --short "$base")" --readme "$repo/README.md"
cp "$before" "$repo/target/clean-eval-rules-before.tsv"
# The counts do not depend on the machine's load, only on the code and the sets.
after=$(git -C "$repo" rev-parse --short HEAD)
[ -z "$(git -C "$repo" status --porcelain -- src rules)" ] || after="$after with uncommitted changes"
sed -i "s/^Last run: after = .*/Last run: after = commit $after, $(date -u +%F)./" "$repo/README.md"
echo "figures.sh: README.md updated" >&2
