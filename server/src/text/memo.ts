// Results of work that depends on one piece of text only, kept from a document's version to the
// next: after an edit, the values the edit did not touch are not judged again. The rules use it
// (rules/support/memo.ts), through the analysis that owns it.

const NONE = Symbol('none');

/**
 * Results by (kind, text), for one analysis. Lookups that miss fall back on the previous
 * version's results; what this version looked up is all it keeps, so memory stays bounded by
 * the document (two versions at most, until `seal`).
 */
export class TextMemo {
  private readonly maps = new Map<string, Map<string, unknown>>();
  private previous: TextMemo | undefined;

  constructor(previous?: TextMemo) {
    // An analysis never checked (an edit in a burst) passes its own predecessor on.
    this.previous = previous && previous.maps.size === 0 ? previous.previous : previous;
  }

  /**
   * `compute(text)`, or its result from this or the previous version. Results must not depend on
   * where the text is, and must hold no substring of it (see detach.ts): they outlive its version.
   */
  get<T>(kind: string, text: string, compute: (text: string) => T): T {
    let map = this.maps.get(kind);
    if (!map) this.maps.set(kind, (map = new Map()));
    const hit = map.get(text);
    if (hit !== undefined) return hit === NONE ? (undefined as T) : (hit as T);
    const old = this.previous?.maps.get(kind)?.get(text);
    const value = old !== undefined ? (old === NONE ? (undefined as T) : (old as T)) : compute(text);
    map.set(text, value === undefined ? NONE : value);
    return value;
  }

  /** Drops the previous version's results: this version's lookups are complete. */
  seal(): void {
    this.previous = undefined;
  }
}

