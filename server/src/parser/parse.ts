import { BARE_BULLET, BULLET, Cursor, DIRECTIVE, type LineClass } from './cursor';
import { isLocationGroupRow, isLocationRow, parseClassicLocation, parseContact, partLines, pipeCells } from './contacts';
import { splitInterventions } from './interventions';
import { parseCriteria } from './criteria';
import { type LabelDef, labelDefFor } from './labels';
import { joinTokens, splitToken, token } from './tokens';
import { isSpace, type Line, LineTable, lineAt, lineEnd, lineStarts, partitionPoint, splitLines } from '../text/lines';
import { parseModernGroups, parseModernInterventions, parseModernPart, parseModernSponsors } from './modern';
import { parseLocationRun, startsLocationRun } from './locations';
import { parseOutcome } from './outcomes';
import { parseTable } from './tables';
import type { Block, FieldBlock, OutcomeGroup, Section, SyntaxTree, Token } from './syntax';
import type { FieldKey, SectionId } from '../vocabulary/elements';

/** A section as the parser builds it (reparsing reuses these). */
export interface RawSection {
  id: SectionId;
  heading?: Token;
  start: number;
  end: number;
  blocks: Block[];
  /** Whether a block other than page furniture has been added. */
  hasContent?: boolean;
}

const SPACES = /\s+/g;

const MODERN_MARKERS = new Set(['basic information', 'study groups', 'study classification', 'clinical phase', 'blinding strategy']);

/** Fields whose value line in the newer layout may be followed by a free-text description. */
const DESCRIBED_BY: Partial<Record<FieldKey, FieldKey>> = {
  interventionModel: 'interventionModelDescription',
  masking: 'maskingDescription',
  bioSpecRetention: 'bioSpecDescription',
};

/**
 * The parser state that steers what follows, beside the current section: equal states parse
 * equal text alike. A new flag goes here and in START, nowhere else.
 */
export interface Steering {
  titleSeen: boolean;
  nctSeen: boolean;
  summarySeen: boolean;
  outcomeGroup: OutcomeGroup | undefined;
  /** The kind of the block added last. */
  lastKind: Block['kind'] | undefined;
  /** The field a free-text line right after the last block would describe (see DESCRIBED_BY). */
  described: FieldKey | undefined;
}

const START: Readonly<Steering> = { titleSeen: false, nctSeen: false, summarySeen: false, outcomeGroup: undefined, lastKind: undefined, described: undefined };

/**
 * The parser's whole state before a structural line (heading, label, criteria heading, table):
 * parsing from there on depends only on this state and the lines from there on, so a reparse may
 * resume at one point and stop at another (analysis/reparse.ts).
 */
export interface ResumePoint {
  /** Index into the parsed lines (directive lines are taken out) and the line's offset. */
  readonly line: number;
  readonly offset: number;
  /** The furthest line read before this point: the work before it depends on no later line. */
  readonly hi: number;
  /** How many sections were open; the last one's block count, bounds and whether it has content. */
  readonly sections: number;
  readonly blocks: number;
  readonly start: number;
  readonly end: number;
  readonly hasContent: boolean;
  readonly sectionId: SectionId;
  /** Whether the current section opened with its heading. */
  readonly headed: boolean;
  readonly steer: Readonly<Steering>;
}

const STEERING_KEYS = Object.keys(START) as (keyof Steering)[];

/** Whether the text after two points parses alike (offsets aside). */
export function sameSteering(a: ResumePoint, b: ResumePoint): boolean {
  return a.sectionId === b.sectionId && a.headed === b.headed && STEERING_KEYS.every((k) => a.steer[k] === b.steer[k]);
}

/**
 * Parses record text. Never throws: should a bug surface, the text comes back as
 * unrecognised lines, so features degrade instead of failing. (A new version of a long
 * record is parsed from the previous one's resume points by analysis/reparse.ts.)
 */
export function parse(text: string): SyntaxTree {
  try {
    const p = new RecordParser(text);
    p.read();
    return p.tree();
  } catch {
    return fallbackTree(text);
  }
}

