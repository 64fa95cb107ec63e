import type { Finding, Rule } from './types';

const NON_SPECIFIC = new Set(['safety', 'tolerability', 'feasibility', 'efficacy', 'satisfaction', 'pharmacokinetics', 'safety and tolerability', 'efficacy and safety', 'safety and efficacy']);

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
  check(r) {
    const out: Finding[] = [];
    for (const o of r.outcomes) {
      const t = o.title;
      if (!t) continue;
      const verb = /^to\s+(assess|evaluate|determine|examine|investigate|measure|compare|explore|characteri[sz]e|demonstrate|establish|estimate|identify)\b/i.exec(t.value);
      if (verb) {
        out.push({ range: t.range, message: `Outcome title "${t.value.slice(0, 60)}${t.value.length > 60 ? '…' : ''}" states a purpose ("${verb[0]}"): name the measure itself, e.g. "Number of Participants With Dose-Limiting Toxicities", with its unit in the description.` });
        continue;
      }
      const bare = t.value.replace(/\([^)]*\)/g, '').replace(/[.:]+$/, '').trim().toLowerCase();
      if (NON_SPECIFIC.has(bare)) {
        out.push({ range: t.range, message: `Outcome title "${t.value}" is non-specific: name the measurement, e.g. "Number of Participants With Treatment-Emergent Adverse Events" rather than "Safety".` });
      }
    }
    return out;
  },
};
export default rule;
