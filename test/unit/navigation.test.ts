import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { analyze } from '../../server/src/analysis/analyze';
import { documentLinks } from '../../server/src/features/links';
import { definition, highlights, prepareRename, references, rename } from '../../server/src/features/navigation';
import { seedText } from '../helpers';

const URI = 'file:///000.trial';
const text = seedText('000');
const a = analyze(text);
/** The position of the n-th occurrence (0-based) of `needle`, plus `shift` characters. */
function pos(needle: string, n = 0, shift = 1) {
  let at = -1;
  for (let k = 0; k <= n; k++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, needle);
  return a.index.position(at + shift);
}
const slice = (r: { start: { line: number; character: number }; end: { line: number; character: number } }) => text.slice(a.index.offset(r.start), a.index.offset(r.end));
const lineOf = (r: { start: { line: number } }) => r.start.line + 1;

describe('navigation', () => {
  it('goes from an intervention named in an arm, or in the conditions table, to its definition', () => {
    const fromTable = definition(a, URI, pos('Drug: Gemcitabine |'.slice(0, 17), 0, 7))!;
    assert.equal(slice(fromTable.range), 'Gemcitabine');
    assert.equal(lineOf(fromTable.range), 53, 'the Cohort C row, where Gemcitabine is described');
  });

  it('finds every place an intervention is named, and highlights them', () => {
    const refs = references(a, URI, pos('Drug: tusamitamab ravtansine', 0, 8));
    assert.deepEqual(refs.map((r) => slice(r.range)), Array(4).fill('tusamitamab ravtansine'));
    assert.deepEqual(refs.map((r) => lineOf(r.range)), [25, 42, 47, 52]);
    assert.equal(highlights(a, pos('Drug: tusamitamab ravtansine', 2, 8)).length, 4);
  });

  it('renames an intervention everywhere and changes nothing else', () => {
    const p = pos('Drug: Gemcitabine', 0, 8);
    assert.equal(prepareRename(a, p)?.placeholder, 'Gemcitabine');
    const edit = rename(a, URI, p, 'Gemcitabine hydrochloride')!;
    const after = TextDocument.applyEdits(TextDocument.create(URI, 'trial-record', 1, text), edit.changes![URI] as TextEdit[]);
    assert.equal(after.replace(/Drug: Gemcitabine hydrochloride/g, 'Drug: Gemcitabine'), text);
    const r = analyze(after).record;
    assert.deepEqual(r.interventions.map((i) => i.name?.value), ['tusamitamab ravtansine', 'Gemcitabine hydrochloride']);
    assert.deepEqual(r.arms[2]!.interventions.map((i) => i.name?.value), ['tusamitamab ravtansine', 'Gemcitabine hydrochloride']);
    assert.equal(rename(a, URI, p, 'bad | name'), null, 'a pipe would break the table');
  });

  it('renames an arm label; abbreviations are not renamed', () => {
    const p = pos('Cohort A metastatic breast cancer (mBC)', 0, 3);
    const edit = rename(a, URI, p, 'Cohort A breast cancer')!;
    assert.equal(edit.changes![URI]!.length, 1);
    assert.equal(prepareRename(a, pos('(DCR)', 0, 2)), null);
  });

  it('goes from an abbreviation to where the record defines it, and finds its uses', () => {
    const d = definition(a, URI, pos('DCR defined as', 0, 1))!;
    assert.equal(slice(d.range), 'DCR');
    assert.equal(lineOf(d.range), 58);
    const uses = references(a, URI, pos('(mBC)', 0, 2));
    assert.ok(uses.length >= 3 && uses.every((u) => slice(u.range) === 'mBC'));
  });

  it('links every NCT ID to its page on ClinicalTrials.gov, and nowhere else', () => {
    const links = documentLinks(a);
    assert.equal(links.length, 3);
    assert.ok(links.every((l) => l.target === 'https://clinicaltrials.gov/study/NCT04659603'));
  });
});
