import { verdicts } from './support/memo';
import type { Rule } from './types';

const NON_SPECIFIC = new Set(['safety', 'tolerability', 'feasibility', 'efficacy', 'satisfaction', 'pharmacokinetics', 'safety and tolerability', 'efficacy and safety', 'safety and efficacy']);

function judge(title: string): string | undefined {
  const verb = /^to\s+(assess|evaluate|determine|examine|investigate|measure|compare|explore|characteri[sz]e|demonstrate|establish|estimate|identify)\b/i.exec(title);
  if (verb) {
    return `Outcome title "${title.slice(0, 60)}${title.length > 60 ? '…' : ''}" states a purpose ("${verb[0]}"): name the measure itself, e.g. "Number of Participants With Dose-Limiting Toxicities", with its unit in the description.`;
  }
  const bare = title.replace(/\([^)]*\)/g, '').replace(/[.:]+$/, '').trim().toLowerCase();
  if (NON_SPECIFIC.has(bare)) {
    return `Outcome title "${title}" is non-specific: name the measurement, e.g. "Number of Participants With Treatment-Emergent Adverse Events" rather than "Safety".`;
  }
  return undefined;
}

/**
 * Q4/Q5: a title names WHAT is measured. "To assess …" describes a purpose (QC major comment),
 * and "Safety" alone is non-specific (PRS warning).
 */
const rule: Rule = {
  id: 'outcome-title-quality',
  title: 'An outcome measure title does not say what is measured',
  severity: 'warning',
  tags: ['quality'],
  reference: ['Q4', 'Q5'],
  check(r, ctx) {
    return verdicts(ctx, 'outcome-title-quality', r.outcomes.map((o) => o.title), judge);
  },
};
export default rule;