function fallbackTree(text: string): SyntaxTree {
  const lines = splitLines(text);
  const blocks: Block[] = [];
  for (const l of lines) {
    const t = token(text, l.start, l.end);
    if (t) blocks.push({ kind: 'unrecognised', start: t.start, end: t.end, text: t });
  }
  return { text, layout: 'classic', sections: [{ id: 'header', start: 0, end: text.length, blocks }], lineStarts: lines.map((l) => l.start) };
}

/**
 * The parser. `parse` runs it whole; analysis/reparse.ts drives it for a new version: it restores
 * a resume point, is told of every structural line (`onStructural`), and may append the blocks
 * and sections it reuses, then stop.
 */
export class RecordParser {
  private readonly c: Cursor;
  private sections: RawSection[] = [];
  readonly layout: 'classic' | 'modern';
  private steer: Steering = { ...START };
  /** Before each structural line, with the furthest line read so far; true stops the parse. */
  onStructural: ((hi: number) => boolean) | undefined;

  private readonly starts: readonly number[];
  private readonly directives: Block[] = [];
  /** The lines as parsed (directive lines taken out). */
  readonly lines: LineTable;

  constructor(readonly text: string) {
    // Lines are made as the parser reads them: a reparse needs only their starts elsewhere.
    const starts = (this.starts = lineStarts(text));
    // Directives may stand anywhere, even inside a table cell or a criteria list: the
    // sub-parsers never see them; they are attached to their sections afterwards.
    const rows = this.directiveFree(starts);
    this.lines = new LineTable(text, starts, rows);
    this.c = new Cursor(text, this.lines);
    this.layout = isModern(text, starts) ? 'modern' : 'classic';
    this.sections.push({ id: 'header', start: 0, end: 0, blocks: [] });
  }

  /** Takes directive lines out (into this.directives): the indices of the other lines, or undefined if there are none. */
  private directiveFree(starts: readonly number[]): number[] | undefined {
    const text = this.text;
    const taken = new Set<number>();
    let checked = -1;
    for (let at = text.indexOf('<!--'); at >= 0; at = text.indexOf('<!--', at + 4)) {
      const k = partitionPoint(starts.length, (j) => starts[j]! <= at) - 1;
      if (k === checked) continue; // a second `<!--` on a line already judged
      checked = k;
      const l = lineAt(text, starts, k);
      if (!DIRECTIVE.test(l.text)) continue;
      taken.add(k);
      this.directives.push(directiveBlock(text, l));
    }
    if (taken.size === 0) return undefined;
    const rows: number[] = [];
    for (let k = 0; k < starts.length; k++) if (!taken.has(k)) rows.push(k);
    return rows;
  }

  /** Where the parse stands before the current (structural) line. */
  point(hi: number): ResumePoint {
    const cur = this.section;
    return {
      line: this.c.i,
      offset: this.c.line().start,
      hi,
      sections: this.sections.length,
      blocks: cur.blocks.length,
      start: cur.start,
      end: cur.end,
      hasContent: cur.hasContent === true,
      sectionId: cur.id,
      headed: cur.heading !== undefined,
      steer: { ...this.steer },
    };
  }

  /** Continues from a point of an earlier parse, with that parse's sections up to it. */
  resume(raw: readonly RawSection[], from: ResumePoint): void {
    const cur = raw[from.sections - 1]!;
    this.sections = raw.slice(0, from.sections - 1);
    this.sections.push({ id: cur.id, ...(cur.heading ? { heading: cur.heading } : {}), start: from.start, end: from.end, blocks: cur.blocks.slice(0, from.blocks), ...(from.hasContent ? { hasContent: true } : {}) });
    this.steer = { ...from.steer };
    this.c.i = from.line;
    this.c.hi = from.hi;
  }

  /** The line the parse has reached. */
  get line(): number {
    return this.c.i;
  }

  /** The sections as parsed so far, before directives are placed in them. */
  get raw(): readonly RawSection[] {
    return this.sections;
  }

  /** Replaces the sections (with copies cut from this text). */
  recut(fn: (s: RawSection) => RawSection): void {
    this.sections = this.sections.map(fn);
  }

  /** Adds a block reused from an earlier parse to the current section, as if parsed. */
  append(block: Block): void {
    this.add(block);
  }

