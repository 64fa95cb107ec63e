// Helpers for reparsing an edited document: where two versions differ, and copying the
// unchanged tail of the old tree to its new offsets.

import type { RawSection } from '../parser/parse';
import type { Block, ContactNode, CriteriaNode, InterventionNode, Token } from '../parser/syntax';
import { type LineTable, partitionPoint } from '../text/lines';

/** Where `next` differs from `prev`: [start, prevEnd) in the old text became [start, nextEnd) in the new one. */
export interface TextChange {
  readonly start: number;
  readonly prevEnd: number;
  readonly nextEnd: number;
}

// Whole chunks compare natively (string equality is memcmp-like), much faster than a loop over
// char codes; startsWith/endsWith with a position measured ~50 times slower than slice equality.
const CHUNK = 4096;

/** The changed span between two versions, from their common prefix and suffix. */
export function textChange(prev: string, next: string): TextChange {
  const max = Math.min(prev.length, next.length);
  let p = 0;
  while (p + CHUNK <= max && prev.slice(p, p + CHUNK) === next.slice(p, p + CHUNK)) p += CHUNK;
  while (p < max && prev.charCodeAt(p) === next.charCodeAt(p)) p++;
  // The suffix may not overlap the prefix (an insertion into a run of equal characters).
  const room = max - p;
  let s = 0;
  while (s + CHUNK <= room && prev.slice(prev.length - s - CHUNK, prev.length - s) === next.slice(next.length - s - CHUNK, next.length - s)) s += CHUNK;
  while (s < room && prev.charCodeAt(prev.length - 1 - s) === next.charCodeAt(next.length - 1 - s)) s++;
  return { start: p, prevEnd: prev.length - s, nextEnd: next.length - s };
}

/**
 * How many leading lines are untouched by a change at `start`: the line and its break lie wholly
 * before it (strictly: a lone CR followed by the change may have become a CRLF).
 */
export function intactLines(lines: LineTable, start: number): number {
  return partitionPoint(lines.length, (i) => lines.next(i) < start);
}


// Copies of syntax-tree parts moved by `delta`, every token's text cut anew from `doc` (the new
// version's text). Why cut again: a token's text is a slice of the text it was parsed from and
// keeps that whole string in memory; copied as is, the tokens of a long-edited document would
// keep one old version alive per edit. The copiers are written out per type (a generic walk
// took three times as long); test/unit/incremental.test.ts checks them against every fixture.

/** Optional fields stay absent rather than present and undefined, as the parser leaves them. */
type Draft<T> = { -readonly [K in keyof T]: T[K] };

export function shiftedToken(t: Token, delta: number, doc: string): Token {
  const start = t.start + delta;
  const end = t.end + delta;
  return { start, end, text: doc.slice(start, end) };
}

function tokens(ts: readonly Token[], delta: number, doc: string): Token[] {
  const out = new Array<Token>(ts.length);
  for (let i = 0; i < ts.length; i++) out[i] = shiftedToken(ts[i]!, delta, doc);
  return out;
}

function intervention(n: InterventionNode, d: number, doc: string): InterventionNode {
  const o: Draft<InterventionNode> = { start: n.start + d, end: n.end + d, otherNames: tokens(n.otherNames, d, doc) };
  if (n.type) o.type = shiftedToken(n.type, d, doc);
  if (n.name) o.name = shiftedToken(n.name, d, doc);
  if (n.description) o.description = shiftedToken(n.description, d, doc);
  if (n.form) o.form = shiftedToken(n.form, d, doc);
  if (n.route) o.route = shiftedToken(n.route, d, doc);
  return o;
}

function criterion(n: CriteriaNode, d: number, doc: string): CriteriaNode {
  const o: Draft<CriteriaNode> = { kind: n.kind, start: n.start + d, end: n.end + d, children: n.children.map((c) => criterion(c, d, doc)) };
  if (n.bullet) o.bullet = shiftedToken(n.bullet, d, doc);
  if (n.text) o.text = shiftedToken(n.text, d, doc);
  return o;
}

function contact(n: ContactNode, d: number, doc: string): ContactNode {
  const o: Draft<ContactNode> = { start: n.start + d, end: n.end + d };
  if (n.name) o.name = shiftedToken(n.name, d, doc);
  if (n.role) o.role = shiftedToken(n.role, d, doc);
  if (n.phone) o.phone = shiftedToken(n.phone, d, doc);
  if (n.email) o.email = shiftedToken(n.email, d, doc);
  return o;
}

