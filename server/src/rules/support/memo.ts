// The rules' helpers over the analysis's per-text memo (text/memo.ts).

import type { TextValue } from '../../model/types';
import type { Finding, RuleContext } from '../types';

/** `compute(text)` through the context's memo, if it has one. */
export function byText<T>(ctx: RuleContext, kind: string, text: string, compute: (text: string) => T): T {
  return ctx.memo ? ctx.memo.get(kind, text, compute) : compute(text);
}

/** A string derived from one text (a message, a normalised key), or undefined; kept per text. */
export function stringByText(ctx: RuleContext, kind: string, text: string, derive: (text: string) => string | undefined): string | undefined {
  return byText(ctx, kind, text, derive);
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
