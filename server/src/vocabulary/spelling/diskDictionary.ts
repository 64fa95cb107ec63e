// Finds and reads the word lists that the build puts in dist/dictionaries/ (see
// scripts/build-dictionaries.ts): beside the bundle that runs (dist/server.js, dist/cli.js), or,
// for code run from out/ (tests, bench), in the repository's dist/.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { WORD_LISTS as LISTS } from './wordLists';
import { WordSet } from './wordSet';

function folder(): string {
  const tried: string[] = [];
  for (let dir = __dirname, k = 0; k < 6; k++, dir = dirname(dir)) {
    for (const candidate of [join(dir, 'dictionaries'), join(dir, 'dist', 'dictionaries')]) {
      if (existsSync(join(candidate, LISTS[0]!))) return candidate;
      tried.push(candidate);
    }
  }
  throw new Error(`no word lists found (looked in ${tried.slice(0, 2).join(', ')} and the folders above); run the build (npm install)`);
}

export function loadFromDisk(): readonly WordSet[] {
  const dir = folder();
  return LISTS.map((f) => {
    try {
      return WordSet.decode(readFileSync(join(dir, f)));
    } catch (e) {
      throw new Error(`${join(dir, f)}: ${e instanceof Error ? e.message : String(e)}`);
    }
  });
}
