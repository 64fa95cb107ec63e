import { proseInOrder } from '../model/traverse';
import type { Span } from '../model/types';
import { byText } from './support/memo';
import type { Finding, Rule } from './types';

// Abbreviation-like words: two or more capitals (ORR, HER2, CAR-T), or a lower-case prefix
// before capitals (mBC, sCR). A trailing plural "s" belongs to the same abbreviation (DLTs).
const ABBR = /(?<![A-Za-z0-9-])([a-z]?[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*[A-Z0-9])(s?)(?![A-Za-z0-9-])/g;
// Units, words written in capitals, and abbreviations medical writing does not expand.
const KNOWN = new Set(['US', 'USA', 'UK', 'EU', 'DNA', 'RNA', 'IU', 'ID', 'OK', 'NA', 'TV', 'AND', 'OR', 'NOT', 'NO', 'TO', 'OF', 'IN', 'ON', 'AT', 'BY', 'WITH', 'FOR', 'THE', 'HIV', 'AIDS', 'MRI', 'CT', 'PET', 'ECG', 'EKG', 'IV']);
// Roman numerals and the stages written with them (IIIB, IVa).
const ROMAN = /^[IVXL]+[A-Da-d]?(?:-[IVXL]+[A-Da-d]?)?$/;
// U.S. state and territory codes, which addresses and sites write bare.
const STATES = new Set('AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA PR RI SC SD TN TX UT VT VA WA WV WI WY'.split(' '));
// Words in capitals in a row, one of them long, are a heading or emphasis (INCLUSION CRITERIA), not abbreviations.
const CAPITAL_RUN = /(?<![A-Za-z0-9-])[A-Z]{3,}(?: +[A-Z]{3,})+(?![A-Za-z0-9-])/g;
const HAS_CAPITAL_RUN = /[A-Z]{3} +[A-Z]{3}/;
const TWO_CAPITALS = /[A-Z][A-Z0-9]*[A-Z]/;
// Product, gene and protein codes carry digits (SAR650984, HER2, CD146, IL-10); outcome
// abbreviations with digits (PFS2, RP2D) are checked through the standard terms.
const STANDARD_WITH_DIGITS = new Set(['PFS2', 'RP2D']);

interface Use {
  readonly abbr: string;
  /** Offsets into the text it was found in (usesIn), or into the document (check). */
  readonly range: Span;
  /** Written as "(ABBR)" right after words, i.e. where it is defined. */
  readonly defines: boolean;
}

/** Whether the abbreviation matched at `m` is being defined there (judged from its neighbours). */
function definesAt(raw: string, m: RegExpMatchArray): boolean {
  // Only the characters next to the match matter; slicing the whole text would be quadratic.
  const before = raw.slice(Math.max(0, m.index! - 4), m.index!);
  const after = raw.slice(m.index! + m[0].length, m.index! + m[0].length + 120);
  // "objective response rate (ORR)" and "… (CAR T)" define; so do "ORR (objective response
  // rate)" and "sCR [stringent complete response]"; a time frame escapes its brackets (`\[LTE\]`).
  return (/[\p{L}\p{N}\])]\s*\\?[([]\s*$/u.test(before) && /^(?:\s+[A-Za-z0-9]{1,3})?\s*\\?[)\]]/.test(after)) || /^\s*\\?[([](?:[a-z][\p{L}-]*\s+)+[\p{L}-]+\\?[)\]]/u.test(after);
}

/** The abbreviations used in a text, with offsets into it (the text alone decides them: kept per text). */
function usesIn(raw: string): Use[] {
  const out: Use[] = [];
  // Every part kept below has two capitals with only capitals and digits between: most prose has
  // none, and this scan is far cheaper than ABBR's, which tries a match at every lower-case letter.
  if (!TWO_CAPITALS.test(raw)) return out;
  const runs: [number, number][] = [];
  // Most texts have no two capital words in a row: the run pattern is tried only where they do.
  if (HAS_CAPITAL_RUN.test(raw)) for (const m of raw.matchAll(CAPITAL_RUN)) if (/[A-Z]{6}/.test(m[0])) runs.push([m.index!, m.index! + m[0].length]);
  for (const m of raw.matchAll(ABBR)) {
    const start = m.index!;
    if (runs.some(([a, b]) => start >= a && start < b)) continue;
    // A code with a number part (TAK-861, SF-36, PD-1, IL-10) names a product, instrument or protein.
    if (/-\d/.test(m[1]!)) continue;
    // Most matches are units, Roman numerals or product codes: the context is read only for the rest.
    let defines: boolean | undefined;
    // A compound (HCV-RNA) is judged by its parts.
    let offset = 0;
    for (const part of m[1]!.split('-')) {
      const partStart = start + offset;
      offset += part.length + 1;
      if (part.length < 2 || !/[A-Z].*[A-Z]/.test(part) || KNOWN.has(part) || STATES.has(part) || ROMAN.test(part) || part.length > 10) continue;
      if (/\d/.test(part) && !STANDARD_WITH_DIGITS.has(part)) continue;
      defines ??= definesAt(raw, m);
      out.push({ abbr: part, range: { start: partStart, end: partStart + part.length }, defines });
    }
  }
  return out;
}

/**
 * Q15 (institutional guidance): define every abbreviation where it is first used, e.g.
 * "objective response rate (ORR)". A hint, so it stays out of the way.
 */
const rule: Rule = {
  id: 'undefined-abbreviation',
  title: 'An abbreviation is used before or without its definition',
  severity: 'hint',
  tags: ['quality'],
  reference: ['Q15'],
  check(r, ctx) {
    const custom = new Set(ctx.customTerms.map((t) => t.term));
    // The study's own name: its acronym, and a name in brackets at the end of a title (`… (IKEMA)`).
    const id = r.identification;
    if (id.acronym) custom.add(id.acronym.value);
    for (const v of [id.officialTitle, id.pageTitle]) {
      const m = /\(([A-Z][A-Za-z0-9-]{1,14})\)\s*$/.exec(v?.value ?? '');
      if (m) custom.add(m[1]!);
    }
    const first = new Map<string, Use>();
    const definition = new Map<string, Use>();
    for (const { value: v } of proseInOrder(r)) {
      for (const u of byText(ctx, 'undefined-abbreviation', v.raw, usesIn)) {
        if (custom.has(u.abbr)) continue;
        const taken = first.has(u.abbr);
        if (taken && (!u.defines || definition.has(u.abbr))) continue;
        const at: Use = { abbr: u.abbr, range: { start: v.range.start + u.range.start, end: v.range.start + u.range.end }, defines: u.defines };
        if (!taken) first.set(u.abbr, at);
        if (u.defines && !definition.has(u.abbr)) definition.set(u.abbr, at);
      }
    }
    const out: Finding[] = [];
    for (const [abbr, u] of first) {
      if (u.defines) continue;
      const d = definition.get(abbr);
      out.push(
        d
          ? { range: u.range, message: `${abbr} is used before it is defined: spell it out here, at its first use.`, related: [{ range: d.range, message: `${abbr} is defined here` }] }
          : { range: u.range, message: `${abbr} is not defined: spell it out at its first use, e.g. "full name (${abbr})".` },
      );
    }
    return out.sort((a, b) => a.range.start - b.range.start);
  },
};
export default rule;
