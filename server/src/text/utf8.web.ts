// The UTF-8 size of a text in the browser build (the twin of utf8.ts): counted without encoding
// it, since a worker has no Buffer.

/** Bytes `text` takes in UTF-8: a lone surrogate counts as U+FFFD (3 bytes), as encoders write it. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && k + 1 < text.length && (text.charCodeAt(k + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      k++;
    } else n += 3;
  }
  return n;
}
