import { FDAAA, sinceEra } from './support/era';
import { insertField } from './support/placement';
import type { Rule } from './types';

const STOPPED = new Set(['SUSPENDED', 'TERMINATED', 'WITHDRAWN']);

/** P5: Why Study Stopped is required when the status is Suspended, Terminated or Withdrawn. */
const rule: Rule = {
  id: 'missing-why-stopped',
  title: 'Why Study Stopped is missing for a stopped study',
  severity: 'error',
  tags: ['presence', 'consistency'],
  reference: ['P5'],
  check(r, ctx) {
    const status = r.status.overallStatus;
    if (!status?.code || !STOPPED.has(status.code) || r.status.whyStopped) return [];
    return [
      {
        range: status.range,
        message: `Why Study Stopped is missing: the status is ${status.label}, so ClinicalTrials.gov requires a brief explanation of why the study stopped (at most 250 characters).`,
        fixes: [{ title: 'Insert Why Study Stopped', edits: [insertField(ctx.analysis, 'whyStopped')], preferred: true }],
      },
    ];
  },
};
export default sinceEra(rule, FDAAA);
