import { strict as assert } from 'node:assert';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { SymbolKind } from 'vscode-languageserver-types';
import { analyze } from '../../server/src/analysis/analyze';
import { foldingRanges } from '../../server/src/features/folding';
import { documentSymbols, flatSymbols } from '../../server/src/features/symbols';
import { SEED_FILES, seed, seedText } from '../helpers';

const child = (s: DocumentSymbol, name: string) => {
  const c = s.children?.find((x) => x.name === name);
  assert.ok(c, `no ${name} under ${s.name}: ${s.children?.map((x) => x.name).join(', ')}`);
  return c!;
};
const names = (s: DocumentSymbol) => (s.children ?? []).map((c) => c.name);
const before = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line < b.line || (a.line === b.line && a.character <= b.character);

function assertWellFormed(s: DocumentSymbol, parent?: DocumentSymbol): void {
  assert.ok(s.name.trim().length > 0, 'empty symbol name');
  assert.ok(before(s.range.start, s.selectionRange.start) && before(s.selectionRange.end, s.range.end), `${s.name}: selectionRange outside range`);
  if (parent) assert.ok(before(parent.range.start, s.range.start) && before(s.range.end, parent.range.end), `${s.name}: outside ${parent.name}`);
  for (const c of s.children ?? []) assertWellFormed(c, s);
}

