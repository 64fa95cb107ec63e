import { verdicts } from './support/memo';
import type { Rule } from './types';

const NON_SPECIFIC = new Set(['safety', 'tolerability', 'feasibility', 'efficacy', 'satisfaction', 'pharmacokinetics', 'safety and tolerability', 'efficacy and safety', 'safety and efficacy']);

function judge(title: string): string | undefined {
  const verb = /^to\s+(assess|evaluate|determine|examine|investigate|measure|compare|explore|characteri[sz]e|demonstrate|establish|estimate|identify)\b/i.exec(title);
  if (verb) {
    return `Outcome title "${title.slice(0, 60)}${title.length > 60 ? '…' : ''}" states a purpose ("${verb[0]}"): name the measure itself, e.g. "Number of Participants With Dose-Limiting Toxicities", with its unit in the description.`;
  }
  const purpose = /^(?:the\s+)?(?:primary|secondary|main|key)\s+(?:end\s*-?points?|objectives?|outcomes?|aims?)\s+(?:is|are|will be)\s+(?:to\b)?/i.exec(title);
  if (purpose) {
    return `Outcome title "${title.slice(0, 60)}${title.length > 60 ? '…' : ''}" states a purpose ("${purpose[0].trim()}"): name the measure itself, e.g. "Change From Baseline in HbA1c at Week 24".`;
  }
  const bare = title.replace(/\([^)]*\)/g, '').replace(/[.:]+$/, '').trim().toLowerCase();
  if (NON_SPECIFIC.has(bare)) {
    return `Outcome title "${title}" is non-specific: name the measurement, e.g. "Number of Participants With Treatment-Emergent Adverse Events" rather than "Safety".`;
  }
  // Only an abbreviation (`MTD`, `AEs`, `PK`): spell out what is measured.
  if (/^[A-Z][A-Z0-9-]{0,9}s?$/.test(title.trim())) {
    return `Outcome title "${title.trim()}" is only an abbreviation: write the measure out, e.g. "Maximum Tolerated Dose (MTD)" or "Number of Participants With Adverse Events (AEs)".`;
  }
  // Pharmacokinetics named without the parameter measured.
  if (/^(?:pharmacokinetics?|pk|pharmacokinetic (?:profile|parameters?|properties))(?:\s+(?:of|for)\b.*)?$/i.test(bare)) {
    return `Outcome title "${title.trim()}" names pharmacokinetics but no parameter: give each parameter as its own measure, e.g. "Maximum Plasma Concentration (Cmax) of X" or "Area Under the Curve (AUC0-inf) of X".`;
  }
  return undefined;
}

function judgeDescription(d: string): string | undefined {
  const verb = /^to\s+(assess|evaluate|determine|examine|investigate|compare|explore|demonstrate|establish)\b/i.exec(d.trim());
  return verb ? `The description states a purpose ("${verb[0]}"): describe the measure instead: what is measured, how, and in what unit.` : undefined;
}

/**
 * Q4/Q5: a title names WHAT is measured. "To assess …" or "Primary endpoint is to …" describe a
 * purpose (QC major comment), and "Safety" alone, an abbreviation alone (`MTD`) or
 * "Pharmacokinetics of X" without the parameter are non-specific. A description that starts
 * "To evaluate …" states a purpose too.
 */
const rule: Rule = {
  id: 'outcome-title-quality',
  title: 'An outcome measure title does not say what is measured',
  severity: 'warning',
  tags: ['quality'],
  reference: ['Q4', 'Q5'],
  check(r, ctx) {
    return [...verdicts(ctx, 'outcome-title-quality', r.outcomes.map((o) => o.title), judge), ...verdicts(ctx, 'outcome-description-purpose', r.outcomes.map((o) => o.description), judgeDescription)];
  },
};
export default rule;
