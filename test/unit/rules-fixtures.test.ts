// Rule fixtures: records with their expected findings written inline, checked exactly, and every
// fix applied and re-validated.
//
//   #! today 2026-11-21                  the date the rules compare against (default 2026-11-21)
//   #! settings {"rules": {"x": "off"}}  settings for this record
//   #! seed 003_c8a89d053ff08f16.txt     the record (without #! lines) is exactly this seed
//   #! note …                            a reviewer's note (why an expectation is right)
//   #! error rule-id @12                 a finding of rule-id, with that severity, on the previous
//                                        record line (starting at column 12, 1-based, if given)
//
// `#!` lines are removed before the record is analysed. A file without expectations must
// produce no finding at all.

import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/analysis/analyze';
import { findings, type RawFinding } from '../../server/src/rules/engine/run';
import type { Edit } from '../../server/src/rules/types';
import { readSettings, type Settings } from '../../server/src/settings';
import { FIXTURES, SEEDS_DIR } from '../helpers';

interface Expectation {
  line: number;
  severity: string;
  rule: string;
  column?: number;
}

interface Fixture {
  text: string;
  settings: Settings;
  expected: Expectation[];
  seed?: string;
}

export function readFixture(raw: string): Fixture {
  const lines = raw.split(/(?<=\n)/);
  let text = '';
  let line = -1;
  let today = '2026-11-21';
  let settingsRaw: Record<string, unknown> = {};
  let seed: string | undefined;
  const expected: Expectation[] = [];
  for (const l of lines) {
    const m = /^#!\s*(.*?)\s*$/.exec(l.replace(/\r?\n$/, ''));
    if (!m) {
      text += l;
      line++;
      continue;
    }
    const body = m[1]!;
    let x: RegExpExecArray | null;
    if (/^note\b/.test(body)) continue;
    if ((x = /^today\s+(\S+)$/.exec(body))) today = x[1]!;
    else if ((x = /^settings\s+(.*)$/.exec(body))) settingsRaw = JSON.parse(x[1]!);
    else if ((x = /^seed\s+(\S+)$/.exec(body))) seed = x[1]!;
    else if ((x = /^(error|warning|information|hint)\s+([a-z-]+)(?:\s+@(\d+))?$/.exec(body))) {
      assert.ok(line >= 0, `expectation before any record line: ${body}`);
      expected.push({ line, severity: x[1]!, rule: x[2]!, ...(x[3] ? { column: Number(x[3]) } : {}) });
    } else throw new Error(`unreadable #! line: ${body}`);
  }
  const { settings, problems } = readSettings({ today, ...settingsRaw });
  assert.deepEqual(problems, []);
  return { text, settings, expected, ...(seed ? { seed } : {}) };
}

const key = (e: Expectation) => `${e.line + 1}${e.column ? `:${e.column}` : ''} ${e.severity} ${e.rule}`;

export function run(text: string, settings: Settings): readonly RawFinding[] {
  return findings(analyze(text), settings, (rule, e) => {
    throw new Error(`rule ${rule} threw: ${String(e)}`);
  });
}

function asExpectations(text: string, found: readonly RawFinding[]): Expectation[] {
  const a = analyze(text);
  return found.map((f) => {
    const p = a.index.position(f.range.start);
    return { line: p.line, column: p.character + 1, severity: f.severity, rule: f.rule.id };
  });
}

/** Compares found and expected findings exactly (as a multiset; columns only where given). */
function assertFindings(text: string, fixture: Fixture, file: string): readonly RawFinding[] {
  const found = run(text, fixture.settings);
  const actual = asExpectations(text, found);
  const unmatched = [...actual];
  const missing: Expectation[] = [];
  for (const e of fixture.expected) {
    const k = unmatched.findIndex((a) => a.line === e.line && a.rule === e.rule && a.severity === e.severity && (e.column === undefined || a.column === e.column));
    if (k < 0) missing.push(e);
    else unmatched.splice(k, 1);
  }
  assert.ok(missing.length === 0 && unmatched.length === 0, `${file}:\n  expected but not found:\n    ${missing.map(key).join('\n    ') || '-'}\n  found but not expected:\n    ${unmatched.map(key).join('\n    ') || '-'}`);
  return found;
}

function apply(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((x, y) => y.start - x.start || y.end - x.end)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** Every fix: the targeted finding goes, no new error appears, nothing outside the edits changes. */
function assertFixes(text: string, settings: Settings, found: readonly RawFinding[], file: string): void {
  const errorsBefore = found.filter((f) => f.severity === 'error').map((f) => f.rule.id);
  for (const f of found) {
    for (const fix of f.fixes ?? []) {
      const after = apply(text, fix.edits);
      // Outside the edits, the text is unchanged: compare the untouched spans in order.
      const sorted = [...fix.edits].sort((x, y) => x.start - y.start);
      let from = 0;
      let shift = 0;
      for (const e of sorted) {
        assert.equal(after.slice(from + shift, e.start + shift), text.slice(from, e.start), `${file}: ${fix.title} changed text outside its edit`);
        shift += e.newText.length - (e.end - e.start);
        from = e.end;
      }
      assert.equal(after.slice(from + shift), text.slice(from), `${file}: ${fix.title} changed text after its edits`);
      const refound = run(after, settings);
      // Where the targeted finding would be after the edits (another finding may share its message).
      const mapped = sorted.reduce((o, e) => (e.end <= f.range.start ? o + e.newText.length - (e.end - e.start) : e.start <= f.range.start ? e.start : o), f.range.start);
      // A missing element's message ends by saying where to add it, which an insertion moves.
      const what = (m: string) => m.replace(/ (Add it|Line \d+ has its label)[^]*$/, '');
      // A missing element is reported where it goes, so after the fix it would sit elsewhere.
      const same = (g: RawFinding) => g.rule.id === f.rule.id && what(g.message) === what(f.message) && (f.rule.tags.includes('presence') || g.range.start === mapped);
      assert.ok(!refound.some(same), `${file}: after "${fix.title}", the ${f.rule.id} finding is still there`);
      const newErrors = refound.filter((g) => g.severity === 'error').map((g) => g.rule.id);
      for (const id of new Set(newErrors)) {
        // Inserted templates carry placeholders to fill in: placeholder-text reports them, and
        // no other rule may gain an error.
        if (id === 'placeholder-text') continue;
        const more = newErrors.filter((x) => x === id).length - errorsBefore.filter((x) => x === id).length;
        assert.ok(more <= 0, `${file}: "${fix.title}" introduced a new ${id} error`);
      }
    }
  }
}

const DIRS = [join(FIXTURES, 'rules', 'defects'), join(FIXTURES, 'rules', 'seeds'), join(FIXTURES, 'rules', 'clean')];

describe('rule fixtures', () => {
  for (const dir of DIRS) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.trial')).sort()) {
      const rel = `${dir.slice(FIXTURES.length + 1)}/${file}`;
      it(rel, () => {
        const fixture = readFixture(readFileSync(join(dir, file), 'utf8'));
        if (fixture.seed) assert.equal(fixture.text, readFileSync(join(SEEDS_DIR, fixture.seed), 'utf8'), `${rel} is not ${fixture.seed} (without its #! lines)`);
        if (dir.endsWith('clean')) assert.equal(fixture.expected.length, 0, 'a clean record expects nothing');
        const found = assertFindings(fixture.text, fixture, rel);
        assertFixes(fixture.text, fixture.settings, found, rel);
      });
    }
  }
});
