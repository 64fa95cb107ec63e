import { type CompletionItem, CompletionItemKind, type CompletionList, MarkupKind, type Position, type Range } from 'vscode-languageserver-types';
import type { Analysis } from '../analysis/analyze';
import type { FieldKey, SectionId } from '../vocabulary/elements';
import { matchLabel } from '../parser/labels';
import { CRITERIA_PHRASES, CRITERIA_VERSIONS, DOSAGE_FORMS, ROUTES } from '../vocabulary/criteria';
import { ENDPOINT_TERMS, type StandardTerm } from '../vocabulary/endpoints';
import { FIELDS, type FieldInfo } from '../vocabulary/fields';
import type { EnumVocabulary } from '../vocabulary/types';
import { armGroupType, masking, phase, whoMasked } from '../vocabulary/ctgov-enums';
import type { Block } from '../parser/syntax';
import type { CustomTerm } from '../vocabulary/terms';
import { citationMarkdown, citationText } from '../vocabulary/citations';
import { continuations } from './continuations';
import { snippetItems } from './snippetCompletion';

/** What resolve needs to add an item's documentation. */
export type CompletionData = { readonly kind: 'field'; readonly key: FieldKey } | { readonly kind: 'term'; readonly list: 'endpoint' | 'criteria' | 'custom'; readonly id: string } | { readonly kind: 'enum'; readonly vocab: string; readonly code: string };

export const TIME_FRAME_PATTERNS: readonly { readonly text: string; readonly detail: string }[] = [
  { text: 'Baseline up to Week 12', detail: 'a window from baseline (change measures, time-to-event)' },
  { text: 'Baseline and Week 12', detail: 'two time points of a change from baseline' },
  { text: 'Week 24', detail: 'one time point' },
  { text: 'Up to 24 months', detail: 'time-to-event, or events over a period' },
  { text: 'Up to 30 days after the last dose', detail: 'safety follow-up' },
  { text: 'Cycle 1 Day 1 (each cycle is 28 days)', detail: 'a time point within a treatment cycle' },
  { text: 'Day 1 of Cycle 1, pre-dose and 1, 2, 4 and 8 hours post-dose (each cycle is 21 days)', detail: 'PK sampling times' },
  { text: 'From randomization until disease progression or death from any cause, assessed up to 60 months', detail: 'PFS-style time-to-event' },
];

interface Ctx {
  readonly a: Analysis;
  readonly offset: number;
  readonly line: number;
  readonly before: string;
  readonly after: string;
  readonly section: SectionId | undefined;
}

function sectionAt(a: Analysis, offset: number): SectionId | undefined {
  let found: SectionId | undefined;
  for (const s of a.tree.sections) if (s.start <= offset) found = s.id;
  return found;
}

function range(ctx: Ctx, fromCharacter: number, toCharacter = ctx.before.length): Range {
  return { start: { line: ctx.line, character: fromCharacter }, end: { line: ctx.line, character: toCharacter } };
}

/** Sort key: items whose text starts with what is typed come first, then the rest; `late` pushes an item down. */
function sortKey(label: string, typed: string, index: number, late = false): string {
  const prefix = typed.trim() !== '' && label.toLowerCase().startsWith(typed.trim().toLowerCase()) ? '0' : '1';
  return `${late ? '2' : prefix}${String(index).padStart(4, '0')}`;
}

function lineText(a: Analysis, line: number): string {
  const start = a.tree.lineStarts[line];
  if (start === undefined) return '';
  const end = a.tree.lineStarts[line + 1] ?? a.text.length;
  return a.text.slice(start, end).replace(/\r?\n$|\r$/, '');
}

function prevNonBlank(a: Analysis, line: number): { line: number; text: string } | undefined {
  for (let l = line - 1; l >= 0; l--) {
    const t = lineText(a, l);
    if (t.trim() !== '') return { line: l, text: t };
  }
  return undefined;
}

