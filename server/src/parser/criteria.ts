import { startsLocationRun } from './locations';
import { BARE_BULLET, BULLET, type Cursor } from './cursor';
import { token } from './tokens';
import type { CriteriaBlock, CriteriaNode, Token } from './syntax';

interface Node {
  kind: CriteriaNode['kind'];
  bullet?: Token;
  text?: Token;
  children: Node[];
  start: number;
  end: number;
}

interface Open {
  readonly node: Node;
  readonly indent: number;
  /**
   * A bare `-` item whose text ends with a colon (seeds 001 and 004): the page lost the
   * indentation, so the following same-level bullets are its children up to the first one
   * that ends a sentence.
   */
  readonly flatParent: boolean;
}

/**
 * Parses one criteria list, starting at an Inclusion/Exclusion heading or, for `general`,
 * at the first bullet. Stops before anything structural, or at a blank line that is not
 * followed by more of the list. Nesting uses an explicit stack, so depth costs no recursion.
 */
export function parseCriteria(c: Cursor, which: CriteriaBlock['which']): CriteriaBlock {
  const doc = c.doc;
  let heading: Token | undefined;
  const first = c.line();
  if (which !== 'general') {
    heading = c.tok();
    c.i++;
  }
  const root: Node[] = [];
  let group: Node | undefined;
  let stack: Open[] = [];
  let end = heading?.end ?? first.start;

  const container = (): Node[] => (group ? group.children : root);
  const grow = (to: number) => {
    end = Math.max(end, to);
    if (group) group.end = Math.max(group.end, to);
    for (const o of stack) o.node.end = Math.max(o.node.end, to);
  };

  const addItem = (node: Node, indent: number, opens: boolean) => {
    let parent: Open | undefined;
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (indent > top.indent || (indent === top.indent && top.flatParent)) {
        parent = top;
        break;
      }
      stack.pop();
    }
    (parent ? parent.node.children : container()).push(node);
    grow(node.end);
    stack.push({ node, indent, flatParent: opens });
    // A flat child that ends a sentence closes its bare-dash parent.
    if (parent?.flatParent && indent === parent.indent && /\.\s*$/.test(node.text?.text ?? '')) {
      stack = stack.slice(0, stack.indexOf(parent));
    }
  };

  while (!c.done) {
    if (c.isBlank()) {
      const j = c.nextNonBlank(c.i);
      // Paragraphs between and after the bullets belong to the criteria too (registry text often has them).
      if (j < c.lines.length && (isBullet(c, j) || isGroupHeading(c, j) || isCriteriaSubheading(c, j) || (!c.isStructural(j) && !isOtherBlock(c, j)))) {
        c.i = j;
        continue;
      }
      break;
    }
    if (c.isStructural(c.i) && !isCriteriaSubheading(c, c.i)) break;
    const line = c.line();
    const raw = line.text;
    // The sites that follow the criteria when the copy lost the Contacts and Locations heading.
    if (/\|\s*$/.test(raw) && startsLocationRun(c)) break;
    const indent = raw.length - raw.trimStart().length;
    if (BARE_BULLET.test(raw)) {
      const bullet = token(doc, line.start, line.end)!;
      const j = c.i + 1;
      const hasText = j < c.lines.length && !c.isBlank(j) && !isBullet(c, j) && !c.isStructural(j);
      const text = hasText ? c.tok(j) : undefined;
      const node: Node = { kind: 'item', bullet, ...(text ? { text } : {}), children: [], start: bullet.start, end: text?.end ?? bullet.end };
      c.i = hasText ? j + 1 : j;
      addItem(node, indent, /:\s*$/.test(text?.text ?? ''));
      continue;
    }
    const m = BULLET.exec(raw);
    if (m) {
      const bullet = token(doc, line.start + m[1]!.length, line.start + m[1]!.length + m[2]!.length)!;
      const text = token(doc, line.start + m[0].length, line.end);
      const node: Node = { kind: 'item', bullet, ...(text ? { text } : {}), children: [], start: bullet.start, end: text?.end ?? bullet.end };
      c.i++;
      addItem(node, indent, false);
      continue;
    }
    const text = c.tok()!;
    if (isGroupHeading(c, c.i) || isCriteriaSubheading(c, c.i)) {
      group = { kind: 'group', text, children: [], start: text.start, end: text.end };
      root.push(group);
      stack = [];
    } else {
      container().push({ kind: 'text', text, children: [], start: text.start, end: text.end });
      stack = [];
    }
    grow(text.end);
    c.i++;
  }
  return {
    kind: 'criteria',
    which,
    start: heading?.start ?? root[0]?.start ?? first.start,
    end,
    ...(heading ? { heading } : {}),
    items: root,
  };
}

// Sections whose labels come before the eligibility criteria on every page layout.
const EARLIER = new Set(['header', 'basicInfo', 'description', 'design', 'arms', 'outcomes']);

/**
 * `Study Phase:` inside the criteria text is a sub-heading of the criteria, not the Phase field:
 * a label alone on its line whose element the page prints before the criteria.
 */
function isCriteriaSubheading(c: Cursor, j: number): boolean {
  const cls = c.classify(j);
  return cls.k === 'label' && cls.hasColon && !cls.rest && EARLIER.has(cls.label.def.sections[0]!);
}

function isBullet(c: Cursor, j: number): boolean {
  const raw = c.line(j).text;
  return BULLET.test(raw) || BARE_BULLET.test(raw);
}

/** A cohort sub-heading such as `Cohort A: mBC`: a short plain line that introduces bullets. */
function isGroupHeading(c: Cursor, j: number): boolean {
  const raw = c.line(j).text;
  const t = raw.trim();
  if (t.length === 0 || t.length > 60 || /[.;]$/.test(t) || isBullet(c, j) || c.isStructural(j)) return false;
  const k = c.nextNonBlank(j + 1);
  return k < c.lines.length && isBullet(c, k);
}

/** A line that starts something other than criteria text: a location row, boilerplate, a directive. */
function isOtherBlock(c: Cursor, j: number): boolean {
  return c.classify(j).k !== 'text' || /\|\s*$/.test(c.line(j).text);
}
