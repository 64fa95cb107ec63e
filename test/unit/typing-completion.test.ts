// Never change what the writer typed (issue 30): every completion the server can return on real
// record text only continues what was typed, snippets come only on empty lines, and nothing is
// preselected. An editor shows the first item selected and Enter or Tab accepts it, so an item
// that does not continue the typed text would rewrite it.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { type CompletionItem, CompletionItemKind, InsertTextFormat, type TextEdit } from 'vscode-languageserver-types';
import { analyze } from '../../server/src/analysis/analyze';
import { completions } from '../../server/src/features/completion';
import type { ApiStudy } from '../../server/src/convert/api';
import { FIXTURES, SEED_FILES, seedText } from '../helpers';
import { classicPage } from '../pages/classic';
import { modernPage } from '../pages/modern';
import { variant } from '../pages/common';

const lower = (s: string) => s.toLowerCase();
const edit = (i: CompletionItem) => i.textEdit as TextEdit;

/** The problems of one completion list at one position; none is expected. */
function problems(line: string, character: number, items: readonly CompletionItem[], isIncomplete: boolean): string[] {
  const out: string[] = [];
  const before = line.slice(0, character);
  for (const i of items) {
    const typed = before.slice(edit(i).range.start.character);
    const filter = i.filterText ?? i.label;
    if (i.preselect) out.push(`"${i.label}" is preselected`);
    // Case is forgiven in the first word only: past it, the writer's casing is meant.
    const startsWith = /\s/.test(typed.trim()) ? filter.startsWith(typed) : lower(filter).startsWith(lower(typed));
    if (!(filter.length > typed.length && startsWith)) out.push(`"${i.label}" does not continue the typed "${typed}"`);
    const snippet = i.kind === CompletionItemKind.Snippet || i.insertTextFormat === InsertTextFormat.Snippet;
    if (snippet && line.trim() !== '') out.push(`snippet "${i.label}" on a line with text`);
  }
  if (items.length > 0 && !isIncomplete) out.push('the list is not marked incomplete, so the client would filter a stale range');
  return out;
}

/** Checks every `step`-th position of every line, plus line ends and trigger characters. */
function checkText(name: string, text: string, step: number): number {
  const a = analyze(text);
  const lines = text.split(/\r?\n|\r/);
  let asked = 0;
  lines.forEach((line, l) => {
    for (let c = 0; c <= line.length; c++) {
      const trigger = c > 0 && ':|[- '.includes(line[c - 1]!);
      if (c % step !== 0 && c !== line.length && !trigger) continue;
      const list = completions(a, { line: l, character: c });
      asked++;
      const found = problems(line, c, list.items, list.isIncomplete);
      assert.deepEqual(found, [], `${name} ${l + 1}:${c + 1} in "${line}"`);
    }
  });
  return asked;
}

/** Types `typed` at the end of `context` one character at a time, asking at each, as a client does. */
function typeLine(context: string, typed: string): { lists: CompletionItem[][]; accepted: string } {
  const lists: CompletionItem[][] = [];
  const line = context.split('\n').length - 1;
  for (let k = 0; k <= typed.length; k++) {
    const text = context + typed.slice(0, k);
    lists.push(completions(analyze(text), { line, character: k }).items);
  }
  // A client that selects the first item accepts it on Enter: the result of that.
  const last = [...(lists.at(-1) ?? [])].sort((x, y) => (x.sortText ?? '').localeCompare(y.sortText ?? ''))[0];
  const full = context + typed;
  if (!last) return { lists, accepted: typed };
  const doc = TextDocument.create('file:///t.trial', 'trial-record', 1, full);
  const after = TextDocument.applyEdits(doc, [edit(last)]);
  return { lists, accepted: after.slice(context.length) };
}