/** The value from `from` up to a closing pipe, so accepting over an existing value replaces it. */
function valueRange(ctx: Ctx, from: number): Range {
  const rest = /^[^|]*?(?=\s*\||\s*$)/.exec(ctx.after)?.[0] ?? '';
  return range(ctx, from, ctx.before.length + rest.length);
}

function enumItems(ctx: Ctx, vocab: EnumVocabulary, from: number, useCodes: boolean, extra: readonly string[] = []): CompletionItem[] {
  const typed = ctx.before.slice(from);
  const replace = valueRange(ctx, from);
  const items: CompletionItem[] = vocab.terms
    .filter((t) => !t.legacy)
    .map((t, k) => {
      const text = useCodes && /^[A-Z0-9_]+$/.test(t.code) ? t.code : t.label;
      return {
        label: text,
        kind: CompletionItemKind.EnumMember,
        ...(text !== t.label ? { detail: t.label } : {}),
        sortText: sortKey(text, typed, k),
        filterText: text,
        textEdit: { range: replace, newText: text },
        data: { kind: 'enum', vocab: vocab.id, code: t.code } satisfies CompletionData,
      };
    });
  // Values written as the page writes them that are not one term (`Phase 1 Phase 2`).
  const base = items.length;
  extra.forEach((text, k) => items.push({ label: text, kind: CompletionItemKind.EnumMember, sortText: sortKey(text, typed, base + k), filterText: text, textEdit: { range: replace, newText: text } }));
  return items;
}

function termItem(ctx: Ctx, t: StandardTerm, list: 'endpoint' | 'criteria' | 'custom', from: number, k: number, late: boolean, newText: string): CompletionItem {
  return {
    label: newText,
    kind: list === 'endpoint' ? CompletionItemKind.Event : CompletionItemKind.Constant,
    detail: t.term === newText ? t.abbreviation : t.term,
    sortText: sortKey(newText, ctx.before.slice(from), k, late),
    filterText: newText,
    textEdit: { range: range(ctx, from), newText },
    data: { kind: 'term', list, id: t.abbreviation } satisfies CompletionData,
  };
}

/**
 * Completion at a position of a record. Items carry text edits; documentation comes on resolve.
 * What the writer typed is never replaced unless they pick an item: only items that continue the
 * typed text are returned (see `continuations`), snippets only on an empty line, nothing preselected.
 */
export function completions(a: Analysis, position: Position, customTerms: readonly CustomTerm[] = []): CompletionList {
  const text = lineText(a, position.line);
  const offset = a.index.offset(position);
  const ctx: Ctx = { a, offset, line: position.line, before: text.slice(0, position.character), after: text.slice(position.character), section: sectionAt(a, offset) };
  const items = candidates(ctx, customTerms);
  if (text.trim() === '') items.push(...snippetItems(a, position, ctx.section));
  return continuations(ctx.before, items);
}

