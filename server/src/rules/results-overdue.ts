import { addMonths, dateBounds } from './support/dates';
import { isInterventional } from './support/presence';
import type { Rule } from './types';

// Phases an applicable clinical trial excludes: Phase 1 drug trials and device feasibility studies.
const EARLY = new Set(['EARLY_PHASE1', 'PHASE1']);

/**
 * FDAAA 801 and 42 CFR 11.44: an applicable clinical trial submits its results
 * within one year of its Primary Completion Date. A trial is taken to be applicable when it is
 * interventional, studies an FDA-regulated drug or device, and is not a Phase 1 or device
 * feasibility study; results are taken to be missing only when the page says so ("No Results
 * Posted", "Results pending"). A certification or extension can delay the deadline, which the
 * page does not show: hence a warning.
 */
const rule: Rule = {
  id: 'results-overdue',
  title: 'Results are overdue (FDAAA 801)',
  severity: 'warning',
  tags: ['timeliness'],
  reference: ['42 CFR 11.44'],
  check(r, ctx) {
    const pcd = r.status.primaryCompletionDate;
    // An Estimated date that has passed is a stale record first (date-type-vs-today): no deadline is known yet.
    if (!isInterventional(r) || !pcd?.iso || pcd.type?.code === 'ESTIMATED' || r.status.results?.state !== 'none' || r.status.resultsFirstPosted) return [];
    const o = r.oversight;
    if (o.isFdaRegulatedDrug?.value !== true && o.isFdaRegulatedDevice?.value !== true) return [];
    if (r.design.phases.length > 0 && r.design.phases.every((p) => p.code && EARLY.has(p.code))) return [];
    if (r.design.primaryPurpose?.code === 'DEVICE_FEASIBILITY') return [];
    const due = addMonths(dateBounds(pcd.iso).last, 12);
    if (due >= ctx.today) return [];
    return [
      {
        range: pcd.range,
        message: `Results are overdue: this looks like an applicable clinical trial (FDA-regulated ${o.isFdaRegulatedDrug?.value ? 'drug' : 'device'}), its Primary Completion Date ${pcd.raw} is more than a year past (results were due by ${due}, 42 CFR 11.44), and no results are posted. Submit the results, or the certification or extension that delays them.`,
        related: r.status.results ? [{ range: r.status.results.range, message: 'The page shows no results' }] : [],
      },
    ];
  },
};
export default rule;