describe('completion never changes what was typed (issue 30)', () => {
  it('on every position of the five seeds: only continuations, no snippet on a line with text, nothing preselected', () => {
    let asked = 0;
    for (const f of SEED_FILES) asked += checkText(f, seedText(f.slice(0, 3)), 1);
    assert.ok(asked > 60_000, `asked at ${asked} positions`);
  });

  it('on corpus pages in both layouts', () => {
    const dir = join(FIXTURES, 'corpus', 'ctgov');
    const ids = ['NCT00000410', 'NCT01252810', 'NCT02691897', 'NCT02778893', 'NCT03648918', 'NCT04326231', 'NCT04870190', 'NCT05426668', 'NCT05897242', 'NCT06067984'];
    let pages = 0;
    for (const id of ids) {
      const study = JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')) as ApiStudy;
      for (const page of [classicPage(study.protocolSection, variant(id)), modernPage(study.protocolSection, variant(id))]) {
        checkText(`${id} (${page.layout})`, page.text, 3);
        pages++;
      }
    }
    assert.equal(pages, ids.length * 2);
  });

  it('the lines that were rewritten: each gives what was typed, even where the first item is accepted', () => {
    const status = 'A Study\nClinicalTrials.gov Identifier: NCT01234567\n';
    const cases: [string, string][] = [
      [status, 'Recruitment Status : Recruiting'],
      ['A Study\n\nStudy Design\n', 'Phase: Phase 2'],
      ['A Study\n\nStudy Design\nStudy Type : | Interventional (Clinical Trial) |\n', 'Allocation: | Randomized |'],
      ['A Study\n\nOutcome Measures\nPrimary Outcome Measures:\n', '- Time to first severe exacerbation'],
      ['A Study\n\nOutcome Measures\nPrimary Outcome Measures:\n', '- Overall survival'],
      ['A Study\n\nOutcome Measures\nPrimary Outcome Measures:\n', '- Time to first severe exacerbation [ Time Frame: Week 12'],
      ['A Study\n\nOutcome Measures\nSecondary Outcome Measures:\n', '- Asthma Control Questionnaire score'],
      ['A Study\n\nConditions\nCondition or disease | Intervention/treatment | Phase |\n---|---|---|\n', 'Asthma'],
      ['A Study\n\nEligibility Criteria\nInclusion Criteria:\n', '- Measurable disease per RECIST v1.1'],
    ];
    for (const [context, typed] of cases) {
      const { lists, accepted } = typeLine(context, typed);
      assert.equal(accepted, typed, `"${typed}": the first item would make it "${accepted}"`);
      // No snippet on the way, and every list only continues the line.
      for (const items of lists.slice(1)) assert.ok(!items.some((i) => i.kind === CompletionItemKind.Snippet), typed);
    }
  });

  it('value suggestions still appear where they help, and a value being typed narrows them', () => {
    const status = 'A Study\nClinicalTrials.gov Identifier: NCT01234567\n';
    const labels = (context: string, typed: string) => typeLine(context, typed).lists.at(-1)!.map((i) => i.label);
    assert.ok(labels(status, 'Recruitment Status : ').includes('Not yet recruiting'));
    assert.deepEqual(labels(status, 'Recruitment Status : Rec'), ['Recruiting']);
    assert.deepEqual(labels(status, 'Recruitment Status : not'), ['Not yet recruiting'], 'case aside in the first word');
    assert.deepEqual(labels(status, 'Recruitment Status : not yet'), [], 'past it, the writer\'s casing is meant');
    assert.deepEqual(labels(status, 'Recruitment Status : Recruiting'), [], 'a complete value: nothing to add');
    assert.ok(labels('A Study\n\nOutcome Measures\n', '- Overall survival [ Time Frame: ').includes('Up to 24 months'));
    assert.deepEqual(labels('A Study\n\nOutcome Measures\n', '- Overall survival [ Time Frame: Up to 2'), ['Up to 24 months']);
  });

  it('offers snippets on an empty line where their block begins, and nowhere else', () => {
    const names = (marked: string) => {
      const text = marked.replace('‸', '');
      const a = analyze(text);
      const pos = a.index.position(marked.indexOf('‸'));
      return completions(a, pos).items.filter((i) => i.kind === CompletionItemKind.Snippet).map((i) => i.label);
    };
    assert.deepEqual(names('‸'), ['New trial record']);
    // First in the list: a long list shows only its top rows.
    const first = [...completions(analyze(''), { line: 0, character: 0 }).items].sort((x, y) => (x.sortText ?? '').localeCompare(y.sortText ?? ''))[0];
    assert.equal(first?.label, 'New trial record');
    // Seed 000's outcome list, its page headings lost in the copy: an empty line among the measures.
    const seed = seedText('000');
    const among = (line: string) => seed.replace('\n- Progression free survival (PFS)', `\n${line}\n- Progression free survival (PFS)`);
    const there = names(among('‸'));
    assert.ok(there.includes('Outcome measure') && there.includes('Secondary outcome measure'), there.join(' | '));
    assert.ok(!there.includes('Arm') && !there.includes('Eligibility block'), 'not the blocks of other sections');
    assert.ok(!there.includes('New trial record'), 'not in a record already started');
    assert.deepEqual(names(among('out‸')), [], 'a line with text gets none');
    assert.ok(names(seed.replace('\nDrug: tusamitamab ravtansine\nPharmaceutical form', '\n‸\nDrug: tusamitamab ravtansine\nPharmaceutical form')).includes('Arm'));
  });
});
