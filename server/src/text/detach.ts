// Substrings in V8 are slices that keep the whole string they were cut from in memory. A cache
// that outlives a document version must hold copies, or it keeps every version it saw.

/** A string equal to `s` that shares no memory with it (and so with no document). */
export function detach(s: string): string {
  // Concatenating makes a rope; slicing a rope first flattens it into a new string.
  return (' ' + s).slice(1);
}
