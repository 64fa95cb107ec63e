import { DIRECTIVE } from '../parser/cursor';
import { stripTrailingPipe } from '../text/lines';
import type { Token } from '../parser/syntax';
import { dateType, masking as maskingVocab, phase as phaseVocab, whoMasked as whoMaskedVocab } from '../vocabulary/ctgov-enums';
import { lookupTerm } from '../vocabulary/lookup';
import type { EnumVocabulary } from '../vocabulary/types';
import type { AgeUnit, AgeValue, BooleanValue, DateValue, EnumValue, NumberValue, TextValue } from './types';

const ESCAPED = /\\([!-/:-@[-`{-~])/g;

/** Removes Markdown escapes (`\~2.4`, `\>92%`, `\&`), as in the newer layout and API v2 text. */
export function unescape(s: string): string {
  // Any ASCII punctuation may be escaped (CommonMark); API v2 text escapes `\&` too.
  return s.includes('\\') ? s.replace(ESCAPED, '$1') : s;
}

const LINE_BREAK = /\r\n|\r|\n/;

/** One line of a value: trimmed, without a closing pipe or a text-marking backslash, unescaped. */
function cleanLine(line: string): string {
  const l = stripTrailingPipe(line.trim());
  if (!l.includes('\\')) return l;
  // A leading backslash that is not a Markdown escape only marks the line as text (see Cursor).
  return unescape(l.replace(/^\\(?=[^!-/:-@[-`{-~])/, ''));
}

/**
 * The value of source text: escapes removed, each line trimmed and without a closing table
 * pipe, line breaks as `\n`, paragraphs separated by one blank line.
 */
