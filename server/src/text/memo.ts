// Results of work that depends on one piece of text only, kept from a document's version to the
// next: after an edit, the values the edit did not touch are not judged again. The rules use it
// (rules/support/memo.ts), through the analysis that owns it.

import { detach } from './detach';

const NONE = Symbol('none');

/**
 * A copy of a result that shares no memory with any document: strings are detached; arrays, plain
 * objects, Sets and Maps copied. This is the one place the rule is enforced (results outlive the version
 * whose text they were computed from, and a substring would keep that whole text alive).
 */
function detached<T>(v: T): T {
  if (typeof v === 'string') return detach(v) as T;
  // Lists of numbers (word hashes, offsets) are common and hold no text: kept as they are.
  if (Array.isArray(v)) return (v.every((x) => typeof x === 'number') ? v : v.map(detached)) as T;
  if (v instanceof Set) return new Set([...v].map(detached)) as T;
  if (v instanceof Map) return new Map([...v].map(([k, x]) => [detached(k), detached(x)])) as T;
  // Typed arrays and other non-plain objects hold no strings of ours: kept as they are.
  if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    const o: Record<string, unknown> = {};
    for (const k of Object.keys(v)) o[k] = detached((v as Record<string, unknown>)[k]);
    return o as T;
  }
  return v;
}

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
   * where the text is; they are kept detached (strings, arrays and plain objects only).
   */
  get<T>(kind: string, text: string, compute: (text: string) => T): T {
    let map = this.maps.get(kind);
    if (!map) this.maps.set(kind, (map = new Map()));
    const hit = map.get(text);
    if (hit !== undefined) return hit === NONE ? (undefined as T) : (hit as T);
    const old = this.previous?.maps.get(kind)?.get(text);
    const value = old !== undefined ? (old === NONE ? (undefined as T) : (old as T)) : detached(compute(text));
    map.set(text, value === undefined ? NONE : value);
    return value;
  }

  /** Drops the previous version's results: this version's lookups are complete. */
  seal(): void {
    this.previous = undefined;
  }
}

