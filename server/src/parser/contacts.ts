import type { Cursor } from './cursor';
import { BULLET } from './cursor';
import { splitToken, token } from './tokens';
import type { Block, ContactNode, EntryBlock, LocationBlock, Span, Token } from './syntax';
import { overallStatus } from '../vocabulary/ctgov-enums';
import { lookupTerm } from '../vocabulary/lookup';
import { isPlaceholder } from '../text/placeholders';

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
// A phone number: digits with the usual separators, optionally an extension.
const PHONE = /\+?\(?\d[\d\s().-]{5,}\d(?:\s*(?:ext\.?|extension|x)\s*(?:option\s*)?\w+)?/i;

/** `name | phone | email`, or `name phone email` in one cell (facility contacts on the classic page). */
export function parseContact(doc: string, span: Span, cells: readonly Token[]): ContactNode {
  const parts = cells.length > 0 ? cells : [];
  // `name | phone | email` (the import's form, and the page's table): each cell is what it says,
  // the phone as written (`ext +33`, `(M-F 9-5 JST)`, `only use Email`).
  if (parts.length === 3 && !EMAIL.test(parts[0]!.text) && !EMAIL.test(parts[1]!.text) && (parts[2]!.text.trim() === '' || EMAIL.exec(parts[2]!.text)?.[0] === parts[2]!.text.trim() || isPlaceholder(parts[2]!.text))) {
    const [n, p, e] = parts as [Token, Token, Token];
    return { ...span, ...(n.text.trim() ? { name: n } : {}), ...(p.text.trim() ? { phone: p } : {}), ...(e.text.trim() ? { email: e } : {}) };
  }
  let name: Token | undefined;
  let phone: Token | undefined;
  let email: Token | undefined;
  for (const cell of parts) {
    const e = EMAIL.exec(cell.text);
    const p = PHONE.exec(cell.text);
    if (e && !email) email = sub(cell, e.index, e[0].length);
    if (p && !phone && (!e || p.index < e.index || p.index > e.index + e[0].length)) phone = sub(cell, p.index, p[0].length);
    if (!name) {
      const cut = Math.min(...[e?.index, p?.index].filter((x): x is number => x !== undefined), cell.text.length);
      const n = token(doc, cell.start, cell.start + cut);
      if (n && cut > 0) name = n;
    }
  }
  return { ...span, ...(name ? { name } : {}), ...(phone ? { phone } : {}), ...(email ? { email } : {}) };
}

function sub(t: Token, at: number, len: number): Token {
  return { start: t.start + at, end: t.start + at + len, text: t.text.slice(at, at + len) };
}

/** Cells of a piped line: `a | b |` → [a, b]. */
export function pipeCells(doc: string, t: Token): Token[] {
  return splitToken(doc, t, '|');
}

/** True when the second cell of `Facility | Recruiting |` is a site status. */
export function isLocationRow(doc: string, t: Token): boolean {
  const cells = pipeCells(doc, t);
  return cells.length === 2 && lookupTerm(overallStatus, cells[1]!.text) !== undefined;
}

/** True for `Country, State | |`, the grouping row above classic locations. */
export function isLocationGroupRow(t: Token): boolean {
  return /^[^|]+\|\s*\|\s*$/.test(t.text);
}

/**
 * A classic location: `Facility | Status |`, then the address row, then facility contacts
 * (`Contact: …`) and investigators without cells (`Principal Investigator: Name`).
 */
export function parseClassicLocation(c: Cursor): LocationBlock {
  const doc = c.doc;
  const first = c.tok()!;
  const [facility, status] = pipeCells(doc, first);
  c.i++;
  let end = first.end;
  let address: Token | undefined;
  const contacts: ContactNode[] = [];
  const investigators: ContactNode[] = [];
  while (!c.done && !c.isBlank()) {
    const t = c.tok()!;
    const cls = c.classify();
    if (isLocationRow(doc, t) || (cls.k === 'text' && isLocationGroupRow(t) && address)) break;
    if (cls.k === 'label' && cls.label.def.key === 'centralContact') {
      contacts.push(parseContact(doc, { start: t.start, end: t.end }, cls.rest ? pipeCells(doc, cls.rest) : []));
    } else if (cls.k === 'label' && cls.label.def.key === 'official' && !(cls.rest?.text.includes('|'))) {
      investigators.push({ ...parseContact(doc, { start: t.start, end: t.end }, cls.rest ? [cls.rest] : []), role: cls.labelTok });
    } else if (!address && cls.k === 'text') {
      address = pipeCells(doc, t)[0];
    } else {
      break;
    }
    end = t.end;
    c.i++;
  }
  return {
    kind: 'location',
    start: first.start,
    end,
    ...(facility ? { facility } : {}),
    ...(status ? { status } : {}),
    ...(address ? { address } : {}),
    contacts,
    investigators,
  };
}

// `Group Type EXPERIMENTAL`, `Role: CONTACT`, `Identifier Source: org_study_id` … (newer layout).
export const PROP_KEYS = 'Group Type|Intervention Type|Sponsor Role|Responsibility Role|Site Status|Role|Identifier Type|Identifier Source|Identifier Domain|Identifier Link|Other Names?';
export const PROP_LINE = new RegExp(`^(${PROP_KEYS})\\s*:?\\s+(.*)$`, 'i');

export function propOf(doc: string, t: Token): { key: Token; value?: Token } | undefined {
  const m = PROP_LINE.exec(t.text);
  if (!m) return undefined;
  const key = { start: t.start, end: t.start + m[1]!.length, text: m[1]! };
  const value = token(doc, t.end - m[2]!.length, t.end);
  return { key, ...(value ? { value } : {}) };
}

/**
 * Lines of a newer-layout part, from the cursor to the next heading. Boilerplate lines (the
 * helper sentence under each heading) go to `furniture` as blocks of their own.
 */
export function partLines(c: Cursor, furniture: Block[]): Token[] {
  const out: Token[] = [];
  while (!c.done) {
    const cls = c.classify();
    // A field label ends the part too: a field written (or inserted) after it is not an entry line.
    if (cls.k === 'heading' || cls.k === 'directive' || cls.k === 'label') break;
    const t = c.tok();
    if (t && cls.k === 'boilerplate') furniture.push({ kind: 'boilerplate', start: t.start, end: t.end, text: t });
    else if (t) out.push(t);
    c.i++;
  }
  return out;
}

/** Splits entries at lines that start one: `starts(k)` says whether line k opens an entry. */
export function entriesOf(lines: readonly Token[], starts: (k: number) => boolean): Token[][] {
  const out: Token[][] = [];
  lines.forEach((t, k) => {
    if (out.length === 0 || starts(k)) out.push([]);
    out[out.length - 1]!.push(t);
  });
  return out;
}

/** An entry of the newer layout: plain lines plus `Key Value` property lines. */
export function entryBlock(doc: string, entry: EntryBlock['entry'], lines: readonly Token[]): EntryBlock {
  const plain: Token[] = [];
  const props: { key: Token; value?: Token }[] = [];
  for (const t of lines) {
    const p = propOf(doc, t);
    if (p) props.push(p);
    else plain.push(t);
  }
  return { kind: 'entry', entry, start: lines[0]!.start, end: lines[lines.length - 1]!.end, lines: plain, props };
}

/** A newer-layout contact: name line, `Role: X` line, then phone and e-mail lines. */
export function modernContact(doc: string, lines: readonly Token[]): ContactNode {
  const span = { start: lines[0]!.start, end: lines[lines.length - 1]!.end };
  let role: Token | undefined;
  const rest: Token[] = [];
  for (const t of lines) {
    const p = propOf(doc, t);
    if (p && /^role$/i.test(p.key.text)) role = p.value;
    else rest.push(t);
  }
  const [nameLine, ...others] = rest;
  const base = parseContact(doc, span, others);
  return { ...base, ...(nameLine ? { name: nameLine } : {}), ...(role ? { role } : {}) };
}

export const isBulletLine = (raw: string): boolean => BULLET.test(raw);
