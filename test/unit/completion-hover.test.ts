// Completion and hover with cursor markers: `‸` marks the cursor in real record text; each case
// applies the item's edit and checks the resulting text.
import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, MarkupContent } from 'vscode-languageserver-types';
import { analyze } from '../../server/src/analysis/analyze';
import { completions, resolveCompletion } from '../../server/src/features/completion';
import { hover } from '../../server/src/features/hover';
import { findings } from '../../server/src/rules/engine/run';
import { readSettings } from '../../server/src/settings';
import * as V from '../../server/src/vocabulary/ctgov-enums';
import * as C from '../../server/src/vocabulary/criteria';
import { ENDPOINT_TERMS } from '../../server/src/vocabulary/endpoints';
import { FIELDS } from '../../server/src/vocabulary/fields';
import { CITATIONS, citationMarkdown, citationText, citedKeys } from '../../server/src/vocabulary/citations';
import { seedText } from '../helpers';

const CURSOR = '‸';

function at(marked: string) {
  const offset = marked.indexOf(CURSOR);
  assert.ok(offset >= 0, 'no cursor marker');
  const text = marked.replace(CURSOR, '');
  const a = analyze(text);
  return { text, a, position: a.index.position(offset) };
}

/** The completion items at the marker, and the text after accepting the one labelled `label`. */
function complete(marked: string, label?: string) {
  const { text, a, position } = at(marked);
  const { items } = completions(a, position);
  if (!label) return { items, after: text };
  const item = items.find((i) => i.label === label);
  assert.ok(item, `no item "${label}" in ${items.map((i) => i.label).slice(0, 25).join(' | ')}`);
  const doc = TextDocument.create('file:///x.trial', 'trial-record', 1, text);
  return { items, item: item!, after: TextDocument.applyEdits(doc, [item!.textEdit as { range: never; newText: string }]) };
}

const labels = (items: CompletionItem[]) => items.map((i) => i.label);
const sorted = (items: CompletionItem[]) => [...items].sort((x, y) => (x.sortText ?? '').localeCompare(y.sortText ?? '')).map((i) => i.label);

