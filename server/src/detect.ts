import { matchHeading, matchLabel } from './parser/labels';

const NCT_LINE = /^(?:ClinicalTrials\.gov (?:Identifier|ID)|NCT ID|NCT Number)\s*:?\s*\|?\s*NCT\d{8}\b/im;
const MAX_SCAN = 400;

/**
 * Whether plain text looks like a trial record: an NCT identifier line together with two or
 * more recognised record headings or labels (issue: language detection). Reads at most the
 * first few hundred lines, so it stays cheap on any file.
 */
export function looksLikeRecord(text: string): boolean {
  const head = text.length > 200_000 ? text.slice(0, 200_000) : text;
  if (!NCT_LINE.test(head)) return false;
  let found = 0;
  const lines = head.split(/\r\n|\r|\n/, MAX_SCAN);
  for (const raw of lines) {
    const t = raw.trim();
    if (t === '' || NCT_LINE.test(t)) continue;
    const colon = t.indexOf(':');
    const label = colon > 0 ? t.slice(0, colon) : t.replace(/\s*\|\s*$/, '');
    if (matchHeading(t) || matchLabel(label.trim())) found++;
    if (found >= 2) return true;
  }
  return false;
}
