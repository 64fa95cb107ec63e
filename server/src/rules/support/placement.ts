// Where a missing element is reported and where its template is inserted, following the
// canonical page order (the classic page with all its headings).

import type { Analysis } from '../../analysis/analyze';
import type { Span } from '../../model/types';
import { eolOf } from '../../text/lines';
import { FIELD_ELEMENTS, type FieldKey, homeOf, type SectionId, SECTIONS } from '../../vocabulary/elements';
import type { Edit } from '../types';

interface Slot {
  readonly key: FieldKey;
  readonly section: SectionId;
  /** The lines to insert, placeholders in angle brackets. */
  readonly template: string;
}

/** The fields rules may insert, in canonical order: the element table's rows with a template. */
export const SLOTS: readonly Slot[] = FIELD_ELEMENTS.flatMap((e) => (e.template ? [{ key: e.key, section: homeOf(e), template: e.template }] : []));

/** Sections the editor may open, in canonical order, with the heading it writes. */
const SECTION_ORDER = SECTIONS.filter((s) => !s.furniture);

export function templateOf(key: FieldKey): string {
  return SLOTS.find((s) => s.key === key)?.template ?? '';
}

/** Offsets of the line containing `offset`: its start, and the start of the next line. */
function lineAround(a: Analysis, offset: number): { start: number; next: number } {
  const line = a.index.line(offset);
  const start = a.tree.lineStarts[line]!;
  const next = line + 1 < a.tree.lineStarts.length ? a.tree.lineStarts[line + 1]! : a.text.length;
  return { start, next };
}

/** Where the record's title is; missing elements without a better place are reported there. */
export function titleSpan(a: Analysis): Span {
  const t = a.record.identification.pageTitle;
  if (t) return t.range;
  const first = a.text.search(/\S/);
  if (first < 0) return { start: 0, end: 0 };
  const line = a.text.slice(first, lineAround(a, first).next);
  return { start: first, end: first + line.trimEnd().length };
}

/** The first field block of a key, if the text has one. */
function fieldBlock(a: Analysis, key: FieldKey): Span | undefined {
  for (const s of a.tree.sections) for (const b of s.blocks) if (b.kind === 'field' && b.key === key) return b;
  return undefined;
}

/** Where a missing field of `section` is reported: the section's heading, else the record title. */
export function reportSpan(a: Analysis, section: SectionId): Span {
  const s = a.tree.sections.find((x) => x.id === section);
  if (s?.heading) return s.heading;
  if (s && s.blocks[0]) {
    const b = s.blocks.find((x) => x.kind !== 'boilerplate') ?? s.blocks[0];
    return { start: b.start, end: Math.min(b.end, lineAround(a, b.start).next) };
  }
  return titleSpan(a);
}

/**
 * An edit inserting the template of `key` at its canonical place: after the nearest earlier
 * field of its section, else before the nearest later one, else under the section heading,
 * else as a new section before the next section the text has (or at the end).
 */
export function insertField(a: Analysis, key: FieldKey): Edit {
  const nl = eolOf(a.text);
  const slot = SLOTS.find((s) => s.key === key)!;
  const text = slot.template.replace(/\n/g, nl);
  const order = SLOTS.filter((s) => s.section === slot.section).map((s) => s.key);
  const at = order.indexOf(key);
  for (let k = at - 1; k >= 0; k--) {
    const b = fieldBlock(a, order[k]!);
    if (b) {
      const { next } = lineAround(a, b.end);
      const needsBreak = next === a.text.length && !/[\r\n]$/.test(a.text);
      return { start: next, end: next, newText: `${needsBreak ? nl : ''}${text}${needsBreak ? '' : nl}` };
    }
  }
  for (let k = at + 1; k < order.length; k++) {
    const b = fieldBlock(a, order[k]!);
    if (b) {
      const { start } = lineAround(a, b.start);
      return { start, end: start, newText: `${text}${nl}` };
    }
  }
  const section = a.tree.sections.find((s) => s.id === slot.section);
  if (section) {
    // After the section's last block (under its heading when it has none yet).
    const last = section.blocks.filter((b) => b.kind !== 'boilerplate').pop() ?? section.heading;
    if (last) {
      const { next } = lineAround(a, last.end);
      const needsBreak = next === a.text.length && !/[\r\n]$/.test(a.text);
      return { start: next, end: next, newText: `${needsBreak ? nl : ''}${text}${needsBreak ? '' : nl}` };
    }
  }
  if (slot.section === 'header') {
    const title = a.record.identification.pageTitle;
    const next = title ? lineAround(a, title.range.end).next : 0;
    return { start: next, end: next, newText: `${text}${nl}` };
  }
  const heading = SECTION_ORDER.find((s) => s.id === slot.section)?.heading;
  const block = `${heading ? `${heading}${nl}` : ''}${text}${nl}`;
  const later = SECTION_ORDER.slice(SECTION_ORDER.findIndex((s) => s.id === slot.section) + 1).map((s) => s.id);
  const next = a.tree.sections.find((s) => later.includes(s.id));
  if (next) {
    const { start } = lineAround(a, next.start);
    return { start, end: start, newText: `${block}${nl}` };
  }
  const end = a.text.length;
  const lead = end > 0 && !/[\r\n]$/.test(a.text) ? nl : '';
  return { start: end, end, newText: `${lead}${nl}${block}` };
}
