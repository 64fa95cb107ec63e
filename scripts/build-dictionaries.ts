// Builds the spelling dictionaries the misspelled-word rule loads: the maintained word lists of
// the CSpell project, as installed from npm, turned into the hashed form of
// vocabulary/spelling/wordSet.ts, in the folder given (esbuild.mjs keeps them in a cache and
// copies them to dist/dictionaries/); a list is rebuilt only when its packages' versions change.
//
// - English: @cspell/dict-en_us and @cspell/dict-en-gb-mit (both MIT), merged: records are
//   written in both spellings (randomized/randomised, tumor/tumour).
// - Medical terms: @cspell/dict-medicalterms (GPL-3.0-or-later): its own file, with its licence
//   beside it, never merged into the MIT list.

import { decodeTrie, parseDictionary } from 'cspell-trie-lib';
import { gunzipSync } from 'node:zlib';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WordSet } from '../server/src/vocabulary/spelling/wordSet';

const OUT = process.argv[2] ?? 'dist/dictionaries';
const pkgDir = (name: string) => join('node_modules', name);
const version = (name: string) => (JSON.parse(readFileSync(join(pkgDir(name), 'package.json'), 'utf8')) as { version: string }).version;

// Words as the rule looks them up: lower-case letters with inner apostrophes and hyphens.
const WORD = /^[a-z][a-z'-]*$/;

function* lowerWords(words: Iterable<string>): Iterable<string> {
  for (const w of words) {
    const low = w.toLowerCase();
    if (WORD.test(low)) yield low;
  }
}

interface List {
  readonly file: string;
  readonly packages: readonly string[];
  readonly licence: string;
  words(): Iterable<string>;
}

const LISTS: readonly List[] = [
  {
    file: 'english',
    packages: ['@cspell/dict-en_us', '@cspell/dict-en-gb-mit'],
    licence: 'MIT',
    *words() {
      for (const [name, file] of [
        ['@cspell/dict-en_us', 'en_US.trie.gz'],
        ['@cspell/dict-en-gb-mit', 'en_GB.trie.gz'],
      ] as const) {
        yield* lowerWords(decodeTrie(gunzipSync(readFileSync(join(pkgDir(name), file)))).words());
      }
    },
  },
  {
    file: 'medical-terms',
    packages: ['@cspell/dict-medicalterms'],
    licence: 'GPL-3.0-or-later',
    *words() {
      const text = gunzipSync(readFileSync(join(pkgDir('@cspell/dict-medicalterms'), 'dict', 'medicalterms-en.txt.gz'))).toString('utf8');
      yield* lowerWords(parseDictionary(text).words());
    },
  },
];

mkdirSync(OUT, { recursive: true });
for (const list of LISTS) {
  const stamp = list.packages.map((p) => `${p}@${version(p)}`).join(' ');
  const target = join(OUT, `${list.file}.words`);
  const stampFile = join(OUT, `${list.file}.source`);
  if (existsSync(target) && existsSync(stampFile) && readFileSync(stampFile, 'utf8').split('\n')[0] === stamp) continue;
  const set = WordSet.of(list.words());
  writeFileSync(target, set.encode());
  writeFileSync(stampFile, `${stamp}\nLicence: ${list.licence}. Built from the npm packages above by scripts/build-dictionaries.ts; ${set.size} words.\n`);
  for (const p of list.packages) copyFileSync(join(pkgDir(p), 'LICENSE'), join(OUT, `${list.file}.${p.replace(/^@cspell\//, '')}.LICENSE`));
  console.error(`dictionaries: ${list.file} ${set.size} words (${stamp})`);
}
