// Tokens: trimmed pieces of the document with their offsets, as the syntax tree keeps them.

import type { Span, Token } from './syntax';
import { isSpace, type Line } from '../text/lines';

/** The trimmed part of `text` between `from` and `to` (offsets into the whole document). */
export function token(doc: string, from: number, to: number): Token | undefined {
  let a = from;
  let b = to;
  while (a < b && isSpace(doc.charCodeAt(a))) a++;
  while (b > a && isSpace(doc.charCodeAt(b - 1))) b--;
  if (a >= b) return undefined;
  return { start: a, end: b, text: doc.slice(a, b) };
}

/** Token for a whole line, trimmed; undefined for a blank line. */
export function lineToken(doc: string, line: Line): Token | undefined {
  return token(doc, line.start, line.end);
}

/** A token covering several tokens (their first start to their last end). */
export function joinTokens(doc: string, parts: readonly Span[]): Token | undefined {
  if (parts.length === 0) return undefined;
  const start = parts[0]!.start;
  const end = parts[parts.length - 1]!.end;
  return { start, end, text: doc.slice(start, end) };
}

/**
 * Splits a token at every occurrence of `sep` (a string, or a RegExp with the g flag, created
 * once by the caller), returning the trimmed pieces between.
 */
export function splitToken(doc: string, t: Token, sep: string | RegExp): Token[] {
  const out: Token[] = [];
  let from = t.start;
  const push = (at: number, len: number): void => {
    const piece = token(doc, from, t.start + at);
    if (piece) out.push(piece);
    from = t.start + at + len;
  };
  if (typeof sep === 'string') {
    for (let at = t.text.indexOf(sep); at >= 0; at = t.text.indexOf(sep, at + sep.length)) push(at, sep.length);
  } else {
    sep.lastIndex = 0;
    for (let m = sep.exec(t.text); m; m = sep.exec(t.text)) {
      push(m.index, m[0].length);
      if (m[0].length === 0) sep.lastIndex++; // an empty match would not advance
    }
  }
  const last = token(doc, from, t.end);
  if (last) out.push(last);
  return out;
}
