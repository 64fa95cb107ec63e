// The word lists in the browser build (the twin of diskDictionary.ts): there is no disk, so the
// client reads dist/dictionaries/*.words from the extension and hands them over at initialize.

import { WordSet } from './wordSet';

let given: readonly Uint8Array[] | undefined;

/** The lists' bytes, in the order the build writes them (english, medical terms). */
export function provideWordLists(lists: readonly Uint8Array[]): void {
  given = lists;
}

export function loadFromDisk(): readonly WordSet[] {
  if (!given || given.length === 0) throw new Error('the client gave no word lists');
  return given.map((bytes) => WordSet.decode(bytes));
}