export function cleanText(raw: string): string {
  if (raw.indexOf('\n') < 0 && raw.indexOf('\r') < 0) return cleanLine(raw); // most values are one line (indexOf: faster than a RegExp)
  // Directive lines inside a multi-line value (e.g. a table cell) are not part of it.
  const lines = raw
    .split(LINE_BREAK)
    .filter((l) => !l.includes('<!--') || !DIRECTIVE.test(l))
    .map(cleanLine);
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/**
 * A multi-line value with each line's indentation as the record writes it (lists in prose keep
 * their nesting); otherwise as `cleanText`. The first line's indentation is outside the value.
 */
export function indentedText(v: TextValue): string {
  if (!v.value.includes('\n')) return v.value;
  const lines = v.raw
    .split(LINE_BREAK)
    .filter((l) => !l.includes('<!--') || !DIRECTIVE.test(l))
    .map((l) => {
      const indent = /^[ \t]*/.exec(l)![0];
      const clean = cleanLine(l);
      return clean === '' ? '' : `${indent}${clean}`;
    });
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').replace(/^\n+|\s+$/g, '');
}

export function text(t: Token): TextValue {
  return { value: cleanText(t.text), raw: t.text, range: { start: t.start, end: t.end } };
}

/** Several lines (possibly paragraphs) as one value; raw is the source from the first to the last. */
export function textOfLines(doc: string, lines: readonly Token[]): TextValue | undefined {
  if (lines.length === 0) return undefined;
  const range = { start: lines[0]!.start, end: lines[lines.length - 1]!.end };
  const raw = doc.slice(range.start, range.end);
  return { value: cleanText(raw), raw, range };
}

export function enumValue(vocab: EnumVocabulary, t: Token): EnumValue {
  const m = lookupTerm(vocab, t.text);
  const range = { start: t.start, end: t.end };
  return m ? { raw: t.text, range, code: m.term.code, label: m.term.label, writtenAs: m.by } : { raw: t.text, range };
}

export function sub(t: Token, from: number, to: number): Token {
  return { start: t.start + from, end: t.start + to, text: t.text.slice(from, to) };
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2021-03-29` → `March 29, 2021`; `2021-03` → `March 2021`; anything else as given. */
export function pageDate(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso.trim());
  if (!m) return iso.trim();
  const month = m[2] ? MONTH_NAMES[Number(m[2]) - 1] : undefined;
  if (!month) return m[1];
  return m[3] ? `${month} ${Number(m[3])}, ${m[1]}` : `${month} ${m[1]}`;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function monthOf(name: string): number | undefined {
  const n = name.toLowerCase().replace(/\.$/, '');
  const i = MONTHS.findIndex((m) => m === n || (n.length >= 3 && m.startsWith(n) && (n.length === 3 || n === 'sept')));
  return i < 0 ? undefined : i + 1;
}

const pad = (n: number) => String(n).padStart(2, '0');

function validDay(y: number, m: number, d: number): boolean {
  return d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * Reads the date forms of the seeds and the corpus: `December 9, 2020`, `May 2022`,
 * `9 December 2020`, `Dec 2020`, and ISO `2025-05-29`, `2025-05`, `2025`.
 */
export function parseDate(raw: string): string | undefined {
  const s = unescape(raw).trim();
  let m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (m) {
    const y = +m[1]!;
    if (!m[2]) return m[1];
    const mo = +m[2];
    if (mo < 1 || mo > 12) return undefined;
    if (!m[3]) return `${y}-${pad(mo)}`;
    return validDay(y, mo, +m[3]) ? `${y}-${pad(mo)}-${m[3]}` : undefined;
  }
  m = /^([A-Za-z]+\.?)\s+(\d{1,2}),?\s+(\d{4})$/.exec(s);
  if (m) {
    const mo = monthOf(m[1]!);
    const y = +m[3]!;
    const d = +m[2]!;
    return mo && validDay(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : undefined;
  }
  m = /^(\d{1,2})\s+([A-Za-z]+\.?),?\s+(\d{4})$/.exec(s);
  if (m) {
    const mo = monthOf(m[2]!);
    const y = +m[3]!;
    const d = +m[1]!;
    return mo && validDay(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : undefined;
  }
  m = /^([A-Za-z]+\.?),?\s+(\d{4})$/.exec(s);
  if (m) {
    const mo = monthOf(m[1]!);
    return mo ? `${m[2]}-${pad(mo)}` : undefined;
  }
  return undefined;
}

/** A date value; the classic page's `Key Record Dates` link text after a date is not part of it. */
export function dateValue(t: Token, qualifier?: Token): DateValue {
  const trimmed = /^(.*?)\s+Key Record Dates$/i.exec(t.text);
  const d = trimmed ? sub(t, 0, trimmed[1]!.length) : t;
  const iso = parseDate(d.text);
  return { raw: d.text, range: { start: d.start, end: d.end }, ...(iso ? { iso } : {}), ...(qualifier ? { type: enumValue(dateType, qualifier) } : {}) };
}

export function numberValue(t: Token): NumberValue {
  const m = /^(\d[\d,]*)(?:\s+(?:participants?|patients?|subjects?))?$/i.exec(unescape(t.text).trim());
  const value = m ? Number(m[1]!.replace(/,/g, '')) : undefined;
  return { raw: t.text, range: { start: t.start, end: t.end }, ...(value !== undefined && Number.isFinite(value) ? { value } : {}) };
}

export function booleanValue(t: Token): BooleanValue {
  const v = t.text.trim().toLowerCase();
  const value = v === 'yes' || v === 'true' ? true : v === 'no' || v === 'false' ? false : undefined;
  return { raw: t.text, range: { start: t.start, end: t.end }, ...(value !== undefined ? { value } : {}) };
}

const UNIT: Record<string, AgeUnit> = { year: 'Years', month: 'Months', week: 'Weeks', day: 'Days', hour: 'Hours', minute: 'Minutes' };
const PER_YEAR: Record<AgeUnit, number> = { Years: 1, Months: 12, Weeks: 52.1775, Days: 365.25, Hours: 8766, Minutes: 525960 };

/** `18 Years`, `6 Months`, or `N/A` / `No limit`. */
export function ageValue(t: Token): AgeValue {
  const range = { start: t.start, end: t.end };
  const s = t.text.trim();
  if (/^(N\/A|NA|No limit|N\/A \(No limit\)|None)$/i.test(s)) return { raw: t.text, range, noLimit: true };
  const m = /^(\d+)\s*(year|month|week|day|hour|minute)s?$/i.exec(s);
  if (!m) return { raw: t.text, range };
  const number = +m[1]!;
  const unit = UNIT[m[2]!.toLowerCase()]!;
  return { raw: t.text, range, number, unit, years: number / PER_YEAR[unit] };
}

export interface AgesLine {
  readonly minimumAge?: AgeValue;
  readonly maximumAge?: AgeValue;
  readonly groups: readonly Token[];
}

/**
 * The classic `Ages Eligible for Study` line: `18 Years to 70 Years (Adult, Older Adult)`,
 * `18 Years and older (…)`, `up to 17 Years (Child)`, or only the groups (no limits).
 */
export function parseAgesLine(t: Token): AgesLine {
  const s = t.text;
  const paren = /\s*\(([^()]*)\)\s*$/.exec(s);
  const body = sub(t, 0, paren ? paren.index : s.length);
  const groups: Token[] = [];
  if (paren) {
    const inner = paren.index + paren[0].indexOf('(') + 1;
    let from = inner;
    for (const part of paren[1]!.split(',')) {
      const lead = part.length - part.trimStart().length;
      const piece = part.trim();
      if (piece) groups.push(sub(t, from + lead, from + lead + piece.length));
      from += part.length + 1;
    }
  }
  const b = body.text;
  // `up to …` first: the general `… to …` form would read `up` as a minimum age.
  let m = /^(up\s+to)\s+(.*)$/i.exec(b);
  if (m) return { minimumAge: { raw: m[1]!, range: { start: body.start, end: body.start + m[1]!.length }, noLimit: true }, maximumAge: ageValue(sub(body, b.length - m[2]!.length, b.length)), groups };
  m = /^(.*?)\s+to\s+(.*)$/i.exec(b);
  if (m) return { minimumAge: ageValue(sub(body, 0, m[1]!.length)), maximumAge: ageValue(sub(body, b.length - m[2]!.length, b.length)), groups };
  m = /^(.*?)\s+and\s+older$/i.exec(b);
  if (m) {
    const tail = sub(body, m[1]!.length + 1, b.length);
    return { minimumAge: ageValue(sub(body, 0, m[1]!.length)), maximumAge: { raw: tail.text.trim(), range: { start: tail.start + (tail.text.length - tail.text.trimStart().length), end: tail.end }, noLimit: true }, groups };
  }
  if (b.trim() === '') return { groups };
  // Only the age groups (`Child, Adult, Older Adult`): the study sets no age limit.
  if (/^(?:Child|Adult|Older Adult)(?:\s*,\s*(?:Child|Adult|Older Adult))*$/i.test(b.trim())) {
    const all = { raw: body.text, range: { start: body.start, end: body.end }, noLimit: true } as const;
    return { minimumAge: all, maximumAge: all, groups: [] };
  }
  return { minimumAge: ageValue(body), groups };
}

// Phase names as they appear in page text, labels and API codes.
const PHASE_TOKEN = /Early Phase 1|EARLY_PHASE1|Phase\s*[0-4](?:\s*\/\s*(?:Phase\s*)?[1-4])?|PHASE[1-4]|Not Applicable|N\/A|\bNA\b/gi;

/** `Phase 1 Phase 2`, `Phase 1/Phase 2`, `Phase 1/2`, `PHASE1/PHASE2`, `PHASE2, PHASE3` → one value per phase. */
export function parsePhases(t: Token): EnumValue[] {
  const out: EnumValue[] = [];
  let last = 0;
  const leftovers: Token[] = [];
  for (const m of t.text.matchAll(PHASE_TOKEN)) {
    const at = m.index!;
    if (t.text.slice(last, at).replace(/[\s/,;|&+]|and/gi, '') !== '') leftovers.push(sub(t, last, at));
    last = at + m[0].length;
    const combined = /^Phase\s*([0-4])\s*\/\s*(?:Phase\s*)?([1-4])$/i.exec(m[0]);
    if (combined) {
      const slash = m[0].indexOf('/');
      // Look up the normalised name but keep the source text as raw.
      const first = sub(t, at, at + slash);
      const second = sub(t, at + slash + 1, at + m[0].length);
      // `PHASE1/PHASE2` halves are codes; `Phase 1/2` needs its second half named in full.
      const named = (piece: Token, digit: string): EnumValue => {
        const own = enumValue(phaseVocab, piece);
        return own.code ? own : { ...enumValue(phaseVocab, { ...piece, text: `Phase ${digit}` }), raw: piece.text };
      };
      out.push(named(first, combined[1]!));
      out.push(named(second, combined[2]!));
      continue;
    }
    out.push(enumValue(phaseVocab, sub(t, at, at + m[0].length)));
  }
  if (t.text.slice(last).replace(/[\s/,;|&+]|and/gi, '') !== '') leftovers.push(sub(t, last, t.text.length));
  for (const l of leftovers) {
    const trimmed = l.text.trim();
    const lead = l.text.length - l.text.trimStart().length;
    out.push({ raw: trimmed, range: { start: l.start + lead, end: l.start + lead + trimmed.length } });
  }
  return out.sort((a, b) => a.range.start - b.range.start).map((v) => ({ ...v, raw: v.raw.trim() }));
}

/** `Double (Participant, Investigator)` → level and roles; `None (Open Label)` is a label of its own. */
export function parseMasking(t: Token): { masking: EnumValue; whoMasked: EnumValue[] } {
  const whole = enumValue(maskingVocab, t);
  if (whole.code) return { masking: whole, whoMasked: [] };
  const m = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(t.text);
  if (!m) return { masking: whole, whoMasked: [] };
  const level = enumValue(maskingVocab, sub(t, 0, m[1]!.length));
  const open = t.text.indexOf('(', m[1]!.length) + 1;
  const roles: EnumValue[] = [];
  let from = open;
  for (const part of m[2]!.split(',')) {
    const lead = part.length - part.trimStart().length;
    const piece = part.trim();
    if (piece) roles.push(enumValue(whoMaskedVocab, sub(t, from + lead, from + lead + piece.length)));
    from += part.length + 1;
  }
  return { masking: level, whoMasked: roles };
}
