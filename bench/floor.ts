// `node out/bench/floor.js <folder>`: the least work any `trial-record check` must do, timed by
// bench/run.ts as a whole process next to `check` and the read-and-split baseline. It reads each
// record, splits it into lines, judges each line's first word against the page labels and
// headings (the parser's own tables), and looks at every word once through a 15-bit shape table
// (the cheapest lookup the prose rules use). It loads the code a check loads (the parser, the
// model and the rules, with their tables) but runs none of it: no model, no rules, no output.
// Whatever this costs, a real check costs more.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { firstWord, matchHeading, matchLabel } from '../server/src/parser/labels';
import { lineEnd, lineStarts } from '../server/src/text/lines';
import { buildModel } from '../server/src/model/build';
import { RULES } from '../server/src/rules';
import { shape } from '../server/src/rules/support/termSlips';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node out/bench/floor.js <folder of records>');
  process.exit(2);
}

const WORD = /[A-Za-z]+/g;
const shapes = new Uint8Array(1 << 15);
for (const w of ['progression', 'survival', 'toxicity', 'response', 'adverse', 'events']) shapes[shape(w, 0, w.length)] = 1;

let structural = 0;
let words = 0;
let shaped = 0;
for (const name of readdirSync(dir)) {
  const text = readFileSync(join(dir, name), 'utf8');
  const starts = lineStarts(text);
  for (let k = 0; k < starts.length; k++) {
    const line = text.slice(starts[k], lineEnd(text, starts, k));
    if (line === '') continue;
    const first = firstWord(line);
    const colon = line.indexOf(':');
    if ((colon > 0 && matchLabel(line.slice(0, colon).trim(), first)) || matchHeading(line.trim(), first)) structural++;
    WORD.lastIndex = 0;
    for (let m = WORD.exec(line); m; m = WORD.exec(line)) {
      words++;
      if (shapes[shape(line, m.index, WORD.lastIndex)]) shaped++;
    }
  }
}
// The counts and the loaded code are used, so nothing can be left out of the bundle or optimised
// away; a folder without records is an error.
if (structural === 0 || words === 0 || shaped > words || RULES.length === 0 || typeof buildModel !== 'function') process.exit(3);