  /** Adds a section reused from an earlier parse. */
  appendSection(s: RawSection): void {
    this.sections.push(s);
  }

  /** The current section's block count and bounds. */
  bounds(): Pick<ResumePoint, 'blocks' | 'start' | 'end' | 'hasContent'> {
    const s = this.section;
    return { blocks: s.blocks.length, start: s.start, end: s.end, hasContent: s.hasContent === true };
  }

  /** Reads to the end, or until `onStructural` stops it. */
  read(): void {
    const c = this.c;
    while (!c.done) {
      const before = c.i;
      const hi = c.hi;
      const cls = c.classify();
      const k = cls.k;
      if (this.onStructural && (k === 'heading' || k === 'label' || k === 'criteriaHeading' || k === 'tableHeader') && this.onStructural(hi)) break;
      this.step(cls);
      if (c.i === before) c.i++; // every step consumes a line; this guards against a bug looping
    }
  }

  /** The finished tree: directives placed in their sections (on copies: the raw sections are kept for reuse). */
  tree(): SyntaxTree {
    const placed = new Map<RawSection, Block[]>();
    for (const d of this.directives) {
      let home = this.sections[0]!;
      for (let k = this.sections.length - 1; k >= 0; k--) {
        if (this.sections[k]!.start <= d.start) {
          home = this.sections[k]!;
          break;
        }
      }
      let blocks = placed.get(home);
      if (!blocks) placed.set(home, (blocks = [...home.blocks]));
      const at = blocks.findIndex((b) => b.start > d.start);
      blocks.splice(at < 0 ? blocks.length : at, 0, d);
    }
    const sections: Section[] = [];
    for (const s of this.sections) {
      const blocks = placed.get(s) ?? s.blocks;
      if (blocks.length === 0 && !s.heading) continue;
      sections.push({ id: s.id, ...(s.heading ? { heading: s.heading } : {}), start: s.start, end: s.end, blocks });
    }
    return { text: this.text, layout: this.layout, sections, lineStarts: this.starts };
  }

  private get section(): RawSection {
    return this.sections[this.sections.length - 1]!;
  }

  /** Starts a section; an implied one (no heading) only when the current one differs. */
  private enter(id: SectionId, heading?: Token): void {
    if (!heading && this.section.id === id) return;
    // A table is read before its section is entered: after one that ends the text, no line is left.
    const at = heading?.start ?? (this.c.done ? this.text.length : this.c.line().start);
    this.sections.push({ id, ...(heading ? { heading } : {}), start: at, end: heading?.end ?? at, blocks: [] });
    if (id !== 'outcomes') this.steer.outcomeGroup = undefined;
  }

  private add(block: Block): void {
    const s = this.section;
    s.blocks.push(block);
    this.steer.lastKind = block.kind;
    this.steer.described = block.kind === 'field' && block.label ? DESCRIBED_BY[block.key] : undefined;
    // Page furniture between sections does not stretch a section (it would fold the wrong lines).
    if (block.kind === 'boilerplate' || block.kind === 'directive') return;
    if (!s.heading && !s.hasContent) s.start = block.start;
    s.hasContent = true;
    s.end = Math.max(s.end, block.end);
  }

  private step(cls: LineClass): void {
    const c = this.c;
    if (cls.k === 'blank') {
      c.i++;
      return;
    }
    if (!this.steer.titleSeen && cls.k !== 'directive') {
      this.steer.titleSeen = true;
      if (cls.k === 'text') {
        const t = c.tok()!;
        this.add({ kind: 'title', start: t.start, end: t.end, text: t });
        c.i++;
        return;
      }
    }
    switch (cls.k) {
      case 'directive': // unreachable: directive lines are taken out before parsing
        c.i++;
        return;
      case 'heading':
        return this.heading(cls.def);
      case 'boilerplate': {
        const t = c.tok()!;
        this.add({ kind: 'boilerplate', start: t.start, end: t.end, text: t });
        c.i++;
        return;
      }
      case 'criteriaHeading':
        this.enter('eligibility');
        this.add(parseCriteria(c, cls.which));
        return;
      case 'outcome':
        this.enter('outcomes');
        this.add(parseOutcome(c, this.steer.outcomeGroup));
        return;
      case 'tableHeader': {
        const blocks = parseTable(c, this.steer.outcomeGroup);
        const kind = blocks[0]?.kind === 'tableHeader' ? blocks[0].table : 'unknown';
        if (kind === 'conditions') this.enter('description');
        else if (kind === 'arms') this.enter('arms');
        else if (kind === 'outcomes') this.enter('outcomes');
        blocks.forEach((b) => this.add(b));
        return;
      }
      case 'label':
        return this.field(cls);
      case 'text':
        return this.text_();
    }
  }