export function shiftedBlock(b: Block, d: number, doc: string): Block {
  const start = b.start + d;
  const end = b.end + d;
  switch (b.kind) {
    case 'title':
      return { kind: b.kind, start, end, text: shiftedToken(b.text, d, doc) };
    case 'boilerplate':
      return { kind: b.kind, start, end, text: shiftedToken(b.text, d, doc) };
    case 'unrecognised':
      return { kind: b.kind, start, end, text: shiftedToken(b.text, d, doc) };
    case 'heading': {
      const o: Draft<typeof b> = { kind: b.kind, start, end, text: shiftedToken(b.text, d, doc), role: b.role, section: b.section };
      if (b.outcomeGroup) o.outcomeGroup = b.outcomeGroup;
      return o;
    }
    case 'field': {
      const o: Draft<typeof b> = { kind: b.kind, key: b.key, start, end, cells: tokens(b.cells, d, doc), lines: tokens(b.lines, d, doc) };
      if (b.label) o.label = shiftedToken(b.label, d, doc);
      if (b.qualifier) o.qualifier = shiftedToken(b.qualifier, d, doc);
      if (b.value) o.value = shiftedToken(b.value, d, doc);
      return o;
    }
    case 'tableHeader':
      return { kind: b.kind, table: b.table, cells: tokens(b.cells, d, doc), start, end };
    case 'tableRow':
      return { kind: b.kind, start, end, cells: tokens(b.cells, d, doc) };
    case 'arm': {
      const o: Draft<typeof b> = { kind: b.kind, start, end, interventions: b.interventions.map((n) => intervention(n, d, doc)) };
      if (b.type) o.type = shiftedToken(b.type, d, doc);
      if (b.label) o.label = shiftedToken(b.label, d, doc);
      if (b.description) o.description = shiftedToken(b.description, d, doc);
      return o;
    }
    case 'intervention':
      return { kind: b.kind, start, end, intervention: intervention(b.intervention, d, doc) };
    case 'conditionsRow': {
      const o: Draft<typeof b> = { kind: b.kind, start, end, conditions: tokens(b.conditions, d, doc), interventions: b.interventions.map((n) => intervention(n, d, doc)) };
      if (b.phaseCell) o.phaseCell = shiftedToken(b.phaseCell, d, doc);
      return o;
    }
    case 'outcome': {
      const o: Draft<typeof b> = { kind: b.kind, start, end };
      if (b.group) o.group = b.group;
      if (b.title) o.title = shiftedToken(b.title, d, doc);
      if (b.timeFrame) o.timeFrame = shiftedToken(b.timeFrame, d, doc);
      if (b.description) o.description = shiftedToken(b.description, d, doc);
      return o;
    }
    case 'criteria': {
      const o: Draft<typeof b> = { kind: b.kind, which: b.which, start, end, items: b.items.map((n) => criterion(n, d, doc)) };
      if (b.heading) o.heading = shiftedToken(b.heading, d, doc);
      return o;
    }
    case 'contact':
      return { kind: b.kind, scope: b.scope, start, end, contact: contact(b.contact, d, doc) };
    case 'location': {
      const o: Draft<typeof b> = { kind: b.kind, start, end, contacts: b.contacts.map((n) => contact(n, d, doc)), investigators: b.investigators.map((n) => contact(n, d, doc)) };
      if (b.facility) o.facility = shiftedToken(b.facility, d, doc);
      if (b.status) o.status = shiftedToken(b.status, d, doc);
      if (b.address) o.address = shiftedToken(b.address, d, doc);
      return o;
    }
    case 'entry':
      return {
        kind: b.kind,
        entry: b.entry,
        start,
        end,
        lines: tokens(b.lines, d, doc),
        props: b.props.map((p) => (p.value ? { key: shiftedToken(p.key, d, doc), value: shiftedToken(p.value, d, doc) } : { key: shiftedToken(p.key, d, doc) })),
      };
    case 'directive':
      return { kind: b.kind, start, end, command: shiftedToken(b.command, d, doc), args: tokens(b.args, d, doc) };
  }
}

export function shiftedSection(s: RawSection, delta: number, doc: string): RawSection {
  return {
    id: s.id,
    ...(s.heading ? { heading: shiftedToken(s.heading, delta, doc) } : {}),
    start: s.start + delta,
    end: s.end + delta,
    blocks: s.blocks.map((b) => shiftedBlock(b, delta, doc)),
    ...(s.hasContent ? { hasContent: true } : {}),
  };
}