/** Every item that fits the cursor's place, before the typed text is taken into account. */
function candidates(ctx: Ctx, customTerms: readonly CustomTerm[]): CompletionItem[] {
  const a = ctx.a;
  const useCodes = a.record.layout === 'modern';
  const items: CompletionItem[] = [];

  // Inside [ Time Frame: … ]
  const tf = /\[\s*Time\s*Frame\s*:\s*([^\]]*)$/i.exec(ctx.before);
  if (tf) {
    const from = ctx.before.length - tf[1]!.length;
    TIME_FRAME_PATTERNS.forEach((p, k) => items.push({ label: p.text, kind: CompletionItemKind.Value, detail: p.detail, sortText: sortKey(p.text, tf[1]!, k), filterText: p.text, textEdit: { range: range(ctx, from), newText: p.text } }));
    return items;
  }

  // An intervention's route or dosage form (Sanofi-style descriptions in the seeds).
  const detail = /(Route of administration|Pharmaceutical form)\s*:\s*([^;:]*)$/i.exec(ctx.before);
  if (detail) {
    const from = ctx.before.length - detail[2]!.length;
    const list = /^route/i.test(detail[1]!) ? ROUTES : DOSAGE_FORMS;
    list.forEach((t, k) => items.push({ label: t.name, kind: CompletionItemKind.Value, detail: citationText(t.source), sortText: sortKey(t.name, detail[2]!, k), filterText: t.name, textEdit: { range: range(ctx, from), newText: t.name } }));
    return items;
  }

  // A value after an enumerated label: `Masking: | …`, `Recruitment Status : …`.
  const labelled = /^(\s*(?:(?:Actual|Estimated|Anticipated)\s+)?)([A-Za-z][^:|]*?)\s*:\s*\|?\s*/.exec(ctx.before);
  if (labelled) {
    const field = FIELDS.find((f) => f.key === matchLabel(labelled[2]!.trim())?.def.key);
    if (field?.key === 'masking' && !useCodes) return maskingItems(ctx, labelled[0].length);
    if (field?.vocabulary) return enumItems(ctx, field.vocabulary, labelled[0].length, useCodes);
  }
  // The newer layout: the value line under a label line.
  const prev = prevNonBlank(a, ctx.line);
  if (prev && !ctx.before.includes(':')) {
    const field = FIELDS.find((f) => f.key === matchLabel(prev.text.trim())?.def.key);
    if (field?.vocabulary && !prev.text.includes(':')) return enumItems(ctx, field.vocabulary, ctx.before.length - ctx.before.trimStart().length, useCodes);
  }

  // The Phase cell of the conditions table (`Condition | Intervention | Phase |`).
  const cells = /^([^|]*\|[^|]*\|\s*)[^|]*$/.exec(ctx.before);
  // The two combinations the registry allows, as the page writes them.
  if (cells && inConditionsTable(a, ctx.line)) return enumItems(ctx, phase, cells[1]!.length, useCodes, ['Phase 1 Phase 2', 'Phase 2 Phase 3']);

  // An outcome measure title: "- …" in Outcome Measures, up to its time frame.
  const bullet = /^(\s*(?:[-*•]|\d{1,3}\.)\s+)(.*)$/.exec(ctx.before);
  if (bullet && (ctx.section === 'outcomes' || /\[\s*Time\s*Frame/i.test(ctx.after))) {
    const from = bullet[1]!.length;
    const used = new Set(a.record.outcomes.map((o) => o.title?.value.toLowerCase()));
    ENDPOINT_TERMS.forEach((t, k) => {
      const newText = `${t.term} (${t.abbreviation})`;
      items.push(termItem(ctx, t, 'endpoint', from, k, used.has(newText.toLowerCase()), newText));
    });
    // Custom terms carry their documentation now: resolve does not know the document's settings.
    customTerms.forEach((t, k) => items.push({ ...termItem(ctx, { abbreviation: t.term, term: t.expansion, definition: t.definition ?? '', source: 'your setting trialRecord.customTerms' }, 'custom', from, 200 + k, false, `${t.expansion} (${t.term})`), documentation: { kind: MarkupKind.Markdown, value: `**${t.expansion}** (${t.term})${t.definition ? `\n\n${t.definition}` : ''}\n\n_Source: trialRecord.customTerms_` } }));
    return items;
  }

  // A criterion: versions of the response and toxicity criteria, and common phrases.
  if (bullet && ctx.section === 'eligibility') {
    const word = /\S*$/.exec(ctx.before)![0];
    const from = ctx.before.length - word.length;
    CRITERIA_VERSIONS.forEach((t, k) => items.push(termItem(ctx, t, 'criteria', from, k, false, t.abbreviation)));
    CRITERIA_PHRASES.forEach((p, k) => items.push({ label: p.text, kind: CompletionItemKind.Text, detail: p.detail, sortText: sortKey(p.text, bullet[2]!, 100 + k), filterText: p.text, textEdit: { range: range(ctx, bullet[1]!.length), newText: p.text } }));
    return items;
  }

  // In an arm row: after the arm's cell, the record's interventions; at a row start, the arm types.
  if (ctx.section === 'arms' && !ctx.before.includes('|')) {
    const from = ctx.before.length - ctx.before.trimStart().length;
    const typed = ctx.before.slice(from);
    const arm = a.tree.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'arm' && prev && b.start <= a.tree.lineStarts[prev.line]! && a.tree.lineStarts[prev.line]! < b.end);
    const prevEndsRow = arm !== undefined && prev !== undefined && a.tree.lineStarts[prev.line]! + prev.text.trimEnd().length >= arm.end;
    if (arm && !prevEndsRow) {
      a.record.interventions.forEach((iv, k) => {
        const newText = `${iv.type?.label ?? 'Drug'}: ${iv.name?.value ?? ''}`;
        items.push({ label: newText, kind: CompletionItemKind.Reference, ...(iv.description ? { detail: iv.description.value.slice(0, 80) } : {}), sortText: sortKey(newText, typed, k), filterText: newText, textEdit: { range: range(ctx, from), newText } });
      });
      return items;
    }
    if (/^[A-Za-z ]*$/.test(typed)) {
      armGroupType.terms.forEach((t, k) => items.push({ label: `${t.label}: `, kind: CompletionItemKind.EnumMember, sortText: sortKey(t.label, typed, k), filterText: t.label, textEdit: { range: range(ctx, from), newText: `${t.label}: ` } }));
      return items;
    }
  }

  // A field label at the start of a free line: the section's fields that are not there yet.
  if (/^\s*[A-Za-z][A-Za-z ()/.-]*$|^\s*$/.test(ctx.before) && ctx.after.trim() === '' && !insideValue(a, ctx)) {
    const present = new Set(a.tree.sections.flatMap((s) => s.blocks).flatMap((b) => (b.kind === 'field' ? [b.key] : [])));
    const from = ctx.before.length - ctx.before.trimStart().length;
    const typed = ctx.before.slice(from);
    // An interventional record is not offered the observational elements, and the other way round.
    const type = a.record.design.studyType?.code;
    const fits = (f: FieldInfo) => !present.has(f.key) && (!f.studyType || !type || f.studyType === type || type === 'EXPANDED_ACCESS');
    const here = FIELDS.filter((f) => fits(f) && (ctx.section === undefined || f.section === ctx.section || (ctx.section === 'basicInfo' && f.section === 'design')));
    const pool = here.length > 0 ? here : FIELDS.filter(fits);
    pool.forEach((f, k) => items.push(fieldItem(ctx, f, from, typed, k)));
    return items;
  }
  return items;
}