  private heading(def: NonNullable<Extract<LineClass, { k: 'heading' }>['def']>): void {
    const c = this.c;
    const text = c.tok()!;
    if (def.role === 'section') this.enter(def.section, text);
    else if (this.section.id !== def.section) this.enter(def.section, def.role === 'subsection' ? text : undefined);
    if (def.role === 'outcomeGroup') this.steer.outcomeGroup = def.outcomeGroup;
    this.add({ kind: 'heading', start: text.start, end: text.end, text, role: def.role, section: def.section, ...(def.outcomeGroup ? { outcomeGroup: def.outcomeGroup } : {}) });
    c.i++;
    const part = def.text.toLowerCase();
    if (this.layout !== 'modern') {
      if (part === 'interventions') this.classicInterventions();
      return;
    }
    const blocks =
      part === 'study groups' ? parseModernGroups(c)
      : part === 'interventions' ? parseModernInterventions(c)
      : part === 'sponsors' ? parseModernSponsors(c)
      : ['countries', 'responsible party', 'other identifiers', 'locations', 'central contacts', 'facility contacts'].includes(part) ? parseModernPart(c, part)
      : [];
    blocks.sort((x, y) => x.start - y.start).forEach((b) => this.add(b));
  }

  /** An Interventions section in the classic form: `Type: Name`, its description, `Other Name:` … */
  private classicInterventions(): void {
    const furniture: Block[] = [];
    const lines = partLines(this.c, furniture);
    furniture.forEach((b) => this.add(b));
    if (lines.length === 0) return;
    const { lead, items } = splitInterventions(this.text, { start: lines[0]!.start, end: lines[lines.length - 1]!.end });
    if (lead) this.add({ kind: 'unrecognised', start: lead.start, end: lead.end, text: lead });
    for (const n of items) this.add({ kind: 'intervention', start: n.start, end: n.end, intervention: n });
  }

  private field(cls: Extract<LineClass, { k: 'label' }>): void {
    const c = this.c;
    const def = cls.label.def;
    if (!def.sections.includes(this.section.id)) this.enter(def.sections[0]!);
    const startLine = c.i;
    const rest = cls.rest;
    const restContent = rest ? rest.text.replace(/\|/g, '').trim() : '';
    const qualifier = cls.label.qualifier ? { ...cls.label.qualifier, text: this.text.slice(cls.label.qualifier.start, cls.label.qualifier.end) } : undefined;

    if (def.key === 'centralContact' && rest) {
      const contact = parseContact(this.text, { start: cls.labelTok.start, end: rest.end }, pipeCells(this.text, rest));
      this.add({ kind: 'contact', scope: 'central', start: contact.start, end: contact.end, contact });
      c.i++;
      return;
    }

    let lines: Token[] = [];
    let cells: Token[] = [];
    let end = rest?.end ?? cls.labelTok.end;
    c.i++;
    if (rest && restContent !== '') {
      cells = rest.text.includes('|') ? pipeCells(this.text, rest) : [rest];
      lines = [joinTokens(this.text, cells)!];
      if (def.multiline && !rest.text.includes('|')) lines.push(...this.freeText(c.i, true));
    } else if (def.key === 'criteria') {
      // `Criteria` alone titles the criteria that follow; they are read as criteria, not as its value.
    } else if (!rest || rest.text === '|' || rest.text === '') {
      // `Label :` alone: the value is on the following line(s).
      lines = def.multiline ? this.freeText(c.i, false) : this.valueLine();
      cells = lines.flatMap((l) => pipeCells(this.text, l));
    }
    if (lines.length > 0) end = Math.max(end, this.lineEndAt(lines[lines.length - 1]!.end));
    const stripped = lines.map((l) => stripPipe(this.text, l)).filter((l): l is Token => l !== undefined);
    const value = stripped.length > 0 ? joinTokens(this.text, stripped) : undefined;
    const block: FieldBlock = {
      kind: 'field',
      key: def.key,
      start: c.line(startLine).start + (c.line(startLine).text.length - c.line(startLine).text.trimStart().length),
      end,
      label: cls.labelTok,
      ...(qualifier ? { qualifier } : {}),
      ...(value ? { value } : {}),
      cells,
      lines: stripped,
    };
    if (def.key === 'nctId') this.steer.nctSeen = true;
    if (def.key === 'briefSummary') this.steer.summarySeen = true;
    this.add(block);
    if (def.key === 'overallStatus') this.statusNotes();
  }

