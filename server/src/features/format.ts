// Format Document and Format Selection: the record rewritten in the canonical form (the form the
// import writes), from either page layout. The rewrite goes through the API study object, and is
// offered only when it is lossless: the text before and after exports to the same study, every
// free-text value is still there (the export leaves out what the registry derives, such as MeSH
// terms), and nothing the parser kept aside (an unplaced line, a directive) would be dropped.
// Otherwise the record is left as it is and the caller is told why. The page's own furniture
// (navigation, disclaimers, "Layout table for ..." captions) is not part of the record and goes.

import { diffLines } from 'diff';
import type { Range, TextEdit } from 'vscode-languageserver-types';
import type { Analysis } from '../analysis/analyze';
import type { Span } from '../parser/syntax';
import { PROP_KEYS } from '../parser/contacts';
import { analyze } from '../analysis/analyze';
import { exportRecord, responsiblePartyNote, unclassifiedNote } from '../convert/export';
import { writeRecord } from '../convert/write';
import { FIELD_ELEMENTS, PART_ELEMENTS, type SectionId } from '../vocabulary/elements';
import { eolOf } from '../text/lines';
import { hasStarted } from '../analysis/started';

export type FormatResult = { readonly edits: readonly TextEdit[] } | { readonly refused: string };

/**
 * The study the text exports to, as comparable JSON, with what the page says of results, and
 * without the organizations' classes: the registry assigns those (the newer layout prints them
 * under each sponsor), a submission does not hold them, and the canonical form has no line for them.
 */
function studyOf(a: Analysis): unknown {
  // The results tab is not in the study, but the rules read it.
  const study = { ...exportRecord(a).study, results: a.record.status.results?.state };
  return JSON.parse(JSON.stringify(study, (key, value: unknown) => (key === 'class' ? undefined : value))) as unknown;
}

/** The first API path where two exported studies differ (`armGroups[1].description`), if any. */
function firstDifference(x: unknown, y: unknown, path = ''): string | undefined {
  if (x === y) return undefined;
  if (x && y && typeof x === 'object' && typeof y === 'object' && Array.isArray(x) === Array.isArray(y)) {
    const xs = x as Record<string, unknown>;
    const ys = y as Record<string, unknown>;
    for (const k of new Set([...Object.keys(xs), ...Object.keys(ys)])) {
      const d = firstDifference(xs[k], ys[k], Array.isArray(x) ? `${path}[${k}]` : path ? `${path}.${k}` : k);
      if (d !== undefined) return d;
    }
    return undefined;
  }
  return path;
}

/**
 * The words of the record's free text, by the offset each starts at. Page furniture, headings,
 * labels and coded values (statuses, dates, numbers, roles) are left out: the canonical form
 * writes those its own way, and the export comparison checks their values.
 */
function contentWords(a: Analysis): Word[] {
  const mask = new Uint8Array(a.text.length);
  // A list of IDs on one row (`Other Study ID Numbers`) becomes a row per ID: each word stands alone.
  const alone: Span[] = [];
  const hide = (s: Span | undefined) => {
    if (s) mask.fill(1, s.start, s.end);
  };
  const CODED_PROP = /role|type|status|source|link/i;
  for (const section of a.tree.sections) {
    hide(section.heading);
    for (const b of section.blocks) {
      if (b.kind === 'boilerplate' || b.kind === 'heading' || b.kind === 'tableHeader' || b.kind === 'directive') hide(b);
      else if (b.kind === 'field') {
        // Only the value is content: the label, and the newer layout's sentence under it, are the page's.
        hide(b);
        for (const t of [b.value, ...b.cells, ...b.lines]) if (t) mask.fill(0, t.start, t.end);
        if (b.key === 'otherStudyIds') alone.push(b);
      }
      else if (b.kind === 'entry') {
        for (const p of b.props) {
          hide(p.key);
          if (CODED_PROP.test(p.key.text)) hide(p.value);
        }
      } else if (b.kind === 'contact') hide(b.contact.role);
      else if (b.kind === 'location') {
        hide(b.status);
        for (const c of [...b.contacts, ...b.investigators]) hide(c.role);
      } else if (b.kind === 'criteria') hide(b.heading);
    }
  }
  // The newer layout's property lines (`Group Type EXPERIMENTAL`, `Role: CONTACT`, `Other Names:`):
  // the key is the page's, and a coded value is written as its label.
  for (const m of a.text.matchAll(PROP_LINES)) {
    const keyEnd = m.index + m[1]!.length;
    hide({ start: m.index, end: CODED_PROP.test(m[2]!) ? m.index + m[0].length : keyEnd });
  }
  // Page words glued to values: the classic page's date tab, and its run-on `Other Names:` key.
  for (const m of a.text.matchAll(/\bKey Record Dates\b|\bOther Names?\s*:/g)) hide({ start: m.index, end: m.index + m[0].length });
  (function coded(v: unknown): void {
    if (Array.isArray(v)) v.forEach(coded);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      const span = o.range as Span | undefined;
      if (typeof o.raw === 'string' && span && typeof o.value !== 'string') hide(span);
      else for (const [k, x] of Object.entries(o)) if (k !== 'range' && k !== 'sections') coded(x);
    }
  })(a.record);
  const out: Word[] = [];
  for (const m of a.text.matchAll(WORD)) if (!mask[m.index]) out.push({ word: m[0].toLowerCase(), at: m.index, alone: alone.some((x) => x.start <= m.index && m.index < x.end) });
  return out;
}

