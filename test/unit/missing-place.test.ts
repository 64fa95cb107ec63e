// Issue 16, point 3: a missing element is reported where it would go (its empty label, else
// just after the line it would follow), never on unrelated text, and the message says where.

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/analysis/analyze';
import { findings, type RawFinding } from '../../server/src/rules/engine/run';
import { readSettings } from '../../server/src/settings';
import { FIXTURES, seedText } from '../helpers';

const settings = readSettings({ today: '2023-06-01' }).settings;

function found(text: string, rule: string): RawFinding[] {
  return findings(analyze(text), settings, (id, e) => {
    throw new Error(`${id}: ${String(e)}`);
  }).filter((f) => f.rule.id === rule);
}

/** 1-based line and column of an offset, and the text of that line. */
function at(text: string, offset: number): { line: number; column: number; text: string } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1, text: text.split('\n')[before.length - 1]! };
}

const apply = (text: string, f: RawFinding) => {
  const e = f.fixes![0]!.edits[0]!;
  return text.slice(0, e.start) + e.newText + text.slice(e.end);
};

describe('where a missing element is reported', () => {
  const s000 = seedText('000');

  it('Sponsor (seed 000 has none): just after Last Update Posted, the line it follows, not on the title', () => {
    const [f] = found(s000, 'missing-lead-sponsor');
    assert.ok(f);
    const p = at(s000, f.range.start);
    // Lines 6–8 of the seed: "Recruiting", "First Posted : …", "Last Update Posted : May 3, 2023".
    assert.equal(p.text, 'Last Update Posted : May 3, 2023');
    assert.deepEqual([p.line, p.column, f.range.end - f.range.start], [8, 33, 0], 'a zero-width range after the line');
    assert.match(f.message, /Add it after line 8 \(Last Update Posted\)\.$/);
    // The fix writes it on the next line, and the finding is gone.
    const fixed = apply(s000, f);
    assert.equal(fixed.split('\n')[8], 'Sponsor: <sponsor organization>');
    assert.equal(found(fixed, 'missing-lead-sponsor').length, 0);
  });

  it('a cleared Masking value: on the empty Masking line, and the fix fills that line', () => {
    const text = s000.replace('Masking: | None (Open Label) |', 'Masking: |  |');
    const [f] = found(text, 'missing-interventional-design');
    assert.ok(f);
    const p = at(text, f.range.start);
    assert.deepEqual([p.line, p.column, text.slice(f.range.start, f.range.end)], [30, 1, 'Masking: |  |']);
    assert.match(f.message, /^Masking is missing: .* Line 30 has its label but no value\.$/);
    const fixed = apply(text, f);
    assert.equal(fixed.split('\n').length, text.split('\n').length, 'no line added');
    assert.equal(fixed.split('\n')[29], 'Masking: | <None (Open Label)> |');
  });

  it('Official Title left out: after Primary Purpose, where the page has it', () => {
    const text = s000.replace(/^Official Title: .*\n/m, '');
    const [f] = found(text, 'missing-official-title');
    assert.ok(f);
    const p = at(text, f.range.start);
    assert.deepEqual([p.line, p.text], [31, 'Primary Purpose: | Treatment |']);
    assert.equal(p.column, 'Primary Purpose: | Treatment |'.length + 1);
    assert.match(f.message, /Add it after line 31 \(Primary Purpose\)\.$/);
  });

  it('the newer layout (seed 003): Primary Completion Date after the Study Start Date value', () => {
    const s003 = seedText('003');
    const [f] = found(s003, 'missing-primary-completion-date');
    assert.ok(f);
    const p = at(s003, f.range.start);
    // Lines 33–35: "Study Start Date", "", "2025-05-29".
    assert.deepEqual([p.line, p.text, f.range.end - f.range.start], [35, '2025-05-29', 0]);
    assert.match(f.message, /Add it after line 35 \(Study Start Date\)\.$/);
  });

  it('a section present without the element: just after the heading it belongs under', () => {
    const raw = readFileSync(join(FIXTURES, 'rules', 'defects', 'missing-primary-outcome.trial'), 'utf8');
    const text = raw.replace(/^#!.*\n/gm, '');
    const heading = text.split('\n').indexOf('Outcome Measures') + 1;
    assert.ok(heading > 0);
    const [f] = found(text, 'missing-primary-outcome');
    assert.ok(f);
    const p = at(text, f.range.start);
    assert.deepEqual([p.line, p.column, f.range.end - f.range.start], [heading, 'Outcome Measures'.length + 1, 0]);
    assert.match(f.message, new RegExp(`Add it after line ${heading} \\(the Outcome Measures heading\\)\\.$`));
    const fixed = apply(text, f);
    assert.equal(fixed.split('\n')[heading], 'Primary Outcome Measures:', 'inserted under the heading');
    assert.equal(found(fixed, 'missing-primary-outcome').length, 0);
  });
});
