import type { Cursor } from './cursor';
import { BULLET } from './cursor';
import { joinTokens, token } from './tokens';
import type { OutcomeBlock, OutcomeGroup, Token } from './syntax';

const TF_OPEN = /\[\s*Time\s*Frame\s*:\s*/i;

/**
 * `- Title [ Time Frame: … ]Description`, with the description possibly continuing on the
 * following lines (seed 004), its own bullets included. A bullet without a time frame inside an outcome list is an
 * outcome too, so that a missing time frame can be reported on it.
 */
export function parseOutcome(c: Cursor, group: OutcomeGroup | undefined): OutcomeBlock {
  const doc = c.doc;
  const line = c.line();
  const raw = line.text;
  const bullet = BULLET.exec(raw);
  const bodyStart = line.start + (bullet ? bullet[0].length : raw.length - raw.trimStart().length);
  const body = doc.slice(bodyStart, line.end);
  const open = TF_OPEN.exec(body);
  let title: Token | undefined;
  let timeFrame: Token | undefined;
  let descStart = line.end;
  let afterClose = -1;
  if (open) {
    title = token(doc, bodyStart, bodyStart + open.index);
    const tfStart = bodyStart + open.index + open[0].length;
    const close = findClose(doc, tfStart, line.end);
    timeFrame = token(doc, tfStart, close < 0 ? line.end : close);
    descStart = close < 0 ? line.end : close + 1;
    afterClose = descStart;
  } else {
    title = token(doc, bodyStart, line.end);
  }
  const parts: Token[] = [];
  const inline = token(doc, descStart, line.end);
  if (inline) parts.push(inline);
  c.i++;
  // Continuation lines: plain text up to a blank line, a bullet or anything structural. After a
  // time frame, bullets without one belong to the description: in the registry an outcome list
  // gives every measure a time frame or none.
  while (!c.done && !c.isBlank() && (timeFrame !== undefined || !BULLET.test(c.line().text)) && !c.isStructural(c.i)) {
    parts.push(c.tok()!);
    c.i++;
  }
  const description = joinTokens(doc, parts);
  const end = description?.end ?? (afterClose > 0 ? afterClose : (timeFrame?.end ?? title?.end ?? line.end));
  return {
    kind: 'outcome',
    start: line.start + (raw.length - raw.trimStart().length),
    end,
    ...(group ? { group } : {}),
    ...(title ? { title } : {}),
    ...(timeFrame ? { timeFrame } : {}),
    ...(description ? { description } : {}),
  };
}

/** Index of the `]` closing the time frame, allowing brackets nested inside it and escaped ones. */
function findClose(doc: string, from: number, to: number): number {
  let depth = 0;
  for (let k = from; k < to; k++) {
    const ch = doc[k];
    if (ch === '\\') k++; // an escaped bracket (`\]`) is text
    else if (ch === '[') depth++;
    else if (ch === ']') {
      if (depth === 0) return k;
      depth--;
    }
  }
  return -1;
}
