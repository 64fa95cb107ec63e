// The UTF-8 size the size cap reads: the browser build's count (text/utf8.web.ts, a worker has no
// Buffer) held to Node's own (text/utf8.ts) on any text, lone surrogates included.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { utf8Length as nodeLength } from '../../server/src/text/utf8';
import { utf8Length } from '../../server/src/text/utf8.web';

describe('utf8Length', () => {
  it('counts what Buffer.byteLength counts, for any UTF-16 text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => utf8Length(s) === nodeLength(s)), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }), (s) => utf8Length(s) === nodeLength(s)), { numRuns: 2000 });
    // By hand: 'é' 2 bytes, '€' 3, '😀' (a surrogate pair) 4, a lone high surrogate 3 (U+FFFD).
    assert.equal(utf8Length('aé€😀\ud800'), 1 + 2 + 3 + 4 + 3);
  });
});
