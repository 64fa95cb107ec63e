// The snippets write the canonical form: expanded, they must parse into a complete record
// with no unrecognised line, for every option of every choice list.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/analysis/analyze';
import type { TrialRecord } from '../../server/src/model/types';
import { ROOT } from '../helpers';

interface Snippet {
  prefix: string[];
  body: string[];
  description: string;
}
const snippets: Record<string, Snippet> = JSON.parse(readFileSync(join(ROOT, 'snippets', 'trial-record.code-snippets'), 'utf8'));

/** Expands a snippet body as VS Code would with every placeholder accepted and option `k` of each choice. */
function expand(body: string[], k: number): string {
  const values = new Map<string, string>();
  const text = body.join('\n');
  const first = text.replace(/\$\{(\d+)(?::([^}]*)|\|((?:\\.|[^|])*)\|)\}/g, (_m, n: string, def?: string, choices?: string) => {
    const options = choices?.split(/(?<!\\),/).map((o) => o.replace(/\\(.)/g, '$1'));
    const v = options ? options[k % options.length]! : (def ?? '');
    if (!values.has(n)) values.set(n, v);
    return v;
  });
  return first.replace(/\$\{(\d+)\}|\$(\d+)/g, (_m, a?: string, b?: string) => values.get((a ?? b)!) ?? '');
}

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
});
