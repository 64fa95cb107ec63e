// Reparsing an edited document from its previous tree must give exactly the tree a full parse
// gives, whatever the edit; and it must actually skip the untouched sections.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { intactLines, shiftedBlock, textChange } from '../../server/src/analysis/shift';
import { LineTable, lineStarts, splitLines } from '../../server/src/text/lines';
import { parsedLines, parseVersion, pinnedVersions } from '../../server/src/analysis/reparse';
import { parse } from '../../server/src/parser/parse';
import { spawnSync } from 'node:child_process';
import type { SyntaxTree } from '../../server/src/parser/syntax';
import { readStudies } from '../../server/src/convert/read';
import { writeRecord } from '../../server/src/convert/write';
import { analyze } from '../../server/src/analysis/analyze';
import { findings } from '../../server/src/rules/engine/run';
import { documentSymbols } from '../../server/src/features/symbols';
import { readSettings } from '../../server/src/settings';
import { FIXTURES, SEED_FILES, seedPath, seedText } from '../helpers';

/** Parses keeping what a reparse needs (the analysis does so for long records only). */
const INC = { incremental: true } as const;

/** `text` with [at, at + remove) replaced by `insert`. */
function edit(text: string, at: number, remove: number, insert: string): string {
  return text.slice(0, at) + insert + text.slice(at + remove);
}

/** A few imported corpus records of both source formats. */
function corpusTexts(n: number): string[] {
  const dir = join(FIXTURES, 'corpus', 'ctgov');
  const files = readdirSync(dir).filter((f) => /\.(json|xml)$/.test(f)).sort();
  const picked = files.filter((_, k) => k % Math.floor(files.length / n) === 0).slice(0, n);
  return picked.map((f) => writeRecord(readStudies(readFileSync(join(dir, f), 'utf8'), f)[0]!));
}

// Edits that move structure: headings, labels, table rows, line breaks of every kind, directives.
const INSERTS = [
  '', 'x', ' ', '\n', '\r\n', '\r', '|', ':', '\n\n', '- ', 'Eligibility Criteria\n', 'Study Design\n', 'Arms and Interventions\n',
  'Outcome Measures\n', 'Primary Outcome Measures:\n', 'Secondary Outcome Measures:\n', 'Inclusion Criteria:\n', 'Contacts and Locations\n',
  'Brief Summary:\n', 'NCT ID: NCT01234567\n', 'ClinicalTrials.gov Identifier: NCT01234567\n', 'Study Groups\n', 'Interventions\n',
  '| a | b |\n|---|---|\n', '<!-- trial-record-disable-next-line missing-sex -->\n', 'Drug: Aspirin\n', '[ Time Frame: 12 weeks ]', '😀', '\t',
];

const editArb = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat({ max: 40 }), fc.constantFrom(...INSERTS));

function applyAll(base: string, edits: readonly [number, number, string][], check: (text: string, incremental: SyntaxTree) => void): void {
  let text = base;
  let tree = parseVersion(text, undefined, INC);
  for (const [where, remove, insert] of edits) {
    const at = Math.min(text.length, Math.floor(where * text.length));
    text = edit(text, at, Math.min(remove, text.length - at), insert);
    tree = parseVersion(text, tree, INC);
    check(text, tree);
  }
}

