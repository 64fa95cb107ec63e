// A dictionary of a few hundred thousand words as a sorted array of 64-bit hashes: it loads as
// one typed-array view of a file (no string per word, nothing to parse), and a lookup is a binary
// search. Two independent 32-bit FNV-1a hashes make 64 bits: with 400,000 words a random string
// is taken for a word about once in 10^13 lookups.

const MAGIC = 0x44575254; // "TRWD", little-endian
const VERSION = 1;
const HEADER = 3; // magic, version, count (32-bit words)

/**
 * The two halves of the hash of `text[start, end)` lower-cased (FNV-1a over UTF-16 code units,
 * with two offset bases; A–Z folded as they are read, so a word is looked up without a copy).
 */
function hash(text: string, start = 0, end = text.length): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return [a >>> 0, b >>> 0];
}

// Most strings looked up are not words (a misspelling's neighbours): a bitmap of the first
// hash's top bits turns nearly all of them away before the binary search.
const FILTER_BITS = 24;

/** A 32-bit hash of `text[start, end)` lower-cased: for sets of a record's own words, where 32 bits are plenty. */
export function wordHash(text: string, start = 0, end = text.length): number {
  return hash(text, start, end)[0];
}

export class WordSet {
  private readonly filter = new Uint8Array(1 << (FILTER_BITS - 3));

  private constructor(private readonly pairs: Uint32Array) {
    for (let k = 0; k < pairs.length; k += 2) {
      const bit = pairs[k]! >>> (32 - FILTER_BITS);
      this.filter[bit >>> 3]! |= 1 << (bit & 7);
    }
  }

  get size(): number {
    return this.pairs.length / 2;
  }

  has(word: string): boolean {
    return this.hasLowerCased(word, 0, word.length);
  }

  /** Whether `text[start, end)`, lower-cased, is in the set. */
  hasLowerCased(text: string, start: number, end: number): boolean {
    const [hi, lo] = hash(text, start, end);
    const bit = hi >>> (32 - FILTER_BITS);
    if ((this.filter[bit >>> 3]! & (1 << (bit & 7))) === 0) return false;
    const p = this.pairs;
    let low = 0;
    let high = p.length / 2 - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const h = p[2 * mid]!;
      const l = p[2 * mid + 1]!;
      if (h === hi && l === lo) return true;
      if (h < hi || (h === hi && l < lo)) low = mid + 1;
      else high = mid - 1;
    }
    return false;
  }

  /** The set of `words`, lower-cased (A–Z only, as lookups fold them). */
  static of(words: Iterable<string>): WordSet {
    const hashes: [number, number][] = [];
    const seen = new Set<string>();
    for (const w of words) {
      if (seen.has(w)) continue;
      seen.add(w);
      hashes.push(hash(w));
    }
    hashes.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    const pairs = new Uint32Array(hashes.length * 2);
    hashes.forEach(([h, l], k) => {
      pairs[2 * k] = h;
      pairs[2 * k + 1] = l;
    });
    return new WordSet(pairs);
  }

  /** The file form: a header, then the sorted hash pairs. */
  encode(): Uint8Array {
    const out = new Uint32Array(HEADER + this.pairs.length);
    out[0] = MAGIC;
    out[1] = VERSION;
    out[2] = this.size;
    out.set(this.pairs, HEADER);
    return new Uint8Array(out.buffer);
  }

  /** Reads `encode`'s output; a file of another shape is refused with a message, never half-read. */
  static decode(bytes: Uint8Array): WordSet {
    if (bytes.byteLength < HEADER * 4 || bytes.byteLength % 4 !== 0) throw new Error('not a Trial Record word list (bad length)');
    // Aligned bytes are viewed in place; others (a Buffer slice of a pooled block) are copied once.
    const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
    const words = new Uint32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength / 4);
    if (words[0] !== MAGIC || words[1] !== VERSION) throw new Error('not a Trial Record word list (bad header)');
    if (words[2]! * 2 !== words.length - HEADER) throw new Error('not a Trial Record word list (bad count)');
    return new WordSet(words.subarray(HEADER));
  }
}
