// The snippets write the canonical form: expanded, they must parse into a complete record
// with no unrecognised line, for every option of every choice list.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/analysis/analyze';
import { findings } from '../../server/src/rules/engine/run';
import { readSettings } from '../../server/src/settings';
import { NEW_RECORD_SNIPPET } from '../../server/src/snippets/library';
import { dateVariables, expandSnippet } from '../../server/src/text/snippet';
import type { TrialRecord } from '../../server/src/model/types';
import { ROOT } from '../helpers';

interface Snippet {
  prefix: string[];
  body: string[];
  description: string;
}
const snippets: Record<string, Snippet> = JSON.parse(readFileSync(join(ROOT, 'snippets', 'trial-record.code-snippets'), 'utf8'));

const TODAY = '2026-12-05';

/** A snippet body as VS Code expands it with every default accepted and option `k` of each choice, on TODAY. */
const expand = (body: string[], k: number) => expandSnippet(body.join('\n'), { choice: k, variables: dateVariables(TODAY) });

const enumFields = (r: TrialRecord) => [
  r.status.overallStatus, r.design.studyType, r.design.allocation, r.design.interventionModel, r.design.masking, r.design.primaryPurpose,
  r.eligibility.sex, r.ipdSharing.ipdSharing, ...r.design.phases, ...r.design.whoMasked, ...r.arms.map((a) => a.type), ...r.interventions.map((i) => i.type),
  r.status.startDate?.type, r.design.enrollment?.type,
];

describe('snippets', () => {
  it('every snippet has a prefix and a description', () => {
    for (const [name, s] of Object.entries(snippets)) {
      assert.ok(s.prefix.length > 0 && s.description.length > 10, name);
    }
  });

  it('the new-record skeleton parses into a complete record, for every choice', () => {
    const body = snippets['New trial record']!.body;
    for (let k = 0; k < 11; k++) {
      const text = expand(body, k);
      const r = analyze(text).record;
      assert.deepEqual(r.unrecognised.map((u) => u.value), [], `choice ${k}`);
      for (const v of enumFields(r)) assert.ok(v === undefined || v.code, `choice ${k}: '${v?.raw}' is not a known value`);
      assert.equal(r.identification.nctId?.value, 'NCT00000000');
      assert.equal(r.identification.acronym?.value, 'ACRONYM');
      assert.ok(r.sponsor.leadSponsor && r.description.briefSummary && r.description.detailedDescription && r.identification.officialTitle);
      assert.ok(r.design.phases.length >= 1 && r.design.enrollment?.count?.value === 100);
      assert.ok(r.status.startDate?.iso && r.status.primaryCompletionDate?.iso && r.status.completionDate?.iso && r.status.lastVerified?.iso);
      assert.equal(r.arms.length, 1);
      assert.equal(r.interventions.length, 1, 'the arm and the conditions table name the same intervention');
      assert.equal(r.arms[0]!.interventions[0]!.intervention, 0);
      assert.deepEqual(r.outcomes.map((o) => [o.group, Boolean(o.timeFrame)]), [['primary', true], ['secondary', true]]);
      assert.ok(r.eligibility.minimumAge?.years === 18 && r.eligibility.maximumAge?.years === 65 && r.eligibility.healthyVolunteers?.value !== undefined);
      assert.deepEqual(r.eligibility.criteria.map((c) => [c.which, c.items.length]), [['inclusion', 1], ['exclusion', 1]]);
      assert.equal(r.contacts.centralContacts[0]?.email?.value, 'contact@example.org');
      assert.equal(r.sponsor.officials[0]?.role.code, 'STUDY_DIRECTOR');
      assert.equal(r.identification.orgStudyId?.value, 'ORG-STUDY-ID');
      assert.ok(r.oversight.isFdaRegulatedDrug?.value !== undefined && r.oversight.isFdaRegulatedDevice?.value !== undefined);
      assert.deepEqual(r.sections.filter((s) => s.heading).map((s) => s.id), ['description', 'design', 'arms', 'outcomes', 'eligibility', 'contacts', 'moreInfo']);
    }
  });

  it('the part snippets parse as what they claim to be', () => {
    const arm = analyze(`Arm | Intervention/treatment |\n---|---|\n${expand(snippets['Arm']!.body, 1)}`).record;
    assert.equal(arm.arms[0]?.type?.code, 'ACTIVE_COMPARATOR');
    assert.equal(arm.arms[0]?.interventions[0]?.type?.code, 'BIOLOGICAL');
    const p = analyze(expand(snippets['Primary outcome measure']!.body, 0)).record;
    assert.deepEqual(p.outcomes.map((o) => o.group), ['primary']);
    const s = analyze(expand(snippets['Secondary outcome measure']!.body, 0)).record;
    assert.deepEqual(s.outcomes.map((o) => o.group), ['secondary']);
    const e = analyze(expand(snippets['Eligibility block']!.body, 2)).record;
    assert.equal(e.eligibility.sex?.code, 'MALE');
    assert.equal(e.eligibility.criteria.length, 2);
    const d = analyze(expand(snippets['Disable a rule for the next line']!.body, 0)).record;
    assert.deepEqual(d.directives.map((x) => [x.command, x.args]), [['trial-record-disable-next-line', ['rule-id']]]);
  });

  it('expands variables, mirrors and escapes as VS Code does', () => {
    const body = 'a ${1:x} b ${2|p\\, q,r|} $1 ${3:$CURRENT_MONTH_NAME $CURRENT_YEAR} ${CURRENT_DATE} $UNKNOWN $0';
    assert.equal(expandSnippet(body, { variables: dateVariables('2026-03-09') }), 'a x b p, q x March 2026 09 UNKNOWN ');
    assert.equal(expandSnippet(body, { choice: 1, text: (d) => `<${d}>`, variables: dateVariables('2026-03-09') }), 'a <x> b r <x> March 2026 09 UNKNOWN ');
  });

  it('the new record as VS Code writes it with every default accepted has no finding at all', () => {
    // Issue 16, point 6: N/A allocation and a single group for one arm; dates this month, Estimated.
    const text = expand(snippets['New trial record']!.body, 0);
    const got = findings(analyze(text), readSettings({ today: TODAY }).settings).map((f) => `${f.rule.id}: ${f.message}`);
    assert.deepEqual(got, []);
    const r = analyze(text).record;
    assert.equal(r.design.allocation?.code, 'NA');
    assert.equal(r.design.interventionModel?.code, 'SINGLE_GROUP');
    assert.deepEqual([r.status.startDate?.iso, r.status.startDate?.type?.code, r.status.lastVerified?.iso], ['2026-12', 'ESTIMATED', '2026-12']);
  });

  it('the skeleton the server inserts is the snippet (npm run gen keeps them one)', () => {
    assert.deepEqual(NEW_RECORD_SNIPPET, snippets['New trial record']!.body);
  });
});

