// The spelling dictionary of this process: loaded once, on first use, by the loader of the
// platform (Node reads dist/dictionaries/; a browser build installs its own loader). A missing
// dictionary turns spelling off with one message, never a crash.

import type { WordSet } from './wordSet';
import { loadFromDisk } from './diskDictionary';

/** Lower-case words known to any of the lists. */
export interface Dictionary {
  has(lowerWord: string): boolean;
  /** Whether `text[start, end)`, lower-cased, is a word as it stands (no inflection tried): no copy made. */
  hasLowerCased(text: string, start: number, end: number): boolean;
}

type Loader = () => readonly WordSet[];

let loader: Loader = loadFromDisk;
let loaded: Dictionary | null | undefined;

/** Replaces how the word lists are found (a browser build, a test of a missing dictionary). */
export function setDictionaryLoader(next: Loader): void {
  loader = next;
  loaded = undefined;
}

/** The dictionary, or undefined (after one message on stderr) when its lists cannot be loaded. */
export function spellingDictionary(): Dictionary | undefined {
  if (loaded === undefined) {
    try {
      const sets = loader();
      loaded = { has: (w) => sets.some((s) => s.has(w)), hasLowerCased: (t, a, b) => sets.some((s) => s.hasLowerCased(t, a, b)) };
    } catch (e) {
      console.error(`Trial Record: spelling is off: ${e instanceof Error ? e.message : String(e)}`);
      loaded = null;
    }
  }
  return loaded ?? undefined;
}
