#!/usr/bin/env bash
# Regenerate the expected files of the piped REPL sessions from CPython 3.11:
#   tests/repl/regenerate.sh [tests/repl/piped/NAME.in ...]   (no argument: all)
# Each NAME.in is fed to `python3 -i`; NAME.out gets its stdout, NAME.stderr
# its stderr after the two banner lines, NAME.code its exit status when it is
# not 0. Cases listed as Baton-only in CMakeLists.txt are left alone.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
python=${PYTHON3:-python3}
"$python" -c 'import sys; assert sys.version_info[:2] == (3, 11), sys.version' || {
  echo "regenerate.sh needs CPython 3.11 as python3 (or PYTHON3=...)" >&2; exit 1; }
baton_only=$(sed -n 's/^set(BATON_ONLY_PIPED_CASES \(.*\))$/\1/p' "$here/CMakeLists.txt")
if [ $# -eq 0 ]; then
  inputs=("$here"/piped/*.in)
else
  inputs=("$@")
fi
for input in "${inputs[@]}"; do
  stem="${input%.in}"
  name=$(basename "$stem")
  case " $baton_only " in *" $name "*) continue ;; esac
  set +e
  (cd "$here/piped" && "$python" -i < "$input" > "$stem.out" 2> "$stem.stderr.tmp")
  code=$?
  set -e
  tail -n +3 "$stem.stderr.tmp" > "$stem.stderr"
  rm -f "$stem.stderr.tmp" "$stem.code"
  if [ "$code" -ne 0 ]; then echo "$code" > "$stem.code"; fi
done
