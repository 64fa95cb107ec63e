import { matchHeading, matchLabel } from './parser/labels';

const NCT_LINE = /^(?:ClinicalTrials\.gov (?:Identifier|ID)|NCT ID|NCT Number)\s*:?\s*\|?\s*NCT\d{8}\b/im;
const MAX_SCAN = 400;
/** With an NCT identifier line, this many headings or labels make a record. */
const WITH_NCT = 2;
/**
 * Without one (a new registration has no NCT number yet), this many different elements: a note
 * that mentions "Masking:" or "Phase:" is not switched, a draft with its design or dates is.
 */
const WITHOUT_NCT = 4;

/**
 * Whether plain text looks like a trial record: an NCT identifier line together with two or
 * more recognised record headings or labels, or, for a draft without an NCT number, four
 * different ones. Reads at most the first few hundred lines, so it stays cheap on any file.
 */
export function looksLikeRecord(text: string): boolean {
  const head = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const need = NCT_LINE.test(head) ? WITH_NCT : WITHOUT_NCT;
  const found = new Set<string>();
  const lines = head.split(/\r\n|\r|\n/, MAX_SCAN);
  for (const raw of lines) {
    const t = raw.trim();
    if (t === '' || NCT_LINE.test(t)) continue;
    const colon = t.indexOf(':');
    const label = colon > 0 ? t.slice(0, colon) : t.replace(/\s*\|\s*$/, '');
    const heading = matchHeading(t);
    const field = heading ? undefined : matchLabel(label.trim());
    if (heading) found.add(`heading:${heading.text}`);
    else if (field) found.add(`field:${field.def.key}`);
    if (found.size >= need) return true;
  }
  return false;
}
