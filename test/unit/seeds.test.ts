// The facts issue #2 lists for each seed, each checked by hand against the seed text.
import { strict as assert } from 'node:assert';
import type { Criterion, TrialRecord } from '../../server/src/model/types';
import { seed } from '../helpers';

const labels = (r: TrialRecord) => r.arms.map((a) => `${a.type?.label}: ${a.label?.value}`);
const names = (r: TrialRecord) => r.interventions.map((i) => i.name?.value);
const groups = (items: readonly Criterion[]) => items.filter((i) => i.kind === 'group').map((g) => g.text?.value);

describe('seed facts', () => {
  it('000: arms, interventions, outcomes, design and criteria sub-groups', () => {
    const r = seed('000').record;
    assert.deepEqual(labels(r), [
      'Experimental: Cohort A metastatic breast cancer (mBC)',
      'Experimental: Cohort B metastatic pancreatic adenocarcinoma (mPAC)',
      'Experimental: Cohort C Metastatic pancreatic adenocarcinoma (mPAC)',
    ]);
    assert.deepEqual(names(r), ['tusamitamab ravtansine', 'Gemcitabine']);
    assert.deepEqual(r.interventions.map((i) => i.type?.code), ['DRUG', 'DRUG']);
    // Cohort C names both interventions; A and B name only tusamitamab ravtansine.
    assert.deepEqual(r.arms.map((a) => a.interventions.map((i) => i.name?.value)), [
      ['tusamitamab ravtansine'],
      ['tusamitamab ravtansine'],
      ['tusamitamab ravtansine', 'Gemcitabine'],
    ]);
    assert.deepEqual(r.arms[2]!.interventions.map((i) => i.intervention), [0, 1]);
    assert.deepEqual(r.interventions[1]!.armLabels, ['Cohort C Metastatic pancreatic adenocarcinoma (mPAC)']);
    // Details on the name's own line (`Drug: Gemcitabine Pharmaceutical form: …`) are read too.
    assert.equal(r.interventions[1]!.form?.value, 'Lyophilized powder for reconstitution or as a solution for infusion');
    assert.equal(r.interventions[1]!.route?.value, 'IV infusion');
    assert.deepEqual(r.interventions[0]!.otherNames.map((o) => o.value), ['SAR408701']);
    assert.equal(r.outcomes.length, 11);
    assert.ok(r.outcomes.every((o) => o.timeFrame && o.timeFrame.value.length > 0));
    assert.equal(r.outcomes[1]!.timeFrame!.value, '28 days (Cycle 1)');
    assert.deepEqual(r.design.phases.map((p) => p.code), ['PHASE2']);
    assert.equal(r.design.enrollment?.count?.value, 94);
    assert.equal(r.design.enrollment?.type?.code, 'ESTIMATED');
    assert.equal(r.design.allocation?.label, 'Non-Randomized');
    assert.equal(r.design.interventionModel?.label, 'Parallel Assignment');
    assert.equal(r.design.masking?.label, 'None (Open Label)');
    assert.deepEqual(r.design.whoMasked, []);
    // The four cohort sub-headings of the criteria are kept as groups with their bullets: the
    // issue's "4 exclusion sub-groups" are these four (the seed's Exclusion list has one group,
    // "Cohort C: mPAC", after its 19 general bullets).
    const [inclusion, exclusion] = r.eligibility.criteria;
    assert.equal(inclusion!.which, 'inclusion');
    assert.deepEqual(groups(inclusion!.items), ['Cohort A: mBC', 'Cohorts B and C: mPAC', 'Cohort B: mPAC:', 'Cohort C: mPAC']);
    assert.deepEqual(inclusion!.items.filter((i) => i.kind === 'group').map((g) => g.children.length), [2, 1, 1, 1]);
    assert.equal(exclusion!.which, 'exclusion');
    assert.deepEqual(groups(exclusion!.items), ['Cohort C: mPAC']);
    assert.equal(exclusion!.items.filter((i) => i.kind === 'item').length, 19);
    assert.equal(exclusion!.items[0]!.kind, 'text');
  });

  it('001: two Experimental arms and one Active Comparator, phases 1 and 2, completed', () => {
    const r = seed('001').record;
    assert.deepEqual(r.arms.map((a) => a.type?.code), ['EXPERIMENTAL', 'EXPERIMENTAL', 'ACTIVE_COMPARATOR']);
    assert.deepEqual(names(r), ['Isatuximab SAR650984', 'Cemiplimab REGN2810']);
    assert.equal(r.outcomes.length, 12);
    assert.deepEqual(r.design.phases.map((p) => p.label), ['Phase 1', 'Phase 2']);
    assert.equal(r.design.enrollment?.count?.value, 109);
    assert.equal(r.design.enrollment?.type?.code, 'ACTUAL');
    assert.equal(r.status.overallStatus?.code, 'COMPLETED');
    // The bare "-" item opens a nested list of three measurable-disease criteria.
    const inclusion = r.eligibility.criteria[0]!;
    assert.equal(inclusion.items.length, 4);
    assert.equal(inclusion.items[0]!.children.length, 3);
    assert.match(inclusion.items[0]!.children[2]!.text!.value, /^In the absence of measurable M-protein/);
    assert.match(inclusion.items[1]!.text!.value, /^Patients must have received prior treatment/);
  });

  it('002: two arms, three interventions, 16 outcomes, Phase 3, single-masked assessor', () => {
    const r = seed('002').record;
    assert.equal(r.arms.length, 2);
    assert.deepEqual(names(r), ['isatuximab SAR650984', 'carfilzomib', 'dexamethasone']);
    assert.equal(r.outcomes.length, 16);
    assert.deepEqual(r.design.phases.map((p) => p.code), ['PHASE3']);
    assert.equal(r.design.masking?.code, 'SINGLE');
    assert.deepEqual(r.design.whoMasked.map((w) => w.code), ['OUTCOMES_ASSESSOR']);
    // carfilzomib and dexamethasone are named by both arms
    assert.deepEqual(r.interventions.map((i) => i.armLabels.length), [1, 2, 2]);
  });

  it('003 (newer layout): API codes read as ClinicalTrials.gov labels', () => {
    const r = seed('003').record;
    assert.equal(r.layout, 'modern');
    assert.equal(r.status.overallStatus?.label, 'Recruiting');
    assert.equal(r.status.overallStatus?.raw, 'RECRUITING');
    assert.equal(r.status.overallStatus?.writtenAs, 'code');
    assert.deepEqual(r.design.phases.map((p) => [p.label, p.writtenAs]), [['Phase 1', 'code'], ['Phase 2', 'code']]);
    assert.equal(r.design.enrollment?.count?.value, 60);
    assert.equal(r.design.enrollment?.type, undefined);
    assert.deepEqual(labels(r), ['Experimental: CD146/HER2 CAR T cells, chemotherapy']);
    assert.deepEqual(r.interventions.map((i) => `${i.type?.label}: ${i.name?.value}`), ['Biological: CD146/HER2 CAR-T cells']);
    assert.equal(r.arms[0]!.interventions[0]!.intervention, 0);
    assert.equal(r.outcomes.length, 0);
    assert.equal(r.eligibility.minimumAge?.raw, '21 Years');
    assert.equal(r.eligibility.minimumAge?.years, 21);
    assert.equal(r.eligibility.maximumAge?.raw, '90 Years');
    assert.equal(r.eligibility.sex?.label, 'All');
    assert.equal(r.design.allocation?.label, 'N/A');
    assert.equal(r.design.interventionModel?.label, 'Single Group Assignment');
    assert.equal(r.design.primaryPurpose?.label, 'Treatment');
    assert.equal(r.design.masking?.label, 'None (Open Label)');
    // Backslash escapes of the newer layout are removed from values but kept in raw.
    assert.ok(r.description.detailedDescription!.value.includes('only ~2.4 months'));
    assert.ok(r.description.detailedDescription!.raw.includes('only \\~2.4 months'));
    // The repeated "Recent Therapies" bullet is kept twice (a rule reports it, not the parser).
    const exclusion = r.eligibility.criteria.find((c) => c.which === 'exclusion')!;
    assert.equal(exclusion.items.filter((i) => i.text?.value.startsWith('Recent Therapies:')).length, 2);
  });

  it('004: one arm, one intervention, 13 outcomes, ages 18 to 70, no brief summary', () => {
    const r = seed('004').record;
    assert.equal(r.arms.length, 1);
    assert.equal(r.interventions.length, 1);
    assert.equal(r.outcomes.length, 13);
    assert.equal(r.eligibility.minimumAge?.years, 18);
    assert.equal(r.eligibility.maximumAge?.years, 70);
    assert.equal(r.description.briefSummary, undefined);
    // The description of "H score (0-300)" continues on the two lines after the time frame.
    const h = r.outcomes.find((o) => o.title?.value === 'H score (0-300)')!;
    assert.equal(h.description?.value, 'Explore and evaluate histology before and after CAR T infusion for expression of BT-001 antigen on the tumor by IHC with histologist scoring system to evaluate the score intensity.\nH score (0-300) will be calculated');
    assert.equal(r.outcomes[2]!.description, undefined);
  });

  it('all seeds: no outcome is classified, since the seed text lost the Primary/Secondary headings', () => {
    for (const s of ['000', '001', '002', '004']) {
      assert.ok(seed(s).record.outcomes.every((o) => o.group === 'unclassified'), s);
    }
  });
});