describe('a new, empty record', () => {
  const settings = readSettings({ today: TODAY }).settings;
  const run = (text: string) => findings(analyze(text), settings, (id, e) => assert.fail(`${id}: ${String(e)}`));

  it('gets one finding that says how to start, not one per missing element', () => {
    for (const text of ['', '\n\n', '   ']) {
      const got = run(text);
      assert.deepEqual(got.map((f) => [f.rule.id, f.range.start, f.range.end]), [['empty-record', 0, 0]], JSON.stringify(text));
      assert.match(got[0]!.message, /ask for completion \(Ctrl\+Space\) and choose New trial record/);
    }
    // A title typed first, or prose: still one finding, on that first line.
    const title = run('Aspirin After Knee Surgery (ASK)\nsome notes');
    assert.deepEqual(title.map((f) => [f.rule.id, f.range.start, f.range.end]), [['empty-record', 0, 32]]);
    assert.equal(title[0]!.fixes, undefined, 'no skeleton written over what the user typed');
  });

  it('once the record has a field, the missing elements are reported again and empty-record is gone', () => {
    const ids = run('Aspirin After Knee Surgery (ASK)\nRecruitment Status : Not yet recruiting\n').map((f) => f.rule.id);
    assert.ok(!ids.includes('empty-record'));
    assert.ok(ids.includes('missing-lead-sponsor') && ids.includes('missing-brief-summary'), ids.join(' '));
    assert.ok(!ids.includes('missing-overall-status'));
  });

  it('its quick fix writes the skeleton, with placeholders as the only errors left', () => {
    for (const eol of ['\n', '\r\n']) {
      const text = eol;
      const [f] = run(text);
      const edit = f!.fixes![0]!.edits[0]!;
      assert.deepEqual([edit.start, edit.end], [0, text.length]);
      assert.ok(!edit.newText.replace(/\r\n/g, '').includes('\n') || eol === '\n', 'the line ends of the file');
      const after = run(edit.newText);
      const other = after.filter((x) => x.rule.id !== 'placeholder-text');
      assert.deepEqual(other.map((x) => `${x.rule.id}: ${x.message}`), []);
      // Every text tab stop of the snippet is a placeholder, and nothing else is.
      const stops = new Set([...NEW_RECORD_SNIPPET.join('\n').matchAll(/\$\{\d+:([A-Za-z][^}]*)\}/g)].map((m) => `<${m[1]}>`));
      const placeholders = after.filter((x) => x.rule.id === 'placeholder-text').map((x) => edit.newText.slice(x.range.start, x.range.end));
      assert.deepEqual(new Set(placeholders), stops);
      assert.match(edit.newText, /Last Verified: \| December 2026 \|/);
    }
  });
});
