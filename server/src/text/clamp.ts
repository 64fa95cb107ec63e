// Positions from a client, made safe in one place: a line past the end, a negative or fractional
// number, NaN or a character past the line's end all become the nearest real position (a
// completion at line 1e12 once walked back a trillion lines and hung the server).

import type { Position, Range } from 'vscode-languageserver-types';

const whole = (n: unknown): number => (typeof n === 'number' && Number.isFinite(n) ? Math.max(0, Math.floor(n)) : 0);

/** The nearest position of the text: line within the text, character within the line (before its break). */
export function clampPosition(text: string, lineStarts: readonly number[], p: Position | undefined): Position {
  const line = Math.min(whole(p?.line), lineStarts.length - 1);
  const start = lineStarts[line] ?? 0;
  let end = line + 1 < lineStarts.length ? lineStarts[line + 1]! : text.length;
  while (end > start && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  return { line, character: Math.min(whole(p?.character), end - start) };
}

/** A range of clamped positions, start never after end. */
export function clampRange(text: string, lineStarts: readonly number[], r: Range | undefined): Range {
  const start = clampPosition(text, lineStarts, r?.start);
  const end = clampPosition(text, lineStarts, r?.end ?? r?.start);
  const after = end.line < start.line || (end.line === start.line && end.character < start.character);
  return after ? { start, end: start } : { start, end };
}
