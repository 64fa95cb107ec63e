// What both page writers share: how a study page prints API v2 text and codes, and the
// variations real copies of a page show (headings lost, contacts or locations left out, CRLF).
import type { ApiProtocolSection } from '../../server/src/convert/api';
import { findIntervention } from '../../server/src/convert/write';

export interface PageOptions {
  /** Section and sub-section titles; the seeds lost most of them in the copy. */
  readonly headings: boolean;
  /** `Primary Outcome Measures :` and the other group titles. */
  readonly outcomeHeadings: boolean;
  /** The Contacts part (central contacts). */
  readonly contacts: boolean;
  /** The Locations part. */
  readonly locations: boolean;
  /** Site statuses beside the facilities (current pages of completed studies print none). */
  readonly siteStatus: boolean;
  /** Every intervention of an arm cell on lines of its own, instead of run together. */
  readonly interventionsOnOwnLines: boolean;
  readonly crlf: boolean;
}

export const FULL: PageOptions = { headings: true, outcomeHeadings: true, contacts: true, locations: true, siteStatus: true, interventionsOnOwnLines: false, crlf: false };

/** A deterministic variation per record, so that the corpus covers every combination. */
export function variant(nctId: string): PageOptions {
  let h = 0;
  for (const ch of nctId) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  const bit = (k: number) => ((h >>> k) & 1) === 1;
  return { headings: bit(0), outcomeHeadings: bit(1), contacts: bit(2) || bit(3), locations: bit(4) || bit(3), siteStatus: bit(5), interventionsOnOwnLines: bit(6), crlf: bit(7) && bit(8) };
}

/** What the page printed: the oracle counts a "missing" finding false only for what is there. */
export interface Page {
  readonly text: string;
  readonly layout: 'classic' | 'modern';
  readonly options: PageOptions;
}


// API v2 text is Markdown: a page shows `\>` as `>`.
export const unescape = (s: string): string => s.replace(/\\([!-/:-@[-`{-~])/g, '$1');

/** One line of page text. */
export const oneLine = (s: string | undefined): string => unescape(s ?? '').replace(/\s+/g, ' ').trim();

/**
 * Free text as a page shows it: paragraphs with blank lines between them, Markdown bullets as
 * `- ` (nested ones indented), numbered items as written.
 */
export function paragraphs(s: string | undefined): string[] {
  if (!s) return [];
  const out: string[] = [];
  for (const raw of unescape(s).replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(/\s+$/, '');
    if (line.trim() === '') {
      if (out.length > 0 && out[out.length - 1] !== '') out.push('');
      continue;
    }
    const bullet = /^(\s*)[*+-]\s+(.*)$/.exec(line);
    out.push(bullet ? `${' '.repeat(Math.min(bullet[1]!.length, 8))}- ${bullet[2]}` : line.trim());
  }
  while (out[out.length - 1] === '') out.pop();
  return out;
}

/** The intervention an arm's `Type: Name` names. */
export const interventionNamed = (p: ApiProtocolSection, n: string) => findIntervention(n, p.armsInterventionsModule?.interventions ?? []);

export function finish(lines: readonly string[], options: PageOptions): string {
  const text = `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
  return options.crlf ? text.replace(/\n/g, '\r\n') : text;
}
