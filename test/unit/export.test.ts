// Export to the ClinicalTrials.gov API v2 study object: schema-valid, and right field by field.
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/analysis/analyze';
import { exportRecord } from '../../server/src/convert/export';
import { studySchemaErrors } from '../apiSchema';
import { FIXTURES, ROOT, SEED_FILES, seed } from '../helpers';

const clean = (name: string) => readFileSync(join(FIXTURES, 'rules', 'clean', name), 'utf8');

describe('export to ClinicalTrials.gov API v2 JSON', () => {
  it('the strict schema check rejects what it should (so a pass means something)', () => {
    assert.deepEqual(studySchemaErrors({ protocolSection: { statusModule: { overallStatus: 'RECRUITING' } } }), []);
    assert.equal(studySchemaErrors({ protocolSection: { statusModule: { overallStatus: 'Recruiting' } } }).length, 1, 'a label is not a code');
    assert.equal(studySchemaErrors({ protocolSection: { statusModule: { overalStatus: 'RECRUITING' } } }).length, 1, 'a misspelt key');
    assert.equal(studySchemaErrors({ protocolSection: { eligibilityModule: { minimumAge: '18 years' } } }).length, 1, 'an age in the wrong form');
  });

  const records = [
    ...SEED_FILES.map((f) => ({ name: f, text: readFileSync(join(FIXTURES, 'seeds', f), 'utf8') })),
    { name: 'examples/NCT04659603.trial', text: readFileSync(join(ROOT, 'examples', 'NCT04659603.trial'), 'utf8') },
    ...readdirSync(join(FIXTURES, 'rules', 'clean')).map((f) => ({ name: f, text: clean(f) })),
  ];
  for (const { name, text } of records) {
    it(`${name} exports to schema-valid JSON`, () => {
      const { study } = exportRecord(analyze(text));
      assert.deepEqual(studySchemaErrors(study), []);
    });
  }

  describe('seed exports (reviewed by hand)', () => {
    for (const file of SEED_FILES) {
      it(file, () => {
        const snap = JSON.parse(readFileSync(join(FIXTURES, 'snapshots', file.replace(/\.txt$/, '.export.json')), 'utf8'));
        assert.match(snap.review, /^Reviewed by hand/, 'snapshot not reviewed');
        const { study, notes } = exportRecord(seed(file.slice(0, 3)));
        assert.deepEqual(study, snap.study);
        assert.deepEqual(notes, snap.notes);
      });
    }
  });

  it('the clean interventional record: every field it states, in API form', () => {
    const p = exportRecord(analyze(clean('interventional.trial'))).study.protocolSection;
    assert.equal(p.identificationModule?.nctId, 'NCT09876543');
    assert.equal(p.identificationModule?.acronym, 'VIDAFAT');
    assert.equal(p.statusModule?.overallStatus, 'RECRUITING');
    assert.deepEqual(p.statusModule?.startDateStruct, { date: '2026-03-02', type: 'ACTUAL' });
    assert.deepEqual(p.statusModule?.primaryCompletionDateStruct, { date: '2027-09-30', type: 'ESTIMATED' });
    assert.deepEqual(p.sponsorCollaboratorsModule?.leadSponsor, { name: 'Northfield University Hospital' });
    assert.deepEqual(p.conditionsModule?.conditions, ['Multiple Sclerosis', 'Fatigue']);
    assert.deepEqual(p.designModule?.phases, ['NA']);
    assert.deepEqual(p.designModule?.enrollmentInfo, { count: 120, type: 'ESTIMATED' });
    assert.deepEqual(p.designModule?.designInfo?.maskingInfo, { masking: 'DOUBLE', whoMasked: ['PARTICIPANT', 'INVESTIGATOR'] });
    assert.equal(p.designModule?.designInfo?.primaryPurpose, 'SUPPORTIVE_CARE');
    const types = p.armsInterventionsModule?.interventions?.map((i) => [i.type, i.name]);
    assert.deepEqual(types, [['DIETARY_SUPPLEMENT', 'Vitamin D3'], ['DIETARY_SUPPLEMENT', 'Placebo']]);
    for (const arm of p.armsInterventionsModule?.armGroups ?? []) {
      for (const n of arm.interventionNames ?? []) assert.match(n, /^Dietary Supplement: /, 'arms name interventions as "Type: Name"');
    }
  });

  it('values that cannot be exported are left out and named, never guessed', () => {
    const text = clean('interventional.trial')
      .replace('Recruitment Status : Recruiting', 'Recruitment Status : Recruting')
      .replace('Estimated Study Completion Date : | March 31, 2028 |', 'Estimated Study Completion Date : | sometime in 2028 |');
    const { study, notes } = exportRecord(analyze(text));
    assert.equal(study.protocolSection.statusModule?.overallStatus, undefined);
    assert.equal(study.protocolSection.statusModule?.completionDateStruct, undefined);
    assert.deepEqual(notes, [
      'Overall Recruitment Status "Recruting" is not a ClinicalTrials.gov value; it was left out.',
      'Study Completion Date "sometime in 2028" is not a date; it was left out.',
    ]);
    assert.deepEqual(studySchemaErrors(study), []);
  });
});
