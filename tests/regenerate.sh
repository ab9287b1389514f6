#!/usr/bin/env bash
# Regenerate the expected files of test scripts from CPython 3.11.
#   tests/regenerate.sh tests/lang/foo.py ...   (or no argument: every test)
# Writes NAME.out always; NAME.stderr (all of stderr, the folder written
# {dir}) when the test already has one; NAME.err (the last line of stderr) and NAME.code
# (the exit status) only when they are not empty/zero, removing stale ones.
# Baton-only folders (holding a BATON_ONLY file) are skipped. The programs
# of examples/ that are tests keep their expected files in tests/examples/.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
python=${PYTHON3:-python3}
"$python" -c 'import sys; assert sys.version_info[:2] == (3, 11), sys.version' || {
  echo "regenerate.sh needs CPython 3.11 as python3 (or PYTHON3=...)" >&2; exit 1; }
examples=$(cd "$here/../examples" && pwd)
if [ $# -eq 0 ]; then
  mapfile -t scripts < <( (find "$here" -name '*.py' ! -name '_*' ! -path '*/fuzz/*' ! -path '*/unit/*'
                           find "$examples" -name '*.py') | sort)
else
  scripts=("$@")
fi
for script in "${scripts[@]}"; do
  dir=$(cd "$(dirname "$script")" && pwd)
  [ -e "$dir/BATON_ONLY" ] && continue
  name=$(basename "$script" .py)
  stem="$dir/$name"
  if [ "$dir" = "$examples" ]; then
    stem="$here/examples/$name"
    [ -f "$stem.out" ] || continue
  fi
  args=()
  [ -f "$stem.args" ] && mapfile -t args < "$stem.args"
  input=/dev/null
  [ -f "$stem.in" ] && input="$stem.in"
  set +e
  (cd "$dir" && "$python" "$name.py" "${args[@]}" < "$input" > "$stem.out" 2> "$stem.stderr.tmp")
  code=$?
  set -e
  if [ -f "$stem.stderr" ]; then
    sed -e "s|$dir|{dir}|g" "$stem.stderr.tmp" > "$stem.stderr"
  fi
  if [ -s "$stem.stderr.tmp" ]; then
    sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' "$stem.stderr.tmp" | tail -n 1 | sed -e "s|$dir|{dir}|g" > "$stem.err"
  else
    rm -f "$stem.err"
  fi
  rm -f "$stem.stderr.tmp"
  if [ "$code" -ne 0 ]; then echo "$code" > "$stem.code"; else rm -f "$stem.code"; fi
done