interface Word {
  readonly word: string;
  readonly at: number;
  readonly alone: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;
const PROP_LINES = new RegExp(`(?<=^[ \\t]*)((${PROP_KEYS})\\s*:?)[ \\t]+.*$`, 'gim');

/**
 * A word of the record's free text that the rewritten text no longer holds anywhere: the model
 * keeps one of two same-named interventions, the export leaves out what the registry derives
 * (MeSH terms), so comparing exports alone would not see such text go. Words, not counts: the
 * page repeats an intervention's description under each arm, and the canonical form need not.
 */
function droppedWord(before: Analysis, to: string): Word | undefined {
  const words = contentWords(before);
  const after = ` ${[...to.matchAll(WORD)].map((m) => m[0].toLowerCase()).join(' ')} `;
  // Runs of words with nothing between them but spaces and punctuation on one line.
  let run: Word[] = [];
  const check = () => {
    const phrase = run.map((w) => w.word).join(' ');
    const r = run;
    run = [];
    return r.length > 0 && !after.includes(` ${phrase} `) ? r[0] : undefined;
  };
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const prev = words[k - 1];
    if (prev && (w.alone || prev.alone || !/^[^\p{L}\p{N}\n|;()[\]]*$/u.test(before.text.slice(prev.at + prev.word.length, w.at)))) {
      const lost = check();
      if (lost) return lost;
    }
    run.push(w);
  }
  return check();
}

/** The element a difference is in, by its name in the element tables (`Arm description`). */
function elementAt(path: string): string {
  const inModule = path.replace(/^protocolSection\./, '');
  const generic = inModule.replace(/\[\d+\]/g, '[]');
  const e = [...FIELD_ELEMENTS, ...PART_ELEMENTS].find((x) => x.api !== undefined && (generic === x.api || generic.startsWith(`${x.api}.`)));
  const n = /\[(\d+)\]/.exec(inModule);
  return e ? `${e.name}${n ? ` (number ${Number(n[1]) + 1})` : ''}` : inModule;
}

/** Outcome measures under no Primary/Secondary heading: all of them, some, or none. */
function unclassified(a: Analysis): 'all' | 'some' | 'none' {
  const n = a.record.outcomes.filter((o) => o.group === 'unclassified').length;
  return n === 0 ? 'none' : n === a.record.outcomes.length ? 'all' : 'some';
}

/**
 * A classic page with no Sponsor line prints a Sponsor-type responsible party by the sponsor's
 * name, which the API study has no field for: the rewrite keeps it as written.
 */
function keptName(a: Analysis): string | undefined {
  const sp = a.record.sponsor;
  const text = sp.responsibleParty?.text?.value.trim();
  return !sp.leadSponsor && sp.responsibleParty?.type?.code === 'SPONSOR' && text && !text.includes('\n') ? text : undefined;
}

/** Why the record cannot be formatted without losing something, if it cannot. */
function lossOf(a: Analysis, what: string): string | undefined {
  const r = a.record;
  const unplaced = r.unrecognised[0];
  if (unplaced) {
    const line = a.index.line(unplaced.range.start) + 1;
    const more = r.unrecognised.length > 1 ? ` (and ${r.unrecognised.length - 1} more)` : '';
    return `${what} leaves this record as it is: line ${line} ("${clip(unplaced.value)}")${more} is not part of any element, and the canonical form has no place for it. Move it into a field, or delete it, then format.`;
  }
  const placed = r.directives.find((d) => d.command !== 'trial-record-disable-file');
  if (placed) {
    return `${what} leaves this record as it is: the directive on line ${a.index.line(placed.range.start) + 1} applies to the lines after it, which formatting would move.`;
  }
  const open = unclassified(a);
  if (open === 'some') {
    return `${what} leaves this record as it is: some outcome measures are under a Primary or Secondary Outcome Measures heading and some under none, and formatting would have to choose a class for them. Put each under its heading, then format.`;
  }
  // Measures under no heading stay under none (the canonical text leaves the heading out).
  const kept = open === 'all' ? unclassifiedNote(a.record.outcomes.length) : undefined;
  const name = keptName(a);
  const notes = exportRecord(a).notes.filter((n) => n !== kept && (name === undefined || n !== responsiblePartyNote(name, undefined)));
  if (notes.length > 0) return `${what} leaves this record as it is, since the canonical form would lose a value: ${notes[0]}${notes.length > 1 ? ` (and ${notes.length - 1} more)` : ''}`;
  return undefined;
}