describe('incremental reparse', function () {
  this.timeout(120_000);

  it('finds the changed span from the common prefix and suffix', () => {
    assert.deepEqual(textChange('abcdef', 'abXdef'), { start: 2, prevEnd: 3, nextEnd: 3 });
    assert.deepEqual(textChange('abc', 'abcd'), { start: 3, prevEnd: 3, nextEnd: 4 });
    assert.deepEqual(textChange('abcd', 'abc'), { start: 3, prevEnd: 4, nextEnd: 3 });
    // Inserting into a run of equal characters: prefix and suffix must not overlap.
    assert.deepEqual(textChange('aaa', 'aaaa'), { start: 3, prevEnd: 3, nextEnd: 4 });
    assert.deepEqual(textChange('same', 'same'), { start: 4, prevEnd: 4, nextEnd: 4 });
    // Across the chunked comparison (4096): a change deep in a long text.
    const long = 'x'.repeat(10_000);
    assert.deepEqual(textChange(long, edit(long, 9000, 1, 'y')), { start: 9000, prevEnd: 9001, nextEnd: 9001 });
    const varied = Array.from({ length: 3000 }, (_, k) => String(k)).join(',');
    assert.deepEqual(textChange(varied, edit(varied, 5000, 2, 'ZZZ')), { start: 5000, prevEnd: 5002, nextEnd: 5003 });
    assert.deepEqual(textChange(varied, edit(varied, 123, 0, '!')), { start: 123, prevEnd: 123, nextEnd: 124 });
  });

  it('splits lines at LF, CRLF and lone CR, as a plain reading of the text does', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b ', '\n', '\r', '\r\n', '😀'), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        // The reference: split at each break, CRLF first; offsets accumulate.
        const expected: [number, number, number, string][] = [];
        let start = 0;
        for (const m of text.matchAll(/\r\n|\r|\n/g)) {
          expected.push([start, m.index!, m.index! + m[0].length, text.slice(start, m.index!)]);
          start = m.index! + m[0].length;
        }
        expected.push([start, text.length, text.length, text.slice(start)]);
        assert.deepEqual(splitLines(text).map((l) => [l.start, l.end, l.next, l.text]), expected);
        const table = new LineTable(text, lineStarts(text), [...expected.keys()].reverse());
        assert.deepEqual([...expected.keys()].map((i) => [table.get(i).text, table.start(i), table.next(i)]), [...expected].reverse().map((e) => [e[3], e[0], e[2]]));
      }),
      { numRuns: 300 },
    );
  });

  it('counts a line as intact only if it and its line break lie before the change', () => {
    const text = 'ab\ncd\r\nef\rgh';
    const lines = new LineTable(text, lineStarts(text));
    // Lines: "ab" next 3, "cd" next 7, "ef" next 10, "gh".
    assert.equal(intactLines(lines, 0), 0);
    assert.equal(intactLines(lines, 3), 0, 'a change right after a break may join the lines');
    assert.equal(intactLines(lines, 4), 1);
    assert.equal(intactLines(lines, 10), 2, 'a lone CR followed by the change may become a CRLF');
    assert.equal(intactLines(lines, 11), 3);
  });

  it('copies blocks whole: every field of every block of the seeds and corpus records', () => {
    // The copier is written out per block type: a field it forgot would show here.
    const kinds = new Set<string>();
    const odd = ['A title', 'Brief Summary:', 'Text.', '| Colour | Size |', '| --- | --- |', '| red | 2 |', '<!-- trial-record-disable-next-line missing-sex -->', 'Study Design', '- a stray bullet'].join('\n');
    for (const text of [...SEED_FILES.map((f) => seedText(f.slice(0, 3))), ...corpusTexts(60), odd]) {
      for (const s of parse(text).sections) {
        for (const b of s.blocks) {
          kinds.add(b.kind);
          assert.deepStrictEqual(shiftedBlock(b, 0, text), b);
        }
      }
    }
    assert.equal(kinds.size, 16, `block kinds seen: ${[...kinds].join(', ')}`);
  });

  it('moves every offset of a copied block and cuts its tokens from the new text', () => {
    const text = seedText('000');
    const tree = parse(text);
    const blocks = tree.sections.find((s) => s.id === 'outcomes')!.blocks;
    const offsets = (v: unknown, out: number[] = []): number[] => {
      if (Array.isArray(v)) v.forEach((x) => offsets(x, out));
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) (k === 'start' || k === 'end' ? out.push(x as number) : offsets(x, out));
      return out;
    };
    const texts = (v: unknown, out: string[] = []): string[] => {
      if (Array.isArray(v)) v.forEach((x) => texts(x, out));
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) (k === 'text' && typeof x === 'string' ? out.push(x) : texts(x, out));
      return out;
    };
    const moved = blocks.map((b) => shiftedBlock(b, 7, `1234567${text}`));
    const before = offsets(blocks);
    assert.ok(before.length > 20);
    assert.deepEqual(offsets(moved), before.map((o) => o + 7));
    assert.deepEqual(texts(moved), texts(blocks));
    // The texts come from the text given, not from the old tokens.
    assert.deepEqual(texts(blocks.map((b) => shiftedBlock(b, 0, text.toUpperCase()))), texts(blocks).map((t) => t.toUpperCase()));
  });

  const settings = readSettings({ today: '2026-11-21' }).settings;

  it('gives the tree, findings and outline of a full parse after random edits to the seeds', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SEED_FILES.map((f) => f.slice(0, 3))), fc.array(editArb, { minLength: 1, maxLength: 8 }), (seed, edits) => {
        applyAll(seedText(seed), edits, (text, tree) => {
          assert.deepStrictEqual(tree, parse(text));
        });
      }),
      { numRuns: 300 },
    );
    // Beyond the tree: everything built on it, for a few edits on each seed, made long enough
    // for the analysis to reparse incrementally.
    for (const f of SEED_FILES) {
      const seed = seedText(f.slice(0, 3));
      let base = seed;
      while (base.length < 60_000) base += `\n${seed.slice(seed.indexOf('\n') + 1)}`;
      let prev = analyze(base);
      assert.ok(prev.memo, 'long enough to be analysed incrementally');
      for (const at of [0.1, 0.5, 0.9]) {
        const text = edit(prev.text, Math.floor(at * prev.text.length), 3, 'Outcome Measures\n');
        const inc = analyze(text, prev);
        const full = analyze(text);
        assert.deepStrictEqual(findings(inc, settings), findings(full, settings));
        assert.deepStrictEqual(documentSymbols(inc), documentSymbols(full));
        prev = inc;
      }
    }
  });

  it('gives the tree of a full parse on corpus records, CRLF text and text with directives', () => {
    const bases = [
      ...corpusTexts(12),
      seedText('001').replace(/\n/g, '\r\n'),
      seedText('004').replace(/\n(Primary Outcome|Eligibility|Inclusion)/g, '\n<!-- trial-record-disable-next-line missing-sex -->\n$1'),
    ];
    fc.assert(
      fc.property(fc.constantFrom(...bases.keys()), fc.array(editArb, { minLength: 1, maxLength: 6 }), (k, edits) => {
        applyAll(bases[k]!, edits, (text, tree) => {
          assert.deepStrictEqual(tree, parse(text));
        });
      }),
      { numRuns: 200 },
    );
  });

  it('reparses an earlier part that read ahead into the edited one (study groups look up the Interventions section)', () => {
    // Two study groups, so that a group's description lines are told apart by whether the
    // Interventions section repeats them.
    const seed = seedText('003');
    const groups = seed.indexOf('\n', seed.indexOf('\nStudy Groups\n') + 1) + 1;
    const interventions = seed.indexOf('\nInterventions\n');
    const body = seed.slice(seed.indexOf('\n\n', groups) + 2, interventions + 1);
    const text = seed.slice(0, interventions + 1) + body.replace('CD146/HER2 CAR T cells, chemotherapy', 'Second cohort') + seed.slice(interventions + 1);
    const at = text.indexOf('Treatment Regimen:', text.indexOf('\nInterventions\n'));
    assert.ok(at > 0);
    const edited = edit(text, at, 'Treatment Regimen:'.length, 'Dosing schedule:');
    const before = parseVersion(text, undefined, INC);
    const after = parse(edited);
    const arms = (t: SyntaxTree) => JSON.stringify(t.sections.find((s) => s.id === 'arms')!.blocks.filter((b) => b.kind === 'arm').map((b) => b.kind === 'arm' && b.interventions.map((n) => n.description?.text.length)));
    assert.notEqual(arms(after), arms(before), 'the edit changes how the groups parse (else this test proves nothing)');
    assert.deepStrictEqual(parseVersion(edited, before), after);
  });

  it('carries the outcome group into a reparse: a group heading inserted above an outcomes table', () => {
    const text = ['Outcome Measures', 'Primary Outcome Measures:', '| Outcome Measure | Measure Description | Time Frame |', '| --- | --- | --- |', '| Overall survival | Time to death | 2 years |', ''].join('\n');
    const at = text.indexOf('| Outcome Measure');
    const edited = edit(text, at, 0, 'Secondary Outcome Measures:\n');
    const groups = (t: SyntaxTree) => t.sections.flatMap((s) => s.blocks).flatMap((b) => (b.kind === 'outcome' ? [b.group] : []));
    assert.deepEqual(groups(parse(text)), ['primary']);
    assert.deepEqual(groups(parse(edited)), ['secondary']);
    assert.deepStrictEqual(parseVersion(edited, parseVersion(text, undefined, INC)), parse(edited));
  });

  it('gives the tree of a full parse on random arrangements of structural lines', () => {
    const pieces = [
      'Brief Summary:', 'Some prose about the study.', 'Study Design', 'Study Type : | Interventional |', 'Masking: | None (Open Label) |', 'Allocation: Randomized',
      'Intervention Model Description:', 'Arms and Interventions', '| Arm | Intervention/treatment |', '| --- | --- |', '| Experimental: A | Drug: X |',
      '| Outcome Measure | Measure Description | Time Frame |', '| Overall survival | Time to death | 2 years |',
      'Outcome Measures', 'Primary Outcome Measures:', 'Secondary Outcome Measures:', '1. Overall survival [ Time Frame: 2 years ]', '- a bullet',
      'Eligibility Criteria', 'Inclusion Criteria:', 'Exclusion Criteria:', 'Sexes Eligible for Study: | All |', 'Contacts and Locations', 'Interventions',
      'Drug: Aspirin', 'Other Name: ASA', '', '', 'NCT01234567', 'ClinicalTrials.gov Identifier: NCT01234567', 'More Information', 'Keywords:',
    ];
    const textArb = fc.array(fc.constantFrom(...pieces), { minLength: 5, maxLength: 60 }).map((ls) => ls.join('\n'));
    fc.assert(
      fc.property(textArb, fc.array(editArb, { minLength: 1, maxLength: 6 }), (base, edits) => {
        applyAll(base, edits, (text, tree) => {
          assert.deepStrictEqual(tree, parse(text));
        });
      }),
      { numRuns: 400 },
    );
  });

  it('gives the findings of a fresh check after edits to a long record (rule results kept per text)', () => {
    // Long enough for the per-text memo (rules/support/memo.ts); misspellings, abbreviations and
    // ages in the criteria give the kept rules something to find.
    const added = '- Progression-free survivl per RECIST; aged 18 to 70 years; ORR (objective response rate)';
    const seed = seedText('000').replace('Inclusion Criteria:', `Inclusion Criteria:\n\n${added}\n${added}`);
    let text = seed;
    for (let k = 0; k < 6; k++) text += `\n${seed.slice(seed.indexOf('\n') + 1)}`;
    assert.ok(text.length > 50_000);
    const noMemo = (t: string) => ({ ...analyze(t), memo: undefined });
    let a = analyze(text);
    assert.ok(a.memo, 'the record is long enough to keep rule results');
    const first = findings(a, settings);
    assert.deepStrictEqual(first, findings(noMemo(text), settings));
    for (const rule of ['misspelled-term', 'undefined-abbreviation', 'criteria-age-conflict', 'duplicate-criterion']) {
      assert.ok(first.some((f) => f.rule.id === rule), `the record gives ${rule} findings`);
    }
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat({ max: 30 }), fc.constantFrom('x', '\n', 'survivl', 'PFS ', ' (PFS)', 'aged 21 to 65 years', '- ', '')), { minLength: 1, maxLength: 5 }), (edits) => {
        for (const [where, remove, insert] of edits) {
          const at = Math.floor(where * a.text.length);
          const next = edit(a.text, at, Math.min(remove, a.text.length - at), insert);
          a = analyze(next, a);
          assert.deepStrictEqual(findings(a, settings), findings(noMemo(next), settings));
        }
      }),
      { numRuns: 15 },
    );
  });

  it('parses only around the edit in a long record', () => {
    const seed = seedText('000');
    let text = seed;
    for (let k = 0; k < 20; k++) text += `\n${seed.slice(seed.indexOf('\n') + 1)}`;
    const lines = splitLines(text).length;
    const tree = parseVersion(text, undefined, INC);
    assert.deepEqual(parsedLines(tree), { from: 0, to: lines });
    for (const where of [0.05, 0.5, 0.95]) {
      const at = text.indexOf('\n', Math.floor(where * text.length)) + 1;
      const next = edit(text, at, 0, 'x');
      const inc = parseVersion(next, tree, INC);
      const span = parsedLines(inc)!;
      assert.ok(span.to - span.from < lines / 10, `reparsed lines ${span.from}..${span.to} of ${lines} for an edit at ${where}`);
      assert.deepStrictEqual(inc, parse(next));
      // Sections well before the edit are the previous tree's own objects.
      if (where > 0.1) assert.equal(inc.sections[1]!.blocks, tree.sections[1]!.blocks);
    }
  });

  it('keeps few old versions of a long record in memory, however many edits it has had', function () {
    this.timeout(60_000);
    // Edits moving forward through the record: each reparse resumes further on, so the tokens
    // before it come from ever older versions unless they are cut anew. Measured in a child
    // process with a garbage collector to call.
    const out = join(__dirname, '..', '..', 'server', 'src');
    const script = `
      const { analyze } = require(${JSON.stringify(join(out, 'analysis', 'analyze.js'))});
      const { findings } = require(${JSON.stringify(join(out, 'rules', 'engine', 'run.js'))});
      const { readSettings } = require(${JSON.stringify(join(out, 'settings.js'))});
      const { pinnedVersions } = require(${JSON.stringify(join(out, 'analysis', 'reparse.js'))});
      const settings = readSettings({ today: '2026-11-21' }).settings;
      const seed = require('node:fs').readFileSync(${JSON.stringify(seedPath('000'))}, 'utf8');
      let text = seed;
      while (text.length < 1000000) text += '\\n' + seed.slice(seed.indexOf('\\n') + 1);
      let a = analyze(text);
      findings(a, settings);
      gc();
      const base = process.memoryUsage().heapUsed;
      let most = 0;
      for (let k = 0; k < 40; k++) {
        const at = text.indexOf('\\n', Math.floor(((k + 0.5) / 40) * text.length)) + 1;
        text = text.slice(0, at) + 'x' + text.slice(at);
        a = analyze(text, a);
        findings(a, settings);
        most = Math.max(most, pinnedVersions(a.tree));
      }
      gc();
      console.log(JSON.stringify({ grew: process.memoryUsage().heapUsed - base, size: text.length, most }));
    `;
    const run = spawnSync(process.execPath, ['--expose-gc', '-e', script], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const { grew, size, most } = JSON.parse(run.stdout) as { grew: number; size: number; most: number };
    assert.ok(most <= 6, `the tree kept ${most} versions`);
    // Forty versions of the text would be 40 x its size; six and the memo's spare version fit in ten.
    assert.ok(grew < 10 * size, `the heap grew by ${(grew / 1e6).toFixed(1)} MB over 40 edits of a ${(size / 1e6).toFixed(1)} MB record`);
  });

  it('never lets a tree keep more than a few versions', () => {
    const seed = seedText('001');
    let text = seed;
    for (let k = 0; k < 10; k++) text += `\n${seed.slice(seed.indexOf('\n') + 1)}`;
    let tree = parseVersion(text, undefined, INC);
    for (let k = 0; k < 60; k++) {
      const at = text.indexOf('\n', Math.floor(((k + 0.5) / 60) * text.length)) + 1;
      text = edit(text, at, 0, 'x');
      tree = parseVersion(text, tree, INC);
      assert.ok(pinnedVersions(tree) <= 6);
    }
    assert.deepStrictEqual(tree, parse(text));
  });
});
