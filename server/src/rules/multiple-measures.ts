import { verdicts } from './support/memo';
import type { Rule } from './types';

const MEASURE = /\b(events?|AEs?|SAEs?|TEAEs?|responses?|survival|rates?|concentrations?|levels?|scores?|counts?|changes?|abnormalit(?:y|ies)|toxicit(?:y|ies)|signs|tests|incidence|severity|proportions?|percentages?|numbers?)\b/i;

const MEASURES = new RegExp(MEASURE.source, 'gi');
const FILLER = /\b(?:of|the|in|with|a|an|overall|total|mean|median)\b/gi;

function judge(title: string): string | undefined {
  const bare = title.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ');
  const parts = bare.split(/,\s*|\s+and\s+|\s*;\s*/).filter((p) => p.trim() !== '');
  // "Incidence and severity of adverse events", "Number and percentage of participants with AEs":
  // a part that is only a measure word shares the next part's object, so it is one measure.
  const measured = parts.filter((p) => MEASURE.test(p) && p.replace(MEASURES, ' ').replace(FILLER, ' ').trim() !== '');
  if (measured.length < 2) return undefined;
  return `This title seems to describe ${measured.length} measures (${measured.map((p) => `"${p.replace(/\s+/g, ' ').trim()}"`).join(', ')}): register each as its own outcome measure, unless they form one composite measure (then say so in the description).`;
}

/**
 * Q3 (QC major comment): "More than one outcome measure appears to be described". A title that
 * lists several measures ("adverse events and changes in laboratory tests") is several measures.
 */
const rule: Rule = {
  id: 'multiple-measures',
  title: 'An outcome measure title lists several measures',
  severity: 'warning',
  tags: ['quality'],
  reference: ['Q3'],
  check(r, ctx) {
    return verdicts(ctx, 'multiple-measures', r.outcomes.map((o) => o.title), judge);
  },
};
export default rule;
