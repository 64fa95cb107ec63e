// The word lists the build writes to dist/dictionaries (scripts/build-dictionaries.ts), in the
// order spelling reads them: one name for the Node reader, the browser client and the tests.

export const WORD_LISTS: readonly string[] = ['english.words', 'medical-terms.words'];