describe('completion', () => {
  it('offers the allowed values after an enumerated label and replaces the typed part', () => {
    const r = complete('Study Design\nAllocation: | Non‸ |\n', 'Non-Randomized');
    assert.equal(r.after, 'Study Design\nAllocation: | Non-Randomized |\n');
    assert.equal(sorted(r.items)[0], 'Non-Randomized', 'the exact-prefix match ranks first');
    const status = complete('Title\nRecruitment Status : Act‸\n', 'Active, not recruiting');
    assert.equal(status.after, 'Title\nRecruitment Status : Active, not recruiting\n');
  });

  it('offers Masking with its roles, in the registry\'s order; accepting one leaves no finding on the line', () => {
    const values = labels(complete(seedText('000').replace('Masking: | None (Open Label) |', 'Masking: | ‸ |')).items);
    // 1 + C(4,1) + C(4,2) + C(4,3) + C(4,4) = 16 values; no bare level.
    assert.equal(values.length, 16);
    assert.ok(!values.includes('Double') && !values.includes('Single'), values.join(' | '));
    assert.deepEqual(values.filter((v) => v.startsWith('Triple')), ['Triple (Participant, Care Provider, Investigator)', 'Triple (Participant, Care Provider, Outcomes Assessor)', 'Triple (Participant, Investigator, Outcomes Assessor)', 'Triple (Care Provider, Investigator, Outcomes Assessor)']);
    const marked = seedText('000').replace('Masking: | None (Open Label) |', 'Masking: | Dou‸ |');
    const r = complete(marked, 'Double (Participant, Investigator)');
    assert.deepEqual(labels(r.items), values.filter((v) => v.startsWith('Double')), 'what was typed narrows the list');
    assert.ok(r.after.includes('\nMasking: | Double (Participant, Investigator) |\n'));
    const line = r.after.split('\n').indexOf('Masking: | Double (Participant, Investigator) |');
    const onLine = findings(analyze(r.after), readSettings({ today: '2023-06-01' }).settings, () => undefined).filter((f) => analyze(r.after).index.line(f.range.start) === line);
    assert.deepEqual(onLine.map((f) => f.rule.id), []);
    // A bare level is reported for its roles: what the old completion led to.
    const bare = r.after.replace('Double (Participant, Investigator)', 'Double');
    assert.ok(findings(analyze(bare), readSettings({ today: '2023-06-01' }).settings, () => undefined).some((f) => f.rule.id === 'masking-roles'));
  });

  it('offers the phases in the Phase cell of the conditions table, not elsewhere in the row', () => {
    const text = seedText('000').replace('| Drug: tusamitamab ravtansine Drug: Gemcitabine | Phase 2 |', '| Drug: tusamitamab ravtansine Drug: Gemcitabine | Pha‸ |');
    const r = complete(text, 'Phase 1 Phase 2');
    assert.ok(r.after.includes('| Drug: tusamitamab ravtansine Drug: Gemcitabine | Phase 1 Phase 2 |\n'));
    assert.deepEqual(analyze(r.after).record.design.phases.map((p) => p.code), ['PHASE1', 'PHASE2']);
    assert.deepEqual(labels(r.items), ['Phase 1', 'Phase 2', 'Phase 3', 'Phase 4', 'Phase 1 Phase 2', 'Phase 2 Phase 3'], 'only values that continue "Pha"');
    const empty = complete(text.replace('Pha‸', '‸'));
    assert.ok(labels(empty.items).includes('Not Applicable') && labels(empty.items).includes('Early Phase 1'));
    const cell2 = complete(seedText('000').replace('| Drug: tusamitamab ravtansine Drug: Gemcitabine |', '| Drug: tusa‸ Drug: Gemcitabine |'));
    assert.ok(!labels(cell2.items).includes('Phase 2'), 'the intervention cell is not the phase cell');
  });

  it('offers an interventional record no observational element, and the other way round', () => {
    const interventional = complete('Title\n\nStudy Design\nStudy Type : | Interventional (Clinical Trial) |\n‸\n');
    assert.ok(labels(interventional.items).includes('Allocation'));
    assert.ok(!labels(interventional.items).some((l) => /Observational Model|Time Perspective|Biospecimen|Target Follow-Up|Patient Registry/.test(l)), labels(interventional.items).join(' | '));
    const observational = complete('Title\n\nStudy Design\nStudy Type : | Observational |\n‸\n');
    assert.ok(labels(observational.items).includes('Observational Model'));
    assert.ok(!labels(observational.items).some((l) => /^(Allocation|Intervention Model|Masking|Primary Purpose)$/.test(l)), labels(observational.items).join(' | '));
    const unknown = complete('Title\n\nStudy Design\n‸\n');
    assert.ok(labels(unknown.items).includes('Allocation') && labels(unknown.items).includes('Observational Model'), 'no study type yet: both');
  });

  it('offers API codes in a record written with them (the newer layout)', () => {
    const text = seedText('003').replace('Allocation Method\n\nNA\n', 'Allocation Method\n\nRAN‸\n');
    const r = complete(text, 'RANDOMIZED');
    assert.ok(r.after.includes('Allocation Method\n\nRANDOMIZED\n'));
    assert.ok(!labels(r.items).includes('Randomized'));
  });

  it('offers standard endpoints in an outcome title, ranking ones already used lower', () => {
    const text = 'Outcome Measures\nPrimary Outcome Measures:\n- Overall Survival (OS) [ Time Frame: Up to 5 years ]\n- Progr‸\n';
    const r = complete(text, 'Progression-Free Survival (PFS)');
    assert.ok(r.after.includes('- Progression-Free Survival (PFS)\n'));
    const order = sorted(complete(text.replace('Progr‸', '‸')).items);
    assert.ok(order.indexOf('Progression-Free Survival (PFS)') < order.indexOf('Overall Survival (OS)'), 'used endpoints go down');
    assert.ok(!labels(r.items).some((l) => l.startsWith('Outcome measure')), 'no snippet on a line that has text');
  });

  it('offers time-frame patterns inside [ Time Frame: … ]', () => {
    const r = complete('Outcome Measures\n- Overall Survival (OS) [ Time Frame: Up‸ ]\n', 'Up to 24 months');
    assert.equal(r.after, 'Outcome Measures\n- Overall Survival (OS) [ Time Frame: Up to 24 months ]\n');
  });

  it('offers criteria versions and phrases in eligibility bullets', () => {
    const base = 'Eligibility Criteria\nInclusion Criteria:\n- Measurable disease per REC‸\n';
    assert.ok(complete(base, 'RECIST v1.1').after.includes('- Measurable disease per RECIST v1.1\n'));
    assert.ok(complete('Eligibility Criteria\nInclusion Criteria:\n- ECOG‸\n', 'ECOG performance status 0–1').after.includes('- ECOG performance status 0–1\n'));
  });

  it('in an arm, offers the interventions of the record with their type prefix', () => {
    const text = seedText('000').replace('Experimental: Cohort B metastatic pancreatic adenocarcinoma (mPAC)\ntusamitamab ravtansine every 2 weeks administered via intravenous infusion (IV)\n|\nDrug: tusamitamab ravtansine', 'Experimental: Cohort B metastatic pancreatic adenocarcinoma (mPAC)\ntusamitamab ravtansine every 2 weeks administered via intravenous infusion (IV)\n|\nDrug: Gem‸');
    const r = complete(text, 'Drug: Gemcitabine');
    assert.ok(r.after.includes('|\nDrug: Gemcitabine\nPharmaceutical form'));
  });

  it('at the start of a free line, offers the section\'s missing field labels, then value completion', () => {
    const text = 'Title\nClinicalTrials.gov Identifier: NCT01234567\n\nStudy Design\nStudy Type : | Interventional (Clinical Trial) |\nAllo‸\n';
    const r = complete(text, 'Allocation');
    assert.ok(r.after.includes('\nAllocation: | \n'));
    assert.equal(r.item!.command?.command, 'editor.action.triggerSuggest');
    assert.ok(!labels(r.items).includes('Study Type'), 'fields already there are not offered');
    assert.equal(complete('Brief Summary:\nThis study Allo‸\n').items.length, 0, 'no labels inside a summary');
  });

  it('adds documentation on resolve', () => {
    const r = complete('Study Design\nMasking: | Dou‸ |\n', 'Double (Participant, Investigator)');
    const resolved = resolveCompletion(r.item!);
    assert.match((resolved.documentation as MarkupContent).value, /\*\*Double\*\* \(API code `DOUBLE`\)/);
    const field = resolveCompletion(complete('Study Design\nStudy Type : | Interventional |\nAllo‸\n', 'Allocation').item!);
    assert.match((field.documentation as MarkupContent).value, /The method by which participants are assigned to arms/);
  });
});

