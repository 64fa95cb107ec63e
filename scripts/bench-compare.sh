#!/usr/bin/env bash
# Runs `npm run bench` on a commit and on the working tree, one after the other on this machine,
# and prints each figure side by side: the proof that a step made nothing slower (issue 14).
# scripts/bench-compare.sh [BASE]   (default HEAD; from the repository root; ~9 minutes)
# Leaves the working tree's run in bench/results.json, as `npm run bench` does.
set -euo pipefail
base=${1:-HEAD}
tmp=$(mktemp -d)
trap 'git worktree remove --force "$tmp/base" >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT
git worktree add -q --detach "$tmp/base" "$base"
ln -s "$PWD/node_modules" "$tmp/base/node_modules"
run() { node esbuild.mjs >/dev/null && node esbuild.mjs --bench >/dev/null && node out/bench/run.js >/dev/null; }
(cd "$tmp/base" && run)
run
node - "$tmp/base/bench/results.json" bench/results.json "$(git rev-parse --short "$base")" <<'JS'
const [a, b, name] = process.argv.slice(2).map((p, k) => (k < 2 ? JSON.parse(require('fs').readFileSync(p, 'utf8')) : p));
// Figures where more is better (throughput); for the rest (times, memory, ratios to the baseline)
// less is better. Only ratios are flagged: absolute figures move with the machine.
const more = (path) => /MBps/.test(path);
const rows = [];
const walk = (x, y, path) => {
  if (typeof x === 'number' && typeof y === 'number') return rows.push([path, x, y]);
  if (x && y && typeof x === 'object' && !Array.isArray(x)) for (const k of Object.keys(x)) if (k in y) walk(x[k], y[k], path ? `${path}.${k}` : k);
};
walk({ ...a, perSeedMs: undefined, machine: undefined }, { ...b, perSeedMs: undefined, machine: undefined }, '');
const w = Math.max(...rows.map((r) => r[0].length));
// The runs are minutes apart on a shared machine: the plain line split, measured in each run, says
// how much the machine itself changed; the ratios to it are the figures to judge.
const drift = ((b.throughputMBps.baselineSplitLines - a.throughputMBps.baselineSplitLines) / a.throughputMBps.baselineSplitLines) * 100;
console.log(`machine speed between the runs (line-split baseline): ${drift >= 0 ? '+' : ''}${drift.toFixed(1)}%; judge the ratios to the baseline`);
console.log(`${'figure'.padEnd(w)}  ${name.padStart(10)}  ${'working'.padStart(10)}  change`);
for (const [p, x, y] of rows) {
  const pct = x === 0 ? 0 : ((y - x) / x) * 100;
  const worse = /[Rr]atio/.test(p) && (more(p) ? pct < 0 : pct > 0);
  console.log(`${p.padEnd(w)}  ${String(x).padStart(10)}  ${String(y).padStart(10)}  ${pct >= 0 ? '+' : ''}${pct.toFixed(1)}%${Math.abs(pct) >= 10 && worse ? '  worse' : ''}`);
}
JS
