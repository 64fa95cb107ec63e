#!/usr/bin/env bash
# Compares everything the product says (scripts/outputs.ts) between a commit and the working
# tree: byte-identical outputs are the proof of a refactoring step (issue 14).
# scripts/compare-outputs.sh [BASE [OUTPUTS ARGS...]]   (default HEAD; from the repository root;
# for example `scripts/compare-outputs.sh HEAD --only seeds/ --full` shows what differs)
set -euo pipefail
base=${1:-HEAD}
shift || true
tmp=$(mktemp -d)
trap 'git worktree remove --force "$tmp/base" >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT
git worktree add -q --detach "$tmp/base" "$base"
ln -s "$PWD/node_modules" "$tmp/base/node_modules"
cp scripts/outputs.ts "$tmp/base/scripts/outputs.ts"
(cd "$tmp/base" && node esbuild.mjs >/dev/null && node esbuild.mjs --tests >/dev/null && node out/scripts/outputs.js "$@" >"$tmp/base.txt")
node esbuild.mjs >/dev/null && node esbuild.mjs --tests >/dev/null && node out/scripts/outputs.js "$@" >"$tmp/work.txt"
if diff "$tmp/base.txt" "$tmp/work.txt" >"$tmp/diff.txt"; then
  echo "outputs identical to $(git rev-parse --short "$base"): $(wc -l <"$tmp/work.txt") outputs ($(cut -f1 "$tmp/work.txt" | sort -u | wc -l) texts), digest $(sha256sum "$tmp/work.txt" | cut -c1-16)"
else
  echo "outputs differ from $(git rev-parse --short "$base"): $(grep -c '^>' "$tmp/diff.txt") of $(wc -l <"$tmp/work.txt")"
  head -40 "$tmp/diff.txt"
  exit 1
fi
