import type { Cursor } from './cursor';
import { joinTokens, splitToken, token } from './tokens';
import { parseIntervention, splitArmTitle, splitInterventions, startsArm } from './interventions';
import type { Block, InterventionNode, OutcomeGroup, Span, TableHeaderBlock, Token } from './syntax';

const LINE_BREAKS = /\r\n|\r|\n/g;

type TableKind = TableHeaderBlock['table'];

function kindOf(header: readonly Token[]): TableKind {
  const first = header[0]?.text.toLowerCase() ?? '';
  if (first.startsWith('condition')) return 'conditions';
  if (/^(arm|group\/cohort|participant group\/arm|arms?\/groups?)$/.test(first)) return 'arms';
  if (first.startsWith('outcome measure')) return 'outcomes';
  return 'unknown';
}

/** Cells of one line, split at pipes; a leading pipe opens the first cell (Markdown style). */
function lineCells(doc: string, start: number, end: number): Token[] {
  const t = token(doc, start, end);
  if (!t) return [];
  const inner = { ...t };
  const s = t.text.startsWith('|') ? t.start + 1 : t.start;
  return splitToken(doc, { start: s, end: inner.end, text: doc.slice(s, inner.end) }, '|');
}

/** Lines that end an unfinished row: a cell never swallows the outcomes or a new section. */
function endsRow(c: Cursor, i: number): boolean {
  if (c.text(i).startsWith('|')) return false; // a lone pipe closes a cell (seed 000)
  const cls = c.classify(i);
  switch (cls.k) {
    case 'heading':
    case 'tableHeader':
    case 'outcome':
    case 'criteriaHeading':
    case 'boilerplate':
    case 'directive':
      return true;
    case 'label':
      return cls.rest?.text.includes('|') ?? false;
    default:
      return false;
  }
}

/** Parses a pipe table at the cursor (its header line) and returns its blocks. */
export function parseTable(c: Cursor, group: OutcomeGroup | undefined): Block[] {
  const doc = c.doc;
  const headerLine = c.line();
  const sepLine = c.line(c.i + 1);
  const headerCells = lineCells(doc, headerLine.start, headerLine.end);
  const table = kindOf(headerCells);
  const blocks: Block[] = [
    { kind: 'tableHeader', table, cells: headerCells, start: headerLine.start + (headerLine.text.length - headerLine.text.trimStart().length), end: sepLine.start + sepLine.text.trimEnd().length },
  ];
  const columns = Math.max(headerCells.length, 1);
  c.i += 2;

  while (!c.done) {
    // A row starts on a plain line; anything else ends the table.
    // A time frame in an outcome table's cell does not make its line an outcome line.
    const inCell = table === 'outcomes' && c.classify(c.i).k === 'outcome' && c.line().text.includes('|');
    if (c.isBlank() || (c.isStructural(c.i) && !inCell) || /^\s*[-*•]\s/.test(c.line().text)) break;
    const rowLine = c.i;
    const cells: Span[] = [];
    let cellStart = c.line().start;
    let rowEnd = cellStart;
    while (!c.done && cells.length < columns) {
      if (cells.length > 0 || cellStart !== c.line().start) {
        if (endsRow(c, c.i)) break;
      }
      const line = c.line();
      for (let k = line.start; k < line.end && cells.length < columns; k++) {
        if (doc[k] === '|' && doc[k - 1] !== '\\') {
          cells.push({ start: cellStart, end: k });
          cellStart = k + 1;
          rowEnd = k + 1;
        }
      }
      if (cells.length < columns) rowEnd = line.end;
      c.i++;
    }
    if (cells.length < columns && !(table === 'arms' && startsArm(c.text(rowLine)))) {
      // Not a row after all (no closing pipes): leave the lines to the caller. An arm row
      // being typed is kept, so that the Outline shows it before its pipes are written.
      c.i = rowLine;
      break;
    }
    if (cells.length < columns && cellStart < rowEnd) cells.push({ start: cellStart, end: rowEnd });
    const rowStart = cells[0]?.start ?? rowEnd;
    const start = token(doc, rowStart, rowEnd)?.start ?? rowStart;
    blocks.push(rowBlock(doc, table, cells, { start, end: rowEnd }, group));
  }
  return blocks;
}

function rowBlock(doc: string, table: TableKind, cells: readonly Span[], span: Span, group: OutcomeGroup | undefined): Block {
  const cell = (n: number): Token | undefined => (cells[n] ? token(doc, cells[n]!.start, cells[n]!.end) : undefined);
  const linesOf = (t: Token | undefined): Token[] => (t ? splitToken(doc, t, LINE_BREAKS) : []);
  switch (table) {
    case 'conditions': {
      const conditions = linesOf(cell(0)).flatMap((l) => splitToken(doc, l, ';'));
      const phaseCell = cell(2);
      return { kind: 'conditionsRow', ...span, conditions, interventions: interventionsIn(doc, cell(1)), ...(phaseCell ? { phaseCell } : {}) };
    }
    case 'arms': {
      const lines = linesOf(cell(0));
      const title = lines[0] ? splitArmTitle(doc, lines[0]) : {};
      const description = joinTokens(doc, lines.slice(1));
      return { kind: 'arm', ...span, ...title, ...(description ? { description } : {}), interventions: interventionsIn(doc, cell(1)) };
    }
    case 'outcomes': {
      const [title, description, timeFrame] = [cell(0), cell(1), cell(2)];
      return { kind: 'outcome', ...span, ...(group ? { group } : {}), ...(title ? { title } : {}), ...(description ? { description } : {}), ...(timeFrame ? { timeFrame } : {}) };
    }
    default:
      return { kind: 'tableRow', ...span, cells: cells.map((_, n) => cell(n)).filter((t): t is Token => t !== undefined) };
  }
}

/** The interventions of a cell; text without any type prefix is read as one untyped intervention. */
function interventionsIn(doc: string, t: Token | undefined): InterventionNode[] {
  if (!t) return [];
  const { lead, items } = splitInterventions(doc, t);
  if (items.length === 0 && lead) return [parseIntervention(doc, lead, undefined, lead.start)];
  return items;
}
