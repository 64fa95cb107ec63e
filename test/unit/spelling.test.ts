// Spelling (issue 13): the maintained word lists, the evidence misspelled-word asks for, and its
// findings on every corpus record against the hand-reviewed table.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/analysis/analyze';
import { findings } from '../../server/src/rules/engine/run';
import { readSettings } from '../../server/src/settings';
import { setDictionaryLoader, spellingDictionary } from '../../server/src/vocabulary/spelling/dictionary';
import { loadFromDisk } from '../../server/src/vocabulary/spelling/diskDictionary';
import { isKnown, nearWords } from '../../server/src/vocabulary/spelling/speller';
import { WordSet } from '../../server/src/vocabulary/spelling/wordSet';
import { FULL } from '../pages/common';
import { corpus, page } from '../precision';
import { FIXTURES, SEED_FILES, SEEDS_DIR, seedText } from '../helpers';

const { settings } = readSettings({ today: '2026-12-02' });
const SPELLING = new Set(['misspelled-word', 'misspelled-term']);
const spelling = (text: string, s = settings) =>
  findings(analyze(text), s, () => undefined)
    .filter((f) => SPELLING.has(f.rule.id))
    .map((f) => ({ rule: f.rule.id, severity: f.severity, word: text.slice(f.range.start, f.range.end), message: f.message, fixes: f.fixes ?? [], range: f.range }));

const record = (summary: string, extra: string[] = []) =>
  ['A Study of Something', 'ClinicalTrials.gov Identifier: NCT01234567', 'Recruitment Status : Recruiting', '', 'Study Description', 'Brief Summary:', summary, '', ...extra].join('\n');

