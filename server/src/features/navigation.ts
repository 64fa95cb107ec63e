import type { DocumentHighlight, Location, Position, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { Analysis } from '../analysis/analyze';
import { proseInOrder } from '../model/traverse';
import type { Span } from '../model/types';

const inside = (s: Span, o: number) => s.start <= o && o <= s.end;

/** What stands at an offset, for navigation: an intervention name, an arm label, or an abbreviation. */
type Target = { kind: 'intervention'; index: number; span: Span } | { kind: 'arm'; index: number; span: Span } | { kind: 'abbreviation'; text: string; span: Span };

const ABBR = /[a-z]?[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*[A-Z0-9]s?/g;

/** The abbreviation-like word at an offset (ORR, mBC, DLTs). */
export function abbreviationAt(a: Analysis, o: number): { text: string; span: Span } | undefined {
  const line = a.index.position(o).line;
  const start = a.tree.lineStarts[line]!;
  const end = a.tree.lineStarts[line + 1] ?? a.text.length;
  for (const m of a.text.slice(start, end).matchAll(ABBR)) {
    const span = { start: start + m.index!, end: start + m.index! + m[0].length };
    if (inside(span, o)) return { text: m[0].replace(/(?<=[A-Z0-9])s$/, ''), span: { start: span.start, end: span.start + m[0].replace(/(?<=[A-Z0-9])s$/, '').length } };
  }
  return undefined;
}

/** Where the record defines an abbreviation: "full name (ABBR)" or "ABBR (full name)". */
export function definitionOf(a: Analysis, abbr: string): Span | undefined {
  const esc = abbr.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`[\\p{L}\\p{N}\\])]\\s*[([]\\s*(${esc})s?(?:\\s+[A-Za-z0-9]{1,3})?\\s*[)\\]]|\\b(${esc})s?\\s*[([](?:[a-z][\\p{L}-]*\\s+)+[\\p{L}-]+[)\\]]`, 'u');
  for (const { value } of proseInOrder(a.record)) {
    const m = re.exec(value.raw);
    if (m) {
      const at = value.raw.indexOf(abbr, m.index);
      return { start: value.range.start + at, end: value.range.start + at + abbr.length };
    }
  }
  return undefined;
}

function occurrences(a: Analysis, abbr: string): Span[] {
  const out: Span[] = [];
  const re = new RegExp(`(?<![A-Za-z0-9-])${abbr.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=s?(?![A-Za-z0-9-]))`, 'g');
  for (const { value } of proseInOrder(a.record)) for (const m of value.raw.matchAll(re)) out.push({ start: value.range.start + m.index!, end: value.range.start + m.index! + abbr.length });
  return out;
}

function targetAt(a: Analysis, o: number): Target | undefined {
  const r = a.record;
  for (let k = 0; k < r.interventions.length; k++) {
    const iv = r.interventions[k]!;
    const hit = [...iv.references, ...(iv.name ? [iv.name.range] : [])].find((s) => inside(s, o));
    if (hit) return { kind: 'intervention', index: k, span: hit };
  }
  for (let k = 0; k < r.arms.length; k++) {
    const l = r.arms[k]!.label;
    if (l && inside(l.range, o)) return { kind: 'arm', index: k, span: l.range };
  }
  const abbr = abbreviationAt(a, o);
  return abbr ? { kind: 'abbreviation', text: abbr.text, span: abbr.span } : undefined;
}

/** The name spans of an intervention: where it is defined and everywhere it is named. */
function interventionSpans(a: Analysis, k: number): Span[] {
  const iv = a.record.interventions[k]!;
  const spans = [...iv.references, ...(iv.name ? [iv.name.range] : [])];
  const seen = new Set<number>();
  return spans.filter((s) => (seen.has(s.start) ? false : (seen.add(s.start), true))).sort((x, y) => x.start - y.start);
}

export function definition(a: Analysis, uri: string, position: Position): Location | null {
  const t = targetAt(a, a.index.offset(position));
  if (!t) return null;
  if (t.kind === 'intervention') {
    const iv = a.record.interventions[t.index]!;
    // The defining occurrence: the name within the intervention's definition range.
    const def = interventionSpans(a, t.index).find((s) => inside(iv.range, s.start)) ?? iv.name?.range ?? iv.range;
    return { uri, range: a.index.range(def) };
  }
  if (t.kind === 'arm') return { uri, range: a.index.range(t.span) };
  const d = definitionOf(a, t.text);
  return d ? { uri, range: a.index.range(d) } : null;
}

function spansOf(a: Analysis, t: Target): Span[] {
  if (t.kind === 'intervention') return interventionSpans(a, t.index);
  if (t.kind === 'arm') return [t.span];
  return occurrences(a, t.text);
}

export function references(a: Analysis, uri: string, position: Position): Location[] {
  const t = targetAt(a, a.index.offset(position));
  return t ? spansOf(a, t).map((s) => ({ uri, range: a.index.range(s) })) : [];
}

export function highlights(a: Analysis, position: Position): DocumentHighlight[] {
  const t = targetAt(a, a.index.offset(position));
  return t ? spansOf(a, t).map((s) => ({ range: a.index.range(s) })) : [];
}

/** Renames interventions and arm labels (not abbreviations, which are prose). */
export function prepareRename(a: Analysis, position: Position): { range: Range; placeholder: string } | null {
  const t = targetAt(a, a.index.offset(position));
  if (!t || t.kind === 'abbreviation') return null;
  return { range: a.index.range(t.span), placeholder: a.text.slice(t.span.start, t.span.end) };
}

export function rename(a: Analysis, uri: string, position: Position, newName: string): WorkspaceEdit | null {
  const t = targetAt(a, a.index.offset(position));
  if (!t || t.kind === 'abbreviation' || newName.trim() === '' || /[|\r\n]/.test(newName)) return null;
  const edits: TextEdit[] = spansOf(a, t).map((s) => ({ range: a.index.range(s), newText: newName.trim() }));
  return { changes: { [uri]: edits } };
}
