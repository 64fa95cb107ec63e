// The rules issue 13 found wrong on real records, each on the real shape, clean and defective.
// Every record here is written by hand; what each rule must (not) say is read off the text.
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/analysis/analyze';
import { findings } from '../../server/src/rules/engine/run';
import { readSettings } from '../../server/src/settings';

const { settings } = readSettings({ today: '2026-12-02' });
const found = (text: string, rule: string) => findings(analyze(text), settings, () => undefined).filter((f) => f.rule.id === rule);

const record = (parts: { status?: string; design?: string[]; summary?: string; outcomes?: string[]; arms?: string[]; criteria?: string[]; posted?: string }) =>
  [
    'A Study of Something',
    'ClinicalTrials.gov Identifier: NCT01234567',
    `Recruitment Status : ${parts.status ?? 'Recruiting'}`,
    `First Posted : ${parts.posted ?? 'March 1, 2020'}`,
    '',
    'Study Description',
    'Brief Summary:',
    parts.summary ?? 'A study.',
    '',
    'Study Design',
    ...(parts.design ?? ['Study Type : | Interventional (Clinical Trial) |']),
    '',
    ...(parts.arms ? ['Arms and Interventions', ...parts.arms, ''] : []),
    ...(parts.outcomes ? ['Outcome Measures', 'Primary Outcome Measures:', ...parts.outcomes, ''] : []),
    ...(parts.criteria ? ['Eligibility Criteria', ...parts.criteria, ''] : []),
  ].join('\n');

