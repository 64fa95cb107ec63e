// A record file's bytes as text, decoded as an editor would: UTF-8 (with or without its BOM), or
// UTF-16 with a BOM. A stray NUL or an invalid UTF-8 sequence is text with a note, not a refusal;
// only bytes that are mostly NULs (a binary file, or UTF-16 without its BOM) are not text.

export type Decoded = { readonly text: string; readonly notes: readonly string[] } | { readonly binary: true };

/** The 1-based line of offset `o` in `s`. */
const lineOf = (s: string, o: number) => s.slice(0, o).split('\n').length;

export function decodeText(buf: Uint8Array): Decoded {
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(buf.subarray(2)), notes: [] };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(buf.subarray(2)), notes: [] };
  const head = buf.subarray(0, 8192);
  let nuls = 0;
  for (const b of head) if (b === 0) nuls++;
  if (nuls > 0 && nuls * 10 > head.length) return { binary: true };
  const body = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? buf.subarray(3) : buf;
  const text = new TextDecoder('utf-8').decode(body);
  const notes: string[] = [];
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) {
    let valid = true;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      valid = false;
    }
    if (!valid) notes.push(`bytes that are not UTF-8 were read as U+FFFD (first on line ${lineOf(text, bad)}); save the file as UTF-8`);
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) notes.push(`a NUL character on line ${lineOf(text, nul)} was read as text`);
  return { text, notes };
}
