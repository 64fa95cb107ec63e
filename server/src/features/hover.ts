import { type Hover, MarkupKind, type Position } from 'vscode-languageserver-types';
import type { Analysis } from '../analysis/analyze';
import type { Span } from '../model/types';
import { abbreviationExpansion } from '../model/build';
import { enumFields } from '../model/enumFields';
import { FIELDS } from '../vocabulary/fields';
import { fieldMarkdown } from './completion';
import { abbreviationAt, definitionOf } from './navigation';
import { type CustomTerm, lookupAbbreviation } from '../vocabulary/terms';
import { citationMarkdown } from '../vocabulary/citations';

const inside = (s: Span, o: number) => s.start <= o && o <= s.end;

/** Hover on a field label, an enumerated value, a date, an NCT ID or an abbreviation. */
export function hover(a: Analysis, position: Position, customTerms: readonly CustomTerm[] = []): Hover | null {
  const o = a.index.offset(position);
  const md = (value: string, span: Span): Hover => ({ contents: { kind: MarkupKind.Markdown, value }, range: a.index.range(span) });

  for (const s of a.tree.sections) {
    for (const b of s.blocks) {
      if (b.kind !== 'field' || !b.label || !inside(b.label, o)) continue;
      const f = FIELDS.find((x) => x.key === b.key);
      if (f) return md(fieldMarkdown(f), b.label);
    }
  }
  const r = a.record;
  for (const f of enumFields(r)) {
    if (!inside(f.value.range, o)) continue;
    const t = f.vocab.terms.find((x) => x.code === f.value.code);
    if (!t) return md(`**${f.name}**: "${f.value.raw}" is not a value ClinicalTrials.gov accepts.`, f.value.range);
    const written = f.value.writtenAs === 'code' ? ` (written as its API code \`${t.code}\`)` : ` (API code \`${t.code}\`)`;
    return md(`**${f.name}: ${t.label}**${written}${t.definition ? `\n\n${t.definition}` : ''}`, f.value.range);
  }
  const s = r.status;
  for (const [name, d] of [['Study Start Date', s.startDate], ['Primary Completion Date', s.primaryCompletionDate], ['Study Completion Date', s.completionDate], ['First Posted', s.firstPosted], ['Last Update Posted', s.lastUpdatePosted], ['Last Verified', s.lastVerified], ['First Submitted', s.firstSubmitted], ['Results First Posted', s.resultsFirstPosted]] as const) {
    if (!d || !inside(d.range, o)) continue;
    // Only the three study dates take Actual or Estimated; a page prints the posting dates bare.
    const typed = name === 'Study Start Date' || name === 'Primary Completion Date' || name === 'Study Completion Date';
    const type = d.type?.label ? ` (${d.type.label})` : typed ? ' (no type: write Actual or Estimated before the label)' : '';
    return md(d.iso ? `**${name}**: \`${d.iso}\`${type}` : `**${name}**: "${d.raw}" is not a date.`, d.range);
  }
  const nct = /NCT\d{8}/g;
  const line = a.index.position(o).line;
  const lineStart = a.tree.lineStarts[line]!;
  const lineEnd = a.tree.lineStarts[line + 1] ?? a.text.length;
  for (const m of a.text.slice(lineStart, lineEnd).matchAll(nct)) {
    const span = { start: lineStart + m.index!, end: lineStart + m.index! + m[0].length };
    if (inside(span, o)) return md(`**${m[0]}** on ClinicalTrials.gov: [clinicaltrials.gov/study/${m[0]}](https://clinicaltrials.gov/study/${m[0]})`, span);
  }
  const abbr = abbreviationAt(a, o);
  if (abbr) {
    const here = definitionOf(a, abbr.text);
    const standard = lookupAbbreviation(abbr.text, customTerms);
    const parts: string[] = [];
    if (standard) parts.push(`**${abbr.text}**: ${standard.term}\n\n${standard.definition}\n\n_Source: ${citationMarkdown(standard.source)}_`);
    if (here) parts.push(definedHere(a, abbr.text, here, standard === undefined));
    else parts.push(`${abbr.text} is not defined in this record.`);
    return md(parts.join('\n\n'), abbr.span);
  }
  return null;
}

/**
 * Where the record defines an abbreviation, quoted from a word's start: its expansion first when no
 * standard term gave one (`**mBC**: metastatic breast cancer`), then the line and the words.
 */
function definedHere(a: Analysis, abbr: string, here: Span, withExpansion: boolean): string {
  const line = a.index.position(here.start).line;
  const lineStart = a.tree.lineStarts[line]!;
  const lineEnd = a.tree.lineStarts[line + 1] ?? a.text.length;
  // "ABBR (full name)": the bracket after it; "full name (ABBR)": the words before its bracket.
  const after = /^s?\s*[([]([^)\]]+)[)\]]/.exec(a.text.slice(here.end, lineEnd));
  let expansion: string | undefined;
  let from: number;
  let to: number;
  if (after) {
    expansion = after[1]!.trim();
    from = here.start;
    to = here.end + after[0].length;
  } else {
    const open = a.text.lastIndexOf('(', here.start);
    const before = open >= lineStart ? a.text.slice(lineStart, open).trimEnd() : '';
    expansion = abbreviationExpansion(before, abbr);
    from = expansion ? lineStart + before.length - expansion.length : Math.max(here.start - 60, lineStart);
    to = Math.min(lineEnd, here.end + 1);
  }
  // Never from the middle of a word.
  while (from > lineStart && /\S/.test(a.text[from - 1]!)) from--;
  const head = withExpansion && expansion ? `**${abbr}**: ${expansion}\n\n` : '';
  return `${head}Defined in this record on line ${line + 1}: "${a.text.slice(from, to).trim()}"`;
}