const clip = (s: string) => (s.trim().length > 60 ? `${s.trim().slice(0, 57)}…` : s.trim());

/** The canonical text of the record, with the file-wide directives first and the file's line ends. */
function canonical(a: Analysis): string {
  const eol = eolOf(a.text);
  const name = keptName(a);
  const meshTerms = a.record.conditions.meshTerms.map((t) => t.value);
  const results = a.record.status.results?.state;
  let body = writeRecord(exportRecord(a).study.protocolSection, { ...(name === undefined ? {} : { responsiblePartyName: name }), meshTerms, ...(results ? { results } : {}) });
  // The writer names an untitled record; formatting must not add a title the user has not written.
  if (!a.record.identification.briefTitle) body = body.replace(/^Untitled record\n/, '');
  if (unclassified(a) === 'all') body = body.replace(/^Primary Outcome Measures:\n/m, '');
  const directives = a.record.directives.map((d) => a.text.slice(d.range.start, d.range.end).trim());
  const text = [...directives, body].join('\n');
  return eol === '\n' ? text : text.replace(/\n/g, eol);
}

/** Line-wise edits from `from` to `to`, so unchanged lines (and the cursor on them) stay put. */
function editsBetween(a: Analysis, to: string): TextEdit[] {
  const edits: TextEdit[] = [];
  let offset = 0;
  let pending: { start: number; end: number; newText: string } | undefined;
  const flush = () => {
    if (pending) edits.push({ range: a.index.range(pending), newText: pending.newText });
    pending = undefined;
  };
  for (const part of diffLines(a.text, to)) {
    if (part.added) {
      pending = pending ? { ...pending, newText: pending.newText + part.value } : { start: offset, end: offset, newText: part.value };
    } else if (part.removed) {
      pending = pending ? { ...pending, end: offset + part.value.length } : { start: offset, end: offset + part.value.length, newText: '' };
      offset += part.value.length;
    } else {
      flush();
      offset += part.value.length;
    }
  }
  flush();
  return edits;
}

/**
 * The whole record in the canonical form; with `range`, only the sections it touches (Format
 * Selection), each replaced by its canonical text.
 */
export function formatRecord(a: Analysis, range?: Range): FormatResult {
  const what = range ? 'Format Selection' : 'Format Document';
  // A text that is not a record yet has no canonical form: the empty-record finding says how to start.
  if (!hasStarted(a)) return { edits: [] };
  if (range && a.tree.layout !== 'classic') {
    return { refused: 'Format Selection works on a record in the canonical form: the newer layout groups its values differently (the dates under Basic Information, for one), so its sections have no canonical counterpart one by one. Format the whole document (Format Document) first.' };
  }
  const loss = lossOf(a, what);
  if (loss) return { refused: loss };
  let to = canonical(a);
  if (range) {
    const from = a.index.offset(range.start);
    const until = a.index.offset(range.end);
    const formatted = analyze(to);
    let text = a.text;
    // Right to left, so earlier offsets stay valid.
    // The sections the selection overlaps; an empty selection, the one it is in.
    const touched = a.tree.sections.filter((s) => (from === until ? s.start <= from && from < s.end : s.start < until && from < s.end)).reverse();
    for (const s of touched) {
      const target = sectionText(formatted, s.id);
      if (target === undefined) continue;
      // The blank lines after a section belong to the layout around it: keep them as they are.
      const trailing = /(?:\r?\n|\s)*$/.exec(a.text.slice(s.start, s.end))![0];
      text = text.slice(0, s.start) + target + trailing + text.slice(s.end);
    }
    to = text;
  }
  const dropped = droppedWord(a, to);
  if (dropped) {
    const line = a.index.line(dropped.at);
    return { refused: `${what} leaves this record as it is: the canonical form has no place for "${dropped.word}" on line ${line + 1} ("${clip(a.text.slice(a.index.offset({ line, character: 0 }), a.index.offset({ line: line + 1, character: 0 })))}"), and formatting would drop it.` };
  }
  const after = analyze(to);
  const changed = firstDifference(studyOf(a), studyOf(after));
  if (changed !== undefined) {
    return { refused: `${what} leaves this record as it is: in the canonical form, ${elementAt(changed)} would not read back the same (${changed.replace(/^protocolSection\./, '')}), so formatting would change a value.` };
  }
  return { edits: to === a.text ? [] : editsBetween(a, to) };
}

/** The text of the first section with this id in a formatted record, without the line ends after it. */
function sectionText(a: Analysis, id: SectionId): string | undefined {
  const s = a.tree.sections.find((x) => x.id === id);
  return s ? a.text.slice(s.start, s.end).replace(/\s+$/, '') : undefined;
}
