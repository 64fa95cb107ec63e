import { lineToken, token } from './tokens';
import { type Line, LineTable, isBlankText, stripTrailingPipe } from '../text/lines';
import { type HeadingDef, type LabelMatch, firstWord, isBoilerplate, matchHeading, matchLabel } from './labels';
import type { Token } from './syntax';

/** What a single line is, judged on its own text. */
export type LineClass =
  | { readonly k: 'blank' }
  | { readonly k: 'directive' }
  | { readonly k: 'heading'; readonly def: HeadingDef }
  | { readonly k: 'boilerplate' }
  | { readonly k: 'criteriaHeading'; readonly which: 'inclusion' | 'exclusion' }
  | { readonly k: 'outcome' }
  | { readonly k: 'tableHeader' }
  | { readonly k: 'label'; readonly label: LabelMatch; readonly labelTok: Token; readonly rest?: Token; readonly hasColon: boolean }
  | { readonly k: 'text' };

export const DIRECTIVE = /^\s*<!--\s*(trial-record-[a-z-]+)((?:\s+[^\s>]+)*?)\s*-->\s*$/;
export const BULLET = /^(\s*)([-*•▪◦‣]|\d{1,3}[.)])\s+(?=\S)/;
export const BARE_BULLET = /^\s*[-*•]\s*$/;
export const CRITERIA_HEADING = /^(?:key\s+)?(inclusion|exclusion)(?:\s+criteria\b[^:]{0,40})?\s*:?\s*$/i;
const TIME_FRAME = /\[\s*Time\s*Frame\s*:/i;
// Classes without data are shared: one object per kind, not per line.
const BLANK: LineClass = { k: 'blank' };
const TEXT: LineClass = { k: 'text' };
const DIRECTIVE_LINE: LineClass = { k: 'directive' };
const BOILERPLATE: LineClass = { k: 'boilerplate' };
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/** Reading position over the lines, with per-line classification cached. */
export class Cursor {
  i = 0;
  /**
   * The furthest line read so far. A reparse may reuse what was parsed before an edit only if
   * that work never read the edited lines.
   */
  hi = -1;
  private readonly classes: (LineClass | undefined)[];

  constructor(
    readonly doc: string,
    readonly lines: LineTable,
  ) {
    this.classes = new Array(lines.length);
  }

  get done(): boolean {
    return this.i >= this.lines.length;
  }

  line(i = this.i): Line {
    if (i > this.hi) this.hi = i;
    return this.lines.get(i);
  }

  text(i = this.i): string {
    if (i > this.hi) this.hi = i;
    return i < this.lines.length ? this.lines.get(i).text.trim() : '';
  }

  tok(i = this.i): Token | undefined {
    if (i > this.hi) this.hi = i;
    return i < this.lines.length ? lineToken(this.doc, this.lines.get(i)) : undefined;
  }

  isBlank(i = this.i): boolean {
    if (i > this.hi) this.hi = i;
    return i >= this.lines.length || isBlankText(this.lines.get(i).text);
  }

  /** Index of the first non-blank line at or after `from` (lines.length when none). */
  nextNonBlank(from: number): number {
    let j = from;
    while (j < this.lines.length && this.isBlank(j)) j++;
    return j;
  }

  classify(i = this.i): LineClass {
    const cached = this.classes[i];
    if (cached) return cached;
    const c = this.computeClass(i);
    this.classes[i] = c;
    return c;
  }

  /** A line that starts something else, so that a free-text value must stop before it. */
  isStructural(i: number): boolean {
    const k = this.classify(i).k;
    return k !== 'blank' && k !== 'text';
  }

  private computeClass(i: number): LineClass {
    if (i > this.hi) this.hi = i;
    const line = this.lines.get(i);
    const t = line.text.trim();
    if (t === '') return BLANK;
    // A backslash at the start of a line marks it as plain text (the import writes it before
    // prose that would otherwise read as a label or heading); the value drops it.
    if (t.startsWith('\\')) return TEXT;
    if (t.startsWith('<!--') && DIRECTIVE.test(t)) return DIRECTIVE_LINE;
    const first = firstWord(t);
    const heading = matchHeading(t, first);
    if (heading) return { k: 'heading', def: heading };
    if (isBoilerplate(t, first)) return BOILERPLATE;
    // Legacy records bullet their headers: `-  INCLUSION CRITERIA:` is a heading, not a criterion.
    const bulleted = BULLET.test(line.text);
    const crit = CRITERIA_HEADING.exec(bulleted ? t.replace(/^[-*•]\s+/, '') : t);
    if (crit && (!bulleted || /:$/.test(t)) && t.length <= 60) {
      return { k: 'criteriaHeading', which: crit[1]!.toLowerCase() as 'inclusion' | 'exclusion' };
    }
    if (TIME_FRAME.test(t)) return { k: 'outcome' };
    if (t.includes('|') && i + 1 < this.lines.length && TABLE_SEPARATOR.test(this.line(i + 1).text) && !TABLE_SEPARATOR.test(t)) {
      return { k: 'tableHeader' };
    }
    const label = this.labelOf(line, first);
    if (label) return label;
    return TEXT;
  }

  /** `Label : rest`, `Label: | rest |`, or a line that is only a known label (newer layout). */
  private labelOf(line: Line, first: string): LineClass | undefined {
    const raw = line.text;
    const colon = raw.indexOf(':');
    if (colon > 0 && colon <= 90 && !BULLET.test(raw)) {
      const labelText = raw.slice(0, colon);
      const m = matchLabel(labelText.trim());
      if (m) {
        const labelTok = token(this.doc, line.start, line.start + colon)!;
        const rest = token(this.doc, line.start + colon + 1, line.end);
        return { k: 'label', label: this.shiftQualifier(m, labelTok), labelTok, ...(rest ? { rest } : {}), hasColon: true };
      }
    }
    if (raw.length > 120) return undefined; // a label alone on its line is short
    const whole = stripTrailingPipe(raw);
    // The line's first word is the label's unless a closing pipe is glued to it.
    const m = matchLabel(whole.trim(), first.includes('|') ? undefined : first);
    if (m) {
      const labelTok = token(this.doc, line.start, line.start + whole.length)!;
      return { k: 'label', label: this.shiftQualifier(m, labelTok), labelTok, hasColon: false };
    }
    return undefined;
  }

  /** Makes a qualifier range absolute (labelOf matched on the trimmed label). */
  private shiftQualifier(m: LabelMatch, labelTok: Token): LabelMatch {
    if (!m.qualifier) return m;
    return { def: m.def, qualifier: { start: labelTok.start + m.qualifier.start, end: labelTok.start + m.qualifier.end } };
  }
}

/** What a line reads as on its own: `text`, or a label, heading, criteria heading … */
export function lineKind(text: string): LineClass['k'] {
  const c = new Cursor(text, new LineTable(text, [0]));
  return c.classify(0).k;
}