describe('Outline', () => {
  it('000: record, groups in page order, arms with their interventions, outcomes with time frames', () => {
    const [root] = documentSymbols(seed('000'));
    assert.equal(root!.name, 'Tusamitamab Ravtansine Monotherapy and in Combination in Patients With CEACAM5-positive Advanced Solid Tumors');
    assert.equal(root!.detail, 'NCT04659603');
    // The groups are the seed's sections in its order (the classic page has its status in the header and its dates in the design table).
    assert.deepEqual(names(root!), ['Identification', 'Description', 'Design', 'Arms', 'Outcome Measures', 'Eligibility', 'Contacts and Locations', 'More Information']);
    const arms = child(root!, 'Arms');
    assert.deepEqual(names(arms), [
      'Experimental: Cohort A metastatic breast cancer (mBC)',
      'Experimental: Cohort B metastatic pancreatic adenocarcinoma (mPAC)',
      'Experimental: Cohort C Metastatic pancreatic adenocarcinoma (mPAC)',
    ]);
    assert.deepEqual(names(arms.children![2]!), ['Drug: tusamitamab ravtansine', 'Drug: Gemcitabine']);
    assert.equal(arms.children![0]!.kind, SymbolKind.Class);
    const outcomes = child(root!, 'Outcome Measures');
    assert.deepEqual(names(outcomes), ['Unclassified']);
    const measures = outcomes.children![0]!.children!;
    assert.equal(measures.length, 11);
    assert.equal(measures[1]!.detail, '28 days (Cycle 1)');
    const inclusion = child(child(root!, 'Eligibility'), 'Inclusion Criteria');
    assert.deepEqual(inclusion.children!.filter((c) => c.kind === SymbolKind.Struct).map((c) => c.name), ['Cohort A: mBC', 'Cohorts B and C: mPAC', 'Cohort B: mPAC:', 'Cohort C: mPAC']);
  });

  it('each group covers its own lines, in the record\'s order, so the breadcrumb names the part the cursor is in (seed 000)', () => {
    const [root] = documentSymbols(seed('000'));
    // 1-based lines of seed 000, read off the text: the header (title to Last Update Posted) is 1–8,
    // the Study Design table 26–35, the arms 37–54, the criteria 67–108, More Information 116–129.
    const lines = (name: string) => [child(root!, name).range.start.line + 1, child(root!, name).range.end.line + 1];
    assert.deepEqual(lines('Identification'), [1, 8]);
    assert.deepEqual(lines('Design'), [26, 35]);
    assert.deepEqual(lines('Arms'), [37, 54]);
    assert.deepEqual(lines('Eligibility'), [67, 108]);
    assert.deepEqual(lines('More Information'), [116, 129]);
    const groups = root!.children!;
    for (let k = 1; k < groups.length; k++) assert.ok(before(groups[k - 1]!.range.start, groups[k]!.range.start), `${groups[k]!.name} after ${groups[k - 1]!.name}`);
    // A criterion (line 72) lies in Eligibility only: no other group covers it.
    const at = { line: 71, character: 3 };
    assert.deepEqual(groups.filter((g) => before(g.range.start, at) && before(at, g.range.end)).map((g) => g.name), ['Eligibility']);
    // The identifiers written in More Information are listed there, not under Identification.
    assert.ok(names(child(root!, 'More Information')).includes('Org Study ID'));
    // Interventions written inside an arm's row appear under the arm, not again on their own.
    assert.equal(names(child(root!, 'Arms')).length, 3);
  });

  it('selection ranges point at the names in the text', () => {
    const a = seed('000');
    const [root] = documentSymbols(a);
    const arm = child(root!, 'Arms').children![0]!;
    const lines = a.text.split('\n');
    const r = arm.selectionRange;
    assert.equal(lines[r.start.line]!.slice(r.start.character, r.end.character), 'Cohort A metastatic breast cancer (mBC)');
  });

  it('every seed gives a well-formed tree (names, nesting, selection inside range)', () => {
    for (const f of SEED_FILES) {
      const [root] = documentSymbols(seed(f.slice(0, 3)));
      assertWellFormed(root!);
    }
  });

  it('003: arms and interventions of the newer layout', () => {
    const [root] = documentSymbols(seed('003'));
    assert.deepEqual(names(child(root!, 'Arms')), ['Experimental: CD146/HER2 CAR T cells, chemotherapy']);
    assert.deepEqual(names(child(root!, 'Interventions')), ['Biological: CD146/HER2 CAR-T cells']);
    assert.equal(root!.children!.some((c) => c.name === 'Outcome Measures'), false);
  });

  it('groups outcomes under their Primary/Secondary headings when the text has them', () => {
    const text = 'Trial\nClinicalTrials.gov Identifier: NCT01234567\nOutcome Measures\nPrimary Outcome Measures:\n- Overall Survival (OS) [ Time Frame: Up to 5 years ]\nSecondary Outcome Measures:\n- Quality of life [ Time Frame: Week 12 ]\n- Safety [ Time Frame: Up to 30 days ]\n';
    const [root] = documentSymbols(analyze(text));
    const outcomes = child(root!, 'Outcome Measures');
    assert.deepEqual(names(outcomes), ['Primary', 'Secondary']);
    assert.deepEqual(names(outcomes.children![1]!), ['Quality of life', 'Safety']);
  });

  it('offers a flat list for clients without hierarchical symbols', () => {
    const flat = flatSymbols(seed('002'), 'file:///x.trial');
    assert.ok(flat.length > 50);
    const arm = flat.find((s) => s.name === 'Active Comparator: Carfilzomib + Dexamethasone (Kd)');
    assert.equal(arm?.containerName, 'Arms');
    assert.ok(flat.every((s) => s.location.uri === 'file:///x.trial'));
  });
});

describe('folding', () => {
  it('folds sections, arms, outcome runs, criteria lists and nested criteria', () => {
    const a = seed('001');
    const ranges = foldingRanges(a);
    const lines = seedText('001').split('\n');
    const starts = ranges.map((r) => lines[r.startLine]!.slice(0, 40));
    assert.ok(starts.includes('Experimental: Isatuximab/cemiplimab (Reg'), 'arm');
    assert.ok(starts.includes('Inclusion criteria:'), 'inclusion list');
    assert.ok(starts.includes('-'), 'nested criteria under the bare dash');
    assert.ok(ranges.every((r) => r.endLine > r.startLine));
    assert.equal(new Set(ranges.map((r) => r.startLine)).size, ranges.length, 'one range per start line');
    const outcomes = ranges.find((r) => lines[r.startLine]!.startsWith('- Dose Limiting Toxicities'));
    assert.equal(lines[outcomes!.endLine]!.slice(0, 27), '- Antibodies to cemiplimab ');
  });
});
