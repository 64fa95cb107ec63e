import type { DocumentLink } from 'vscode-languageserver-types';
import type { Analysis } from '../analysis/analyze';

/** Every NCT ID links to its ClinicalTrials.gov page; links only ever point there. */
export function documentLinks(a: Pick<Analysis, 'text' | 'index'>): DocumentLink[] {
  const out: DocumentLink[] = [];
  for (const m of a.text.matchAll(/\bNCT\d{8}\b/g)) {
    out.push({ range: a.index.range({ start: m.index!, end: m.index! + m[0].length }), target: `https://clinicaltrials.gov/study/${m[0]}`, tooltip: `Open ${m[0]} on ClinicalTrials.gov` });
  }
  return out;
}