describe('hover', () => {
  const md = (marked: string) => {
    const { a, position } = at(marked);
    return (hover(a, position)?.contents as MarkupContent | undefined)?.value;
  };
  it('explains a field label: definition, requirement, limit', () => {
    const v = md(seedText('000').replace('Official Title: |', 'Official Ti‸tle: |'))!;
    assert.match(v, /\*\*Official Title\*\*/);
    assert.match(v, /Required for studies starting on or after January 18, 2017 · at most 600 characters/);
    // The source is the public document, linked, not a key of the project's reference files.
    assert.match(v, /\n\n_Source: \[ClinicalTrials\.gov Protocol Registration Data Element Definitions\]\(https:\/\/clinicaltrials\.gov\/policy\/protocol-definitions\)_$/);
  });
  it('explains an enumerated value, also when written as its API code', () => {
    assert.match(md(seedText('003').replace('SINGLE_GROUP', 'SINGLE_‸GROUP'))!, /Single Group Assignment\*\* \(written as its API code `SINGLE_GROUP`\)\n\nClinical trials with a single arm/);
  });
  it('shows a date as ISO with its type', () => {
    assert.equal(md(seedText('000').replace('March 29, 2021', 'March 2‸9, 2021')), '**Study Start Date**: `2021-03-29` (Actual)');
  });
  it('states posting dates without a type: a page never types them (issue 30, point 4)', () => {
    assert.equal(md(seedText('000').replace('First Posted : December 9, 2020', 'First Posted : Decem‸ber 9, 2020')), '**First Posted**: `2020-12-09`');
    assert.equal(md(seedText('000').replace('Last Update Posted : May 3, 2023', 'Last Update Posted : May‸ 3, 2023')), '**Last Update Posted**: `2023-05-03`');
    const untyped = md(seedText('000').replace('Actual Study Start Date : | March 29, 2021', 'Study Start Date : | March 2‸9, 2021'));
    assert.match(untyped!, /no type: write Actual or Estimated/);
  });
  it('expands an abbreviation the record defines, quoting its definition from a word\'s start', () => {
    // Seed 000, line 16, read by hand: "… the antitumor activity of tusamitamab ravtansine in metastatic breast cancer (mBC) …".
    const v = md(seedText('000').replace('metastatic breast cancer (mBC)', 'metastatic breast cancer (m‸BC)'))!;
    assert.equal(v, '**mBC**: metastatic breast cancer\n\nDefined in this record on line 16: "metastatic breast cancer (mBC)"');
  });
  it('links an NCT ID to ClinicalTrials.gov', () => {
    assert.match(md(seedText('001').replace('Identifier: NCT03194867', 'Identifier: NCT031‸94867'))!, /\(https:\/\/clinicaltrials\.gov\/study\/NCT03194867\)/);
  });
  it('expands an abbreviation and says where the record defines it', () => {
    const v = md(seedText('000').replace('- Disease control rate (DCR)', '- Disease control rate (D‸CR)'))!;
    assert.match(v, /\*\*DCR\*\*: Disease Control Rate/);
    assert.match(v, /Defined in this record on line 58/);
    assert.match(v, /_Source: \[Sznol, disease control and clinical benefit rates in early trials, 2010\]\(https:\/\/pubmed\.ncbi\.nlm\.nih\.gov\/21268434\/\)_/);
  });
});

