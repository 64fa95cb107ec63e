// The shapes real study pages have that the seeds do not show (issue 13), each on a short record
// written here by hand, with what the record says checked against the text.
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/analysis/analyze';
import { findings } from '../../server/src/rules/engine/run';
import { readSettings } from '../../server/src/settings';

const { settings } = readSettings({ today: '2026-12-02' });
const rulesFired = (text: string) => findings(analyze(text), settings, () => undefined).map((f) => `${f.severity} ${f.rule.id}`);

describe('real page shapes', () => {
  it('classic: Why Stopped in parentheses under the status, and the Unknown status lines', () => {
    const r = analyze(
      [
        'A Study of Something',
        'ClinicalTrials.gov Identifier: NCT00000001 |',
        'Recruitment Status :',
        'Terminated',
        '(Sponsor decision: slow accrual)',
        'First Posted : May 1, 2010',
        '',
      ].join('\n'),
    ).record;
    assert.equal(r.status.overallStatus?.code, 'TERMINATED');
    assert.equal(r.status.whyStopped?.value, 'Sponsor decision: slow accrual');
    assert.equal(r.description.briefSummary, undefined, 'the parenthesised line is not the summary');
    const u = analyze(
      ['A Study', 'ClinicalTrials.gov Identifier: NCT00000002 |', 'Recruitment Status :', 'Unknown status', 'Verified March 2019 by Acme University', 'Recruitment status was: Recruiting', 'First Posted : May 1, 2010', ''].join('\n'),
    ).record;
    assert.equal(u.status.overallStatus?.code, 'UNKNOWN');
    assert.equal(u.status.lastKnownStatus?.code, 'RECRUITING');
    assert.equal(u.status.lastVerified?.iso, '2019-03');
  });

  it('classic: an intervention run into the previous one\'s description is cut at the name the record states', () => {
    const text = [
      'A Study',
      'Condition or disease | Intervention/treatment | Phase |',
      '---|---|---|',
      'Pain | Drug: pregabalin Drug: morphine | Phase 4 |',
      'Arm | Intervention/treatment |',
      '---|---|',
      'Active Comparator: Pregabalin',
      '150 mg pregabalin by mouth',
      '|',
      'Drug: pregabalin',
      'capsule 150 mg once Drug: morphine All patients had a PCA pump for 24 hours. Other Name: MO |',
      '',
    ].join('\n');
    const r = analyze(text).record;
    assert.deepEqual(r.interventions.map((i) => i.name?.value), ['pregabalin', 'morphine']);
    assert.equal(r.interventions[1]!.description?.value, 'All patients had a PCA pump for 24 hours.');
    assert.deepEqual(r.interventions[1]!.otherNames.map((o) => o.value), ['MO']);
    assert.deepEqual(r.arms[0]!.interventions.map((i) => i.intervention), [0, 1]);
    for (const v of [r.interventions[1]!.name!, r.interventions[1]!.description!]) assert.equal(text.slice(v.range.start, v.range.end), v.raw);
  });

  it('newer layout: groups without a Group Type, and a description that is also a label, keep their interventions', () => {
    const text = [
      'A Study',
      '',
      'NCT ID: NCT00000003',
      '',
      'Study Groups',
      '',
      'Vandetanib',
      '',
      'Group Type EXPERIMENTAL',
      '',
      'Vandetanib',
      '',
      'Intervention Type DRUG',
      '',
      'Tablet, oral, daily',
      '',
      'Placebo',
      '',
      'Group Type PLACEBO_COMPARATOR',
      '',
      'Placebo',
      '',
      'Intervention Type DRUG',
      '',
      'Placebo',
      '',
      'Interventions',
      '',
      'Vandetanib',
      '',
      'Tablet, oral, daily',
      '',
      'Intervention Type DRUG',
      '',
      'Placebo',
      '',
      'Placebo',
      '',
      'Intervention Type DRUG',
      '',
    ].join('\n');
    const r = analyze(text).record;
    assert.deepEqual(r.arms.map((a) => [a.label?.value, a.type?.code, a.interventions.map((i) => i.name?.value)]), [
      ['Vandetanib', 'EXPERIMENTAL', ['Vandetanib']],
      ['Placebo', 'PLACEBO_COMPARATOR', ['Placebo']],
    ]);
    const obs = analyze(
      ['A Study', '', 'NCT ID: NCT00000004', '', 'Study Classification', '', 'OBSERVATIONAL', '', 'Study Groups', '', 'CKD cohort', '', 'Patients with CKD treated with MIRCERA.', '', 'MIRCERA', '', 'Intervention Type OTHER', '', 'Interventions', '', 'MIRCERA', '', 'Intervention Type OTHER', ''].join('\n'),
    ).record;
    assert.deepEqual(obs.arms.map((a) => [a.label?.value, a.description?.value, a.interventions.map((i) => i.name?.value)]), [['CKD cohort', 'Patients with CKD treated with MIRCERA.', ['MIRCERA']]]);
  });

  it('ages: only the age groups means no limit; a missing maximum age is no limit', () => {
    const r = analyze(['A Study', 'Eligibility Criteria', 'Ages Eligible for Study: | Child, Adult, Older Adult |', ''].join('\n')).record;
    assert.equal(r.eligibility.minimumAge?.noLimit, true);
    assert.equal(r.eligibility.maximumAge?.noLimit, true);
    const fired = rulesFired(['A Study', 'Eligibility Criteria', 'Ages Eligible for Study: | Child, Adult, Older Adult |', ''].join('\n'));
    assert.ok(!fired.some((f) => /invalid-age|missing-age-limits/.test(f)), fired.join(', '));
    const modern = rulesFired(['A Study', '', 'NCT ID: NCT00000005', '', 'Eligibility Criteria', '', 'Minimum Eligible Age', '', '18 Years', ''].join('\n'));
    assert.ok(!modern.some((f) => /missing-age-limits/.test(f)), modern.join(', '));
  });

  it('classic: sites grouped by country, without site statuses, keep their contacts and investigators', () => {
    const text = [
      'A Study',
      'ClinicalTrials.gov Identifier: NCT00000006 |',
      'Recruitment Status :',
      'Completed',
      'Eligibility Criteria',
      'Inclusion Criteria:',
      '- Adults',
      'United States, Texas |',
      'M D Anderson Cancer Center |',
      'Houston, Texas, United States, 77030 |',
      'Contact: Jane Roe | 713-555-0100 | jroe@example.org |',
      'Principal Investigator: | John Doe, MD |',
      'Baylor College of Medicine |',
      'Houston, Texas, United States, 77030 |',
      'Korea, Republic of |',
      'Seoul, Korea, Republic of |',
      'Study Director: | Ann Lee | Acme Pharma |',
      '',
    ].join('\n');
    const r = analyze(text).record;
    assert.deepEqual(r.contacts.locations.map((l) => [l.facility?.value, l.address?.value, l.group?.value, l.contacts.length, l.investigators.map((i) => i.name?.value)]), [
      ['M D Anderson Cancer Center', 'Houston, Texas, United States, 77030', 'United States, Texas', 1, ['John Doe, MD']],
      ['Baylor College of Medicine', 'Houston, Texas, United States, 77030', 'United States, Texas', 0, []],
      [undefined, 'Seoul, Korea, Republic of', 'Korea, Republic of', 0, []],
    ]);
    assert.equal(r.contacts.centralContacts.length, 0, 'the site contact is not a central contact');
    assert.deepEqual(r.sponsor.officials.map((o) => [o.role.code, o.name?.value, o.affiliation?.value]), [['STUDY_DIRECTOR', 'Ann Lee', 'Acme Pharma']]);
    assert.equal(r.eligibility.criteria[0]!.items.length, 1, 'the country row is not a criterion');
  });

  it('newer layout: sites without a status are told apart by the countries they are in', () => {
    const text = ['A Study', '', 'NCT ID: NCT00000007', '', 'Locations', '', 'City Hospital', '', 'Boston, Massachusetts, United States', '', 'Seoul, Korea, Republic of', '', 'Clinic B', '', 'Lyon, France', '', 'Countries', '', 'United States', '', 'Korea, Republic of', '', 'France', ''].join('\n');
    const r = analyze(text).record;
    assert.deepEqual(r.contacts.locations.map((l) => [l.facility?.value, l.address?.value]), [
      ['City Hospital', 'Boston, Massachusetts, United States'],
      [undefined, 'Seoul, Korea, Republic of'],
      ['Clinic B', 'Lyon, France'],
    ]);
  });

  it('classic: the responsible party\'s type follows from its text and the sponsor', () => {
    const rp = (party: string) =>
      analyze(['A Study', 'ClinicalTrials.gov Identifier: NCT00000008 |', 'Sponsor:', 'Bai Jun', 'More Information', `Responsible Party: | ${party} |`, ''].join('\n')).record.sponsor.responsibleParty?.type?.code;
    assert.equal(rp('Bai Jun'), 'SPONSOR');
    assert.equal(rp('Bai Jun, Doctor, Shaanxi Provincial People\'s Hospital'), 'SPONSOR_INVESTIGATOR');
    assert.equal(rp('Li Wei, Professor, Shaanxi Provincial People\'s Hospital'), 'PRINCIPAL_INVESTIGATOR');
    assert.equal(rp('Ory Keynan, Tel-Aviv Sourasky Medical Center'), undefined, 'a legacy party, "Name, Organization", has no type');
  });
});