  /**
   * The lines the classic page prints under the recruitment status: Why Stopped in parentheses,
   * and for an Unknown status `Verified <month> by <organization>` (the Last Verified date).
   */
  private statusNotes(): void {
    const c = this.c;
    while (!c.done && c.classify().k === 'text') {
      const t = c.tok()!;
      const why = /^\((.*)\)$/s.exec(t.text);
      const verified = /^(Verified)\s+([A-Z][a-z]+\s+\d{4})\s+by\b/.exec(t.text);
      if (why && why[1]!.trim() !== '') {
        const value = token(this.text, t.start + 1, t.end - 1)!;
        this.add({ kind: 'field', key: 'whyStopped', start: t.start, end: t.end, value, cells: [value], lines: [value] });
      } else if (verified) {
        const label = { start: t.start, end: t.start + verified[1]!.length, text: verified[1]! };
        const at = t.start + t.text.indexOf(verified[2]!, verified[1]!.length);
        const value = { start: at, end: at + verified[2]!.length, text: verified[2]! };
        this.add({ kind: 'field', key: 'lastVerified', start: t.start, end: t.end, label, value, cells: [value], lines: [value] });
      } else return;
      c.i++;
    }
  }

  /** Trimmed end of the line containing offset `at` (so a field spans its closing pipe). */
  private lineEndAt(at: number): number {
    const lines = this.c.lines;
    const l = lines.get(Math.max(0, partitionPoint(lines.length, (k) => lines.start(k) <= at) - 1));
    return l.start + l.text.trimEnd().length;
  }

  /** The single value line after `Label :` (classic) or after a label line and a blank (newer layout). */
  private valueLine(): Token[] {
    const c = this.c;
    const j = c.nextNonBlank(c.i);
    if (j >= c.lines.length || c.isStructural(j) || BULLET.test(c.line(j).text)) return [];
    if (j > c.i && this.layout !== 'modern') return [];
    c.i = j + 1;
    return [c.tok(j)!];
  }

  /**
   * Free text over lines and paragraphs, up to the next structural line. Leading blank and
   * boilerplate lines are skipped (the newer layout puts a helper sentence under a heading).
   */
  private freeText(from: number, continuation: boolean): Token[] {
    const c = this.c;
    let j = from;
    if (!continuation) {
      while (j < c.lines.length && (c.isBlank(j) || c.classify(j).k === 'boilerplate')) j++;
    }
    const out: Token[] = [];
    let k = j;
    while (k < c.lines.length) {
      if (c.isBlank(k)) {
        if (continuation) break;
        k++;
        continue;
      }
      if (c.isStructural(k)) break;
      out.push(c.tok(k)!);
      k++;
      c.i = k;
    }
    return out;
  }