describe('spelling', () => {
  it('a word list round-trips through its file form, and a file of another shape is refused', () => {
    const set = WordSet.of(['baseline', 'tumour', "patient's"]);
    const back = WordSet.decode(set.encode());
    assert.equal(back.size, 3);
    for (const w of ['baseline', 'tumour', "patient's"]) assert.ok(back.has(w), w);
    for (const w of ['basline', 'tumor', '']) assert.ok(!back.has(w), w);
    assert.ok(back.hasLowerCased('The Baseline visit', 4, 12), 'looked up inside a text, folded to lower case');
    assert.throws(() => WordSet.decode(new Uint8Array(7)), /bad length/);
    assert.throws(() => WordSet.decode(new Uint8Array(16)), /bad header/);
  });

  it('the dictionaries know English in both spellings and medical terms', () => {
    const dict = spellingDictionary();
    assert.ok(dict, 'the build put the word lists in dist/dictionaries');
    for (const w of ['baseline', 'randomized', 'randomised', 'tumour', 'haematology', 'hematocrit', 'pharmacokinetics', 'hepatocellular', 'equina', 'suppurativa']) assert.ok(isKnown(dict, w), w);
    // Forms the lists do not hold, built from words they do.
    for (const w of ['nanomoles', 'psychoeducation', 'biospecimens', 'postoperatively']) assert.ok(isKnown(dict, w), w);
    for (const w of ['basline', 'questionaire', 'pscyhoeducation', 'occured']) assert.ok(!isKnown(dict, w), w);
  });

  it('one slip: a letter left out, one too many, one changed, two swapped; the first letter kept', () => {
    const near = (w: string, words: string[]) => nearWords(w, (c) => words.includes(c)).map((n) => `${n.word}:${n.slip}`);
    assert.deepEqual(near('basline', ['baseline', 'bassline', 'vaseline']), ['bassline:omission', 'baseline:omission']);
    assert.deepEqual(near('chornic', ['chronic']), ['chronic:transposition']);
    assert.deepEqual(near('assessement', ['assessment']), ['assessment:insertion']);
    assert.deepEqual(near('satus', ['status', 'sates']), ['status:omission', 'sates:substitution']);
  });

  it('on the record\'s evidence: a warning with a fix that changes the word only', () => {
    const text = record('Change in HbA1c from basline to week 24. The baseline visit is on day 1.');
    const [f, ...rest] = spelling(text);
    assert.equal(rest.length, 0);
    assert.equal(f!.word, 'basline');
    assert.equal(f!.severity, 'warning');
    assert.match(f!.message, /"basline" looks like a misspelling of "baseline", as the record writes it elsewhere/);
    const fix = f!.fixes[0]!;
    assert.equal(fix.preferred, true);
    const edit = fix.edits[0]!;
    const fixed = text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
    assert.equal(fixed, text.replace('basline', 'baseline'));
    assert.deepEqual(spelling(fixed), []);
  });

  it('a word the record writes more often, though no dictionary has it, is evidence too', () => {
    const text = record('Pscyhoeducation sessions follow the protocol. Each psychoeducation session lasts an hour; psychoeducation is given weekly.');
    // "psychoeducation" is built from psycho + education; the swap alone would be enough, the evidence makes it a warning.
    const found = spelling(text);
    assert.deepEqual(found.map((f) => [f.word, f.severity, f.fixes[0]!.edits[0]!.newText]), [['Pscyhoeducation', 'warning', 'Psychoeducation']]);
  });

  it('without evidence: information for a lower-case word, and only for the slips typing makes', () => {
    const found = spelling(record('Each participant fills in the questionaire. Chornic pain. Lycium chinense extract. An insecticide treated bednet. Metformine is allowed. Crary MA, Mann GD.'));
    assert.deepEqual(found.map((f) => [f.word, f.severity]), [
      ['questionaire', 'information'],
      ['Chornic', 'information'], // a swap in a capitalised word of seven letters
    ]);
    assert.match(found[0]!.message, /"questionaire" is in no dictionary; did you mean "questionnaire"\?/);
  });

  it('names, codes, addresses, compounds and custom terms are not checked', () => {
    const text = record('Patients receive Bonviva (ibandronate) monthly; see www.exampel.org, file data_tabel.csv, RP-abcdef and 12mgkgx. Visio-spatial abilities. Tumour sizes in CAPTIALS.', ['Arms and Interventions', 'Arm | Intervention/treatment', 'Experimental: Bonviva | Drug: Bonviva', '']);
    assert.deepEqual(spelling(text), []);
    const custom = readSettings({ today: '2026-12-02', customTerms: [{ term: 'QUESTIONAIRE', expansion: 'questionaire' }] }).settings;
    assert.deepEqual(spelling(record('Each participant fills in the questionaire.'), custom), []);
  });

  it('a standard term\'s misspelled word is reported once, by misspelled-term, naming the term', () => {
    const found = spelling(seedText('000'));
    assert.deepEqual(
      found.map((f) => [f.rule, f.word]),
      [
        ['misspelled-term', 'toxicites'],
        ['misspelled-term', 'toxicites'],
      ],
    );
    const cut = spelling(seedText('004'));
    assert.deepEqual(cut.map((f) => [f.rule, f.word, f.fixes[0]!.edits[0]!.newText]), [['misspelled-term', 'Progress', 'Progression']]);
    assert.match(cut[0]!.message, /standard term Progression-Free Survival/);
    // The term's last word cut short is ordinary English ("time to progress"), and is left alone.
    assert.deepEqual(spelling(record('The time to progress was long. Progress was measured. Progression-Free Survival (PFS).')), []);
  });

  it('a missing dictionary turns spelling off with one message, and every other rule still runs', () => {
    const messages: string[] = [];
    const error = console.error;
    console.error = (m: string) => messages.push(m);
    try {
      setDictionaryLoader(() => {
        throw new Error('no word lists found (test)');
      });
      const text = record('Change in HbA1c from basline to week 24. The baseline visit is on day 1.');
      assert.deepEqual(spelling(text).filter((f) => f.rule === 'misspelled-word'), []);
      assert.deepEqual(spelling(text).filter((f) => f.rule === 'misspelled-word'), []);
      assert.ok(findings(analyze(text), settings).length > 0);
      assert.deepEqual(messages, ['Trial Record: spelling is off: no word lists found (test)']);
    } finally {
      console.error = error;
      setDictionaryLoader(loadFromDisk);
    }
    assert.equal(spelling(record('Change from basline. The baseline visit.')).length, 1);
  });

  it('on every corpus record and seed, in both layouts, the findings are the hand-reviewed ones', () => {
    const table = readFileSync(join(FIXTURES, 'review', 'spelling.md'), 'utf8');
    const reviewed = new Map<string, string>();
    for (const line of table.split('\n')) {
      const cells = line.split(' | ');
      if (cells.length < 8 || !/^\| (NCT|\d{3}_)/.test(line)) continue;
      reviewed.set(`${cells[0]!.slice(2)} ${cells[1]} ${cells[2]} ×${cells[3]} ${cells[4]}`, cells[6]!);
    }
    assert.ok(reviewed.size >= 60, `the table has ${reviewed.size} rows`);
    for (const layout of ['classic', 'modern'] as const) {
      const seen = new Map<string, number>();
      const severity = new Map<string, string>();
      const add = (name: string, text: string) => {
        for (const f of spelling(text)) {
          const key = `${name} ${f.rule} ${f.word}`;
          seen.set(key, (seen.get(key) ?? 0) + 1);
          severity.set(key, f.severity);
        }
      };
      for (const f of SEED_FILES) add(f, readFileSync(join(SEEDS_DIR, f), 'utf8'));
      for (const s of corpus()) add(s.file, page(layout, s.source, FULL).text);
      const got = [...seen].map(([k, n]) => `${k} ×${n} ${severity.get(k)}`).sort();
      assert.deepEqual(got, [...reviewed.keys()].sort(), `${layout}: review new findings and add them to test/fixtures/review/spelling.md`);
    }
    const verdicts = [...reviewed.values()];
    assert.equal(verdicts.filter((v) => v.startsWith('false')).length, 0, 'no word in the table is correctly spelled');
  });
});
