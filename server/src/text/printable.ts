// Text for a terminal: control characters and bidirectional overrides from a record or a file name
// are shown escaped, never acted on (an ANSI escape would recolour the terminal, a right-to-left
// override reorder the line, a newline in a file name forge a result line).

// C0 and C1 controls but tab, DEL, the bidi marks, embeddings, overrides and isolates, and the
// Unicode line and paragraph separators.
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

/** `s` with every unsafe character written as `\u{…}` (`\n` and `\r` as themselves). */
export function printable(s: string): string {
  return s.replace(UNSAFE, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : `\\u{${c.codePointAt(0)!.toString(16)}}`));
}