  private text_(): void {
    const c = this.c;
    const raw = c.line().text;
    const t = c.tok()!;
    const isBullet = BULLET.test(raw) || BARE_BULLET.test(raw);
    const sec = this.section.id;

    // Under an Outcome Measures heading a bullet is a measure, with or without a time frame.
    if (sec === 'outcomes' && BULLET.test(raw) && (this.steer.outcomeGroup || this.steer.lastKind === 'outcome' || this.section.heading !== undefined)) {
      this.add(parseOutcome(c, this.steer.outcomeGroup));
      return;
    }
    if (sec === 'eligibility' && (isBullet || !/\|\s*$/.test(raw))) {
      this.add(parseCriteria(c, 'general'));
      return;
    }
    // Sites grouped by country, wherever the copy lost the Locations heading.
    if (this.layout === 'classic' && (sec === 'contacts' || sec === 'eligibility' || sec === 'sponsors') && /\|\s*$/.test(raw) && startsLocationRun(c)) {
      this.enter('contacts');
      parseLocationRun(c).forEach((b) => this.add(b));
      return;
    }
    if (sec === 'contacts' && isLocationRow(this.text, t)) {
      this.add(parseClassicLocation(c));
      return;
    }
    if (sec === 'contacts' && isLocationGroupRow(t)) {
      const name = pipeCells(this.text, t)[0]!;
      this.add({ kind: 'entry', entry: 'locationGroup', start: t.start, end: t.end, lines: [name], props: [] });
      c.i++;
      return;
    }
    if (sec === 'header' && this.steer.nctSeen && !this.steer.summarySeen) {
      // The classic page text lost the `Brief Summary:` heading: the prose after the header is the summary.
      this.enter('description');
      this.implied('briefSummary', true);
      this.steer.summarySeen = true;
      return;
    }
    const described = this.steer.described;
    if (described) {
      this.implied(described, false);
      return;
    }
    if (sec === 'moreInfo' && !isBullet) {
      // Trailing keyword and MeSH term lines (their labels were lost with the page layout).
      this.implied('meshTerms', true);
      return;
    }
    this.add({ kind: 'unrecognised', start: t.start, end: t.end, text: t });
    c.i++;
  }

  /** A field known from its position rather than a label. */
  private implied(key: FieldKey, stopAtBlank: boolean): void {
    const c = this.c;
    const def: LabelDef = labelDefFor(key);
    const from = c.i;
    const lines = this.freeText(c.i, stopAtBlank).map((l) => stripPipe(this.text, l)).filter((l): l is Token => l !== undefined);
    if (lines.length === 0) {
      if (c.i === from) c.i++;
      return;
    }
    const value = joinTokens(this.text, lines)!;
    this.add({ kind: 'field', key: def.key, start: value.start, end: this.lineEndAt(value.end), value, cells: [value], lines });
  }
}

/** Whether a line only the newer layout prints is there (the markers are short: long lines need no lowercasing). */
function isModern(text: string, starts: readonly number[]): boolean {
  for (let k = 0; k < starts.length; k++) {
    let a = starts[k]!;
    const end = lineEnd(text, starts, k);
    while (a < end && isSpace(text.charCodeAt(a))) a++;
    const c = text.charCodeAt(a) | 0x20; // lower case
    // Each marker opens with b, c, n or s.
    if (c !== 0x62 && c !== 0x63 && c !== 0x6e && c !== 0x73) continue;
    if (text.startsWith('NCT ID:', a)) return true;
    if (end - starts[k]! <= 40 && MODERN_MARKERS.has(text.slice(a, end).trim().toLowerCase())) return true;
  }
  return false;
}

/** `<!-- trial-record-disable-next-line rule-a rule-b -->` as a block. */
function directiveBlock(doc: string, l: Line): Block {
  const m = DIRECTIVE.exec(l.text)!;
  const at = l.start + l.text.indexOf(m[1]!);
  const command = { start: at, end: at + m[1]!.length, text: m[1]! };
  const argsTok = token(doc, command.end, command.end + m[2]!.length);
  const t = token(doc, l.start, l.end)!;
  return { kind: 'directive', start: t.start, end: t.end, command, args: argsTok ? splitToken(doc, argsTok, SPACES) : [] };
}

/** A line without the decorative pipe that closes a classic table cell. */
function stripPipe(doc: string, t: Token): Token | undefined {
  if (!t.text.includes('|')) return t;
  const m = /\s*\|[\s|]*$/.exec(t.text);
  if (!m) return t;
  return token(doc, t.start, t.start + m.index);
}
