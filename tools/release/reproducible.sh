#!/usr/bin/env bash
# Builds the current commit twice, each from its own clean clone, and compares every jar the
# build makes (the published ones and the command line's) byte for byte. Exit 1 on a difference.
#
#   tools/release/reproducible.sh          # prints one sha256 line per jar, then "reproducible: N jars"
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for build in one two; do
  git -C "$root" worktree add -q --detach "$work/$build" HEAD
  (cd "$work/$build" && mvn -B -q -DskipTests package > "$work/$build.log" 2>&1) \
    || { cat "$work/$build.log"; git -C "$root" worktree remove --force "$work/$build"; exit 2; }
done
cd "$work/one"
jars="$(find . \( -path '*/target/*.jar' -o -path '*/target/*.zip' \) -not -path '*/test-classes/*' -not -path './governance-example-platform/*' -not -path './spring-boot35-check/*' \
  -not -path './benchmarks/*' | sort)"
count=0
status=0
for jar in $jars; do
  count=$((count + 1))
  if ! cmp -s "$jar" "$work/two/$jar"; then
    echo "DIFFERS: $jar" >&2
    status=1
  fi
  (cd "$work/one" && sha256sum "$jar")
done
git -C "$root" worktree remove --force "$work/one"
git -C "$root" worktree remove --force "$work/two"
[ "$status" = 0 ] && echo "reproducible: $count jars and zips identical in two clean builds"
exit "$status"
