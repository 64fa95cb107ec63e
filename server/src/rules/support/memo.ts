import { detach } from '../../detach';
import type { TextValue } from '../../model/types';
import type { Finding, RuleContext } from '../types';

// Rule work that depends on one piece of text only, kept from a document's version to the next:
// after an edit, the values the edit did not touch are not judged again.

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

/** `compute(text)` through the context's memo, if it has one. */
export function byText<T>(ctx: RuleContext, kind: string, text: string, compute: (text: string) => T): T {
  return ctx.memo ? ctx.memo.get(kind, text, compute) : compute(text);
}

/**
 * A string derived from one text (a message, a normalised key), or undefined; kept per text,
 * as a copy that holds nothing of the text.
 */
export function stringByText(ctx: RuleContext, kind: string, text: string, derive: (text: string) => string | undefined): string | undefined {
  return byText(ctx, kind, text, (t) => {
    const derived = derive(t);
    return derived === undefined ? undefined : detach(derived);
  });
}

/** One finding on each value the judge has a message about, over the whole value. */
export function verdicts(ctx: RuleContext, kind: string, values: readonly (TextValue | undefined)[], judge: (text: string) => string | undefined): Finding[] {
  const out: Finding[] = [];
  for (const v of values) {
    const message = v && stringByText(ctx, kind, v.value, judge);
    if (message) out.push({ range: v.range, message });
  }
  return out;
}