const LEVELS = ['Single', 'Double', 'Triple', 'Quadruple'] as const;

/** The role combinations of `n` of the masked roles, in the registry's order of roles. */
function roleSets(n: number, from = 0): string[][] {
  if (n === 0) return [[]];
  const roles = whoMasked.terms.map((t) => t.label);
  const out: string[][] = [];
  for (let k = from; k <= roles.length - n; k++) for (const rest of roleSets(n - 1, k + 1)) out.push([roles[k]!, ...rest]);
  return out;
}

/**
 * Masking values as the classic page writes them, with their roles: `Double (Participant,
 * Investigator)`. A bare level would be reported at once for its missing roles.
 */
function maskingItems(ctx: Ctx, from: number): CompletionItem[] {
  const none = masking.terms.find((t) => t.code === 'NONE')!;
  const values = [none.label, ...LEVELS.flatMap((level, n) => roleSets(n + 1).map((roles) => `${level} (${roles.join(', ')})`))];
  const typed = ctx.before.slice(from);
  const replace = valueRange(ctx, from);
  return values.map((text, k) => ({
    label: text,
    kind: CompletionItemKind.EnumMember,
    sortText: sortKey(text, typed, k),
    filterText: text,
    textEdit: { range: replace, newText: text },
    data: { kind: 'enum', vocab: masking.id, code: k === 0 ? 'NONE' : masking.terms[1 + LEVELS.findIndex((l) => text.startsWith(l))]!.code } satisfies CompletionData,
  }));
}