describe('rules on real shapes (issue 13)', () => {
  it('enrollment-summary-conflict compares the study\'s total only, and not an Actual enrollment', () => {
    const design = (type: string) => ['Study Type : | Interventional (Clinical Trial) |', `${type} Enrollment : | 60 participants |`];
    const cohorts = 'Each cohort will enrol 20 participants, and in Phase 1 about 12 patients will be included. A total of 60 participants will be enrolled.';
    assert.equal(found(record({ design: design('Estimated'), summary: cohorts }), 'enrollment-summary-conflict').length, 0);
    assert.equal(found(record({ design: design('Estimated'), summary: 'Approximately 40 patients will be enrolled across several centers.' }), 'enrollment-summary-conflict').length, 1);
    assert.equal(found(record({ design: design('Actual'), summary: 'Approximately 40 patients will be enrolled.' }), 'enrollment-summary-conflict').length, 0);
  });

  it('vague-time-frame accepts spelled-out numbers', () => {
    for (const tf of ['One Week', 'twenty-four hours', 'Two years after surgery']) assert.equal(found(record({ outcomes: [`- Pain score [ Time Frame: ${tf} ]Pain on a 0-10 scale`] }), 'vague-time-frame').length, 0, tf);
    assert.equal(found(record({ outcomes: ['- Pain score [ Time Frame: end of study ]Pain on a 0-10 scale'] }), 'vague-time-frame').length, 1);
  });

  it('payment-information is about paying participants, not what a disease costs', () => {
    assert.equal(found(record({ summary: 'Low back pain costs $100 billion a year in the United States, and patients lose work.' }), 'payment-information').length, 0);
    assert.equal(found(record({ summary: 'Participants will be paid $50 for each visit.' }), 'payment-information').length, 1);
  });

  it('multiple-measures counts a measure with two qualities once', () => {
    assert.equal(found(record({ outcomes: ['- Incidence and severity of adverse events [ Time Frame: Up to 12 weeks ]'] }), 'multiple-measures').length, 0);
    assert.equal(found(record({ outcomes: ['- Number of adverse events and change in blood pressure [ Time Frame: Up to 12 weeks ]'] }), 'multiple-measures').length, 1);
  });

  it('undefined-abbreviation leaves product codes, instruments, stages, state codes, capitals and the study\'s name alone', () => {
    const summary = 'TAK-861 is given to adults with stage IIIB disease in Houston, TX. Quality of life is measured with the SF-36. INCLUSION CRITERIA APPLY. The CARMEN trial goes on.';
    const text = record({ summary }).replace('A Study of Something', 'A Study of Something (CARMEN)');
    assert.deepEqual(found(text, 'undefined-abbreviation').map((f) => f.message.split(' ')[0]), []);
    assert.deepEqual(found(record({ summary: 'The ORR is measured.' }), 'undefined-abbreviation').map((f) => f.message.split(' ')[0]), ['ORR']);
  });

  it('a withdrawn study\'s dates stay Estimated: date-type-vs-today says nothing, status-date-types wants an Estimated start', () => {
    const design = ['Study Type : | Interventional (Clinical Trial) |', 'Estimated Study Start Date : | March 1, 2020 |', 'Estimated Study Completion Date : | March 1, 2021 |'];
    const text = record({ status: 'Withdrawn', design });
    assert.equal(found(text, 'date-type-vs-today').length, 0);
    assert.equal(found(text, 'status-date-types').length, 0);
    const actual = record({ status: 'Withdrawn', design: [design[0]!, 'Actual Study Start Date : | March 1, 2020 |', design[2]!] });
    assert.equal(found(actual, 'status-date-types').length, 1);
  });

  it('date-type-vs-today: one stale record is one finding, the other passed dates related', () => {
    const design = ['Study Type : | Interventional (Clinical Trial) |', 'Estimated Study Start Date : | March 1, 2020 |', 'Estimated Primary Completion Date : | March 1, 2021 |', 'Estimated Study Completion Date : | March 1, 2022 |'];
    const [f, ...more] = found(record({ status: 'Completed', design }), 'date-type-vs-today');
    assert.equal(more.length, 0);
    assert.equal(f!.related?.length, 3);
    // A study still recruiting has not completed: its completion date gets a new estimate, not Actual.
    const open = found(record({ design }), 'date-type-vs-today');
    assert.equal(open.length, 2);
    assert.match(open[1]!.message, /still Recruiting: give a new estimate/);
  });

  it('observational groups need no intervention; Biospecimen Retention not stated is information only', () => {
    const design = ['Study Type : | Observational |', 'Observational Model: | Cohort |', 'Time Perspective: | Prospective |'];
    const arms = ['Group/Cohort | Intervention/treatment |', '---|---|', 'Adults with asthma', 'Followed for a year', '|', '|'];
    const text = record({ design, arms });
    assert.equal(found(text, 'arm-intervention-links').length, 0);
    const bio = found(text, 'missing-observational-design').filter((x) => x.message.startsWith('Biospecimen'));
    assert.deepEqual(bio.map((x) => x.severity), ['information']);
  });

  it('a record registered before FDAAA 801 missing a later element gets a warning that says why', () => {
    const design = ['Study Type : | Interventional (Clinical Trial) |', 'Actual Study Start Date : | March 2004 |'];
    const old = found(record({ status: 'Completed', design, posted: 'April 2, 2004' }), 'missing-primary-completion-date');
    assert.deepEqual(old.map((x) => x.severity), ['warning']);
    assert.match(old[0]!.message, /registered before FDAAA 801.*first posted 2004-04-02/);
    const recent = found(record({ status: 'Completed', design: [design[0]!, 'Actual Study Start Date : | March 2019 |'], posted: 'April 2, 2019' }), 'missing-primary-completion-date');
    assert.deepEqual(recent.map((x) => x.severity), ['error']);
  });

  it('outcome-title-quality: an abbreviation alone, pharmacokinetics without a parameter, a stated purpose, a description that starts "To evaluate"', () => {
    const titles = ['- MTD [ Time Frame: 28 days ]Highest dose with acceptable toxicity', '- Pharmacokinetics of isatuximab [ Time Frame: Up to 10 months ]Plasma concentration', '- Primary endpoint is to assess pain [ Time Frame: Week 12 ]Pain score', '- Pain score [ Time Frame: Week 12 ]To evaluate pain'];
    assert.equal(found(record({ outcomes: titles }), 'outcome-title-quality').length, 4);
    assert.equal(found(record({ outcomes: ['- Maximum Plasma Concentration (Cmax) of Isatuximab [ Time Frame: Up to 10 months ]Cmax in ng/mL'] }), 'outcome-title-quality').length, 0);
  });

  it('vague-time-frame: anchored to the study, a minimum, planned time points', () => {
    for (const tf of ['Up to 12 months from LPI for the final analysis', 'Baseline up to 6 months after the last patient treated', 'Minimum 2 years after infusion', 'At planned time points till 90 days']) {
      assert.equal(found(record({ outcomes: [`- Pain score [ Time Frame: ${tf} ]Pain`] }), 'vague-time-frame').length, 1, tf);
    }
  });

  it('results-overdue: an applicable trial past its actual primary completion by a year, with no results posted', () => {
    const overdue = (pcd: string, extra: string[] = []) =>
      record({ status: 'Completed', design: ['Study Type : | Interventional (Clinical Trial) |', `${pcd} Primary Completion Date : | March 1, 2022 |`, 'Studies a U.S. FDA-regulated Drug Product: | Yes |', ...extra] }).replace('Recruitment Status', '- No Results Posted\nRecruitment Status');
    assert.equal(found(overdue('Actual'), 'results-overdue').length, 1);
    assert.equal(found(overdue('Estimated'), 'results-overdue').length, 0, 'a passed estimate is a stale record, not a deadline');
    assert.equal(found(overdue('Actual').replace('- No Results Posted', '- Study Results'), 'results-overdue').length, 0);
    assert.equal(found(overdue('Actual').replace('Drug Product: | Yes |', 'Drug Product: | No |'), 'results-overdue').length, 0);
  });

  it('results-in-description: p-values and conclusions, not plans', () => {
    assert.equal(found(record({ summary: 'Pain significantly improved with the new treatment (p < 0.01).' }), 'results-in-description').length, 1);
    assert.equal(found(record({ summary: 'This study will compare pain scores between the two groups over 12 weeks.' }), 'results-in-description').length, 0);
  });

  it('date-type-missing: a classic date without Actual or Estimated; not the newer layout', () => {
    assert.equal(found(record({ design: ['Study Type : | Interventional (Clinical Trial) |', 'Study Start Date : | March 1, 2024 |'] }), 'date-type-missing').length, 1);
    assert.equal(found(record({ design: ['Study Type : | Interventional (Clinical Trial) |', 'Actual Study Start Date : | March 1, 2024 |'] }), 'date-type-missing').length, 0);
    assert.equal(found(['A Study', '', 'NCT ID: NCT01234567', '', 'Study Start Date', '', '2024-03-01', ''].join('\n'), 'date-type-missing').length, 0);
  });

  it('arm-intervention-sense: a placebo arm without a placebo, a No Intervention arm with one, a group as an intervention', () => {
    const arms = (second: string, iv2: string) => ['Arm | Intervention/treatment |', '---|---|', 'Experimental: Vitamin D3', 'Daily vitamin D3', '|', 'Dietary Supplement: Vitamin D3', 'Capsule of 4000 IU daily |', second, 'Daily capsule', '|', `${iv2} |`];
    assert.equal(found(record({ arms: arms('Placebo Comparator: Control', 'Dietary Supplement: Vitamin D3') }), 'arm-intervention-sense').length, 1);
    assert.equal(found(record({ arms: arms('Placebo Comparator: Control', 'Dietary Supplement: Placebo\nMatching capsule') }), 'arm-intervention-sense').length, 0);
    assert.equal(found(record({ arms: arms('No Intervention: Control', 'Dietary Supplement: Vitamin D3') }), 'arm-intervention-sense').length, 1);
    assert.equal(found(record({ arms: arms('Active Comparator: Control', 'Other: Healthy volunteers\nNo treatment') }), 'arm-intervention-sense').length, 1);
  });

  it('invalid-enrollment: a value that is not a number', () => {
    const e = (v: string) => record({ design: ['Study Type : | Interventional (Clinical Trial) |', `Estimated Enrollment : | ${v} |`] });
    assert.equal(found(e('TBD participants'), 'invalid-enrollment').length, 1);
    assert.equal(found(e('60 participants'), 'invalid-enrollment').length, 0);
  });

  it('expanded access records need no dates, enrollment or outcomes; a single-group study no allocation; "Principal Investigator" may be the title', () => {
    const ea = record({ design: ['Study Type : | Expanded Access |'] });
    for (const rule of ['missing-start-date', 'missing-primary-completion-date', 'missing-completion-date', 'missing-enrollment', 'missing-primary-outcome']) assert.equal(found(ea, rule).length, 0, rule);
    assert.equal(found(record({}), 'missing-start-date').length, 1, 'an interventional record is told');
    const single = record({ design: ['Study Type : | Interventional (Clinical Trial) |', 'Intervention Model: | Single Group Assignment |'] });
    assert.ok(!found(single, 'missing-interventional-design').some((f) => f.message.startsWith('Allocation')));
    const rp = (party: string) => found(record({}).replace('Study Design', `More Information\nResponsible Party: | ${party} |\n\nStudy Design`), 'responsible-party-investigator').length;
    assert.equal(rp('David Whitcomb, Principal Investigator, University of Pittsburgh'), 0);
    assert.equal(rp('David Whitcomb, Principal Investigator'), 1);
  });
});
