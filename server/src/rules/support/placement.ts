// Where a missing element is reported and where its template is inserted, following the
// canonical page order (the classic page with all its headings).

import type { Analysis } from '../../analysis/analyze';
import type { Span } from '../../model/types';
import type { FieldBlock } from '../../parser/syntax';
import { eolOf, lineAt } from '../../text/lines';
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

/** The first field block of a key (that passes `test`), if the text has one. */
function fieldBlock(a: Analysis, key: FieldKey, test: (b: FieldBlock) => boolean = () => true): Span | undefined {
  for (const s of a.tree.sections) for (const b of s.blocks) if (b.kind === 'field' && b.key === key && test(b)) return b;
  return undefined;
}

/** A missing element's place: the range reported and the words telling where to add it. */
export interface Place {
  readonly range: Span;
  /** A sentence such as "Add it after line 8 (Last Update Posted)." */
  readonly where: string;
}

/** The block of `key` written with its label but no value, if the text has one. */
const emptyField = (a: Analysis, key: FieldKey) => fieldBlock(a, key, (b) => b.label !== undefined && !b.value);

const lineText = (a: Analysis, line: number): string => lineAt(a.text, a.tree.lineStarts, line).text;

/** How a line is named in a message: the label of the field it belongs to or its heading, else its first words. */
function nameOfLine(a: Analysis, line: number): string {
  const start = a.tree.lineStarts[line]!;
  const end = start + lineText(a, line).length;
  for (const s of a.tree.sections) {
    if (s.heading && s.heading.start >= start && s.heading.start <= end) return `the ${s.heading.text} heading`;
    if (s.end < start || s.start > end) continue;
    for (const b of s.blocks) {
      if (b.end < start || b.start > end) continue;
      if (b.kind === 'field' && b.label) return b.label.text.replace(/\s*:$/, '').trim();
      if (b.kind === 'heading') return `the ${b.text.text} heading`;
    }
  }
  const text = lineText(a, line).trim().replace(/\s*\|\s*$/, '');
  return text.length > 40 ? `“${text.slice(0, 37).trimEnd()}…”` : `“${text}”`;
}

/**
 * Where something inserted by `edit` is reported: just after the end of the line it will
 * follow (a zero-width range, which editors show after the line), so nothing unrelated is
 * underlined; the words name that line.
 */
export function placeOfInsert(a: Analysis, edit: Edit): Place {
  const line = a.index.line(edit.start);
  let prev = a.tree.lineStarts[line] === edit.start ? line - 1 : line;
  while (prev >= 0 && lineText(a, prev).trim() === '') prev--;
  if (prev < 0) return { range: { start: 0, end: 0 }, where: 'Add it at the start of the record.' };
  const end = a.tree.lineStarts[prev]! + lineText(a, prev).trimEnd().length;
  return { range: { start: end, end }, where: `Add it after line ${prev + 1} (${nameOfLine(a, prev)}).` };
}

/**
 * Where a missing field is reported, with the fix's edit (insertField): on its label when the
 * edit fills a label written without a value, else where the template goes (placeOfInsert).
 */
export function placeOfField(a: Analysis, key: FieldKey): Place & { readonly edit: Edit } {
  const edit = insertField(a, key);
  if (edit.end > edit.start) {
    const line = a.index.line(edit.start);
    return { edit, range: { start: edit.start, end: edit.start + lineText(a, line).trimEnd().length }, where: `Line ${line + 1} has its label but no value.` };
  }
  return { edit, ...placeOfInsert(a, edit) };
}

/**
 * Where a missing part of `section` without a template is reported: the section's heading,
 * else the record's title, the one place every record has.
 */
export function placeInSection(a: Analysis, section: SectionId): Place {
  const s = a.tree.sections.find((x) => x.id === section);
  const name = SECTIONS.find((x) => x.id === section)?.heading;
  if (s?.heading) return { range: s.heading, where: `Add it under the ${s.heading.text} heading.` };
  return { range: titleSpan(a), where: name ? `Add it in the ${name} section.` : 'Add it in its section.' };
}

/**
 * An edit writing the template of `key`: over its label when the text has the label without a
 * value, else at its canonical place: after the nearest earlier
 * field of its section, else before the nearest later one, else under the section heading,
 * else as a new section before the next section the text has (or at the end).
 */
export function insertField(a: Analysis, key: FieldKey): Edit {
  const nl = eolOf(a.text);
  const slot = SLOTS.find((s) => s.key === key)!;
  const text = slot.template.replace(/\n/g, nl);
  // A label written without a value: fill that line rather than add a second one.
  const empty = emptyField(a, key);
  if (empty) {
    const line = a.index.line(empty.start);
    const start = a.tree.lineStarts[line]!;
    return { start, end: start + lineText(a, line).length, newText: text };
  }
  // Neighbours are any fields of the section, templated or not (First Posted has no template).
  const order = FIELD_ELEMENTS.filter((e) => homeOf(e) === slot.section).map((e) => e.key);
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