/** The line is a row of the conditions table (or a new row right under it). */
function inConditionsTable(a: Analysis, line: number): boolean {
  const start = a.tree.lineStarts[line]!;
  let last: Block | undefined;
  for (const s of a.tree.sections) for (const b of s.blocks) if (b.start < start || (b.start <= start && start <= b.end)) last = b;
  return last !== undefined && ((last.kind === 'tableHeader' && last.table === 'conditions') || last.kind === 'conditionsRow');
}

/** The cursor is inside a multi-line value (a summary, a criteria list, an outcome's description). */
function insideValue(a: Analysis, ctx: Ctx): boolean {
  const lineStart = a.tree.lineStarts[ctx.line]!;
  for (const s of a.tree.sections) {
    for (const b of s.blocks) {
      if (b.kind === 'boilerplate' || b.kind === 'heading' || b.kind === 'title') continue;
      if (b.start < lineStart && lineStart <= b.end) return true;
    }
  }
  return false;
}

function fieldItem(ctx: Ctx, f: FieldInfo, from: number, typed: string, k: number): CompletionItem {
  const newText = f.form === 'row' ? `${f.label}: | ` : f.form === 'block' ? `${f.label}:\n` : `${f.label}: `;
  return {
    label: f.label,
    kind: CompletionItemKind.Field,
    detail: f.requirement,
    sortText: sortKey(f.label, typed, k),
    filterText: f.label,
    textEdit: { range: range(ctx, from), newText },
    ...(f.vocabulary ? { command: { title: 'Suggest values', command: 'editor.action.triggerSuggest' } } : {}),
    data: { kind: 'field', key: f.key } satisfies CompletionData,
  };
}

/** Adds the documentation of an item (completionItem/resolve). */
export function resolveCompletion(item: CompletionItem, customTerms: readonly CustomTerm[] = []): CompletionItem {
  const data = item.data as CompletionData | undefined;
  if (!data) return item;
  let md: string | undefined;
  if (data.kind === 'field') {
    const f = FIELDS.find((x) => x.key === data.key);
    if (f) md = fieldMarkdown(f);
  } else if (data.kind === 'term') {
    const list = data.list === 'endpoint' ? ENDPOINT_TERMS : data.list === 'criteria' ? CRITERIA_VERSIONS : customTerms.map((t) => ({ abbreviation: t.term, term: t.expansion, definition: t.definition ?? '', source: 'your setting trialRecord.customTerms' }));
    const t = list.find((x) => x.abbreviation === data.id);
    if (t) md = `**${t.term}** (${t.abbreviation})\n\n${t.definition}\n\n_Source: ${citationMarkdown(t.source)}_`;
  } else if (data.kind === 'enum') {
    const vocab = FIELDS.map((f) => f.vocabulary).find((v) => v?.id === data.vocab) ?? armGroupType;
    const t = vocab.terms.find((x) => x.code === data.code);
    if (t) md = `**${t.label}** (API code \`${t.code}\`)${t.definition ? `\n\n${t.definition}` : ''}\n\n_Source: ${citationMarkdown(vocab.source)}_`;
  }
  return md ? { ...item, documentation: { kind: MarkupKind.Markdown, value: md } } : item;
}

export function fieldMarkdown(f: FieldInfo): string {
  const values = f.vocabulary ? `\n\nValues: ${f.vocabulary.terms.filter((t) => !t.legacy).map((t) => t.label).join(' · ')}` : '';
  return `**${f.label}**\n\n${f.definition}\n\n${f.requirement}${f.limit ? ` · at most ${f.limit}` : ''}${values}\n\n_Source: ${citationMarkdown(f.source)}_`;
}