describe('vocabulary', () => {
  it('every source users see names public documents, with no key of the reference files', () => {
    const sources = [...FIELDS.map((f) => f.source), ...V.ALL_ENUMS.map((v) => v.source), ...[...ENDPOINT_TERMS, ...C.CRITERIA_VERSIONS, ...C.ELIGIBILITY_TERMS, ...C.ROUTES, ...C.DOSAGE_FORMS].map((t) => t.source)];
    for (const src of new Set(sources)) {
      for (const k of citedKeys(src)) assert.ok(CITATIONS[k], `${src}: no citation for ${k}`);
      for (const shown of [citationMarkdown(src), citationText(src)]) {
        assert.doesNotMatch(shown.replace(/\(https?:[^)]*\)/g, ''), /§|\.md\b|\b[SR]\d+\b|\[K\]/, `${src} → ${shown}`);
        assert.ok(shown.length > 5, src);
      }
    }
  });

  it('every entry carries its source, and every term its definition', () => {
    for (const v of V.ALL_ENUMS) {
      assert.match(v.source, /ctgov-rules\.md §2/, v.id);
      for (const t of v.terms) assert.ok(t.definition && t.definition.length > 3, `${v.id} ${t.code} has no definition`);
    }
    for (const t of [...ENDPOINT_TERMS, ...C.CRITERIA_VERSIONS, ...C.ELIGIBILITY_TERMS]) {
      assert.match(t.source, /standards-and-terms\.md §10/, t.abbreviation);
      assert.ok(t.definition.length > 3 && t.term.length > 2, t.abbreviation);
    }
    for (const t of [...C.ROUTES, ...C.DOSAGE_FORMS]) assert.match(t.source, /standards-and-terms\.md §10\.[45]/, t.name);
    for (const f of FIELDS) assert.ok(f.definition && f.requirement && /ctgov-rules\.md §1/.test(f.source), f.key);
    for (const abbr of ['OS', 'PFS', 'ORR', 'DOR', 'DCR', 'CBR', 'TTR', 'TTP', 'PFS2', 'DLT', 'MTD', 'RP2D', 'AE', 'SAE', 'TEAE', 'AUC', 'Cmax', 'Tmax', 'CL', 'ADA', 'MRD', 'HRQoL']) {
      assert.ok(ENDPOINT_TERMS.some((t) => t.abbreviation === abbr), abbr);
    }
    for (const c of ['RECIST v1.1', 'iRECIST', 'IMWG 2016', 'Lugano 2014', 'RANO', 'iwCLL 2018', 'NCI CTCAE v5.0', 'NCI CTCAE v6.0', 'ECOG PS', 'KPS', 'NYHA class']) assert.ok(C.CRITERIA_VERSIONS.some((t) => t.abbreviation === c), c);
  });

  it('completes routes and dosage forms in an intervention description', () => {
    const text = seedText('000').replace('Route of administration: IV infusion Other Name: SAR408701 |\nExperimental: Cohort B', 'Route of administration: ‸ Other Name: SAR408701 |\nExperimental: Cohort B');
    const { a, position } = at(text);
    const items = completions(a, position).items.map((i) => i.label);
    assert.ok(items.includes('Intravenous') && items.includes('Oral'));
    const typed = at(text.replace('‸', 'Intrav‸'));
    const narrowed = completions(typed.a, typed.position).items;
    assert.ok(narrowed.length > 0 && narrowed.every((i) => String(i.label).startsWith('Intrav')));
  });
});
