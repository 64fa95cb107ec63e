import type { Criterion } from '../model/types';
import { stringByText } from './support/memo';
import type { Finding, Rule } from './types';

/** Letters and digits only, lower case; plain ASCII (most criteria) skips the costlier Unicode classes. */
const norm = (s: string) => {
  const l = s.toLowerCase();
  return (/^[\x00-\x7f]*$/.test(l) ? l.replace(/[^a-z0-9]+/g, ' ') : l.replace(/[^\p{L}\p{N}]+/gu, ' ')).trim();
};
/** A leading topic label such as "Recent Therapies:" (seed 003). */
const topic = (s: string) => {
  const t = /^([^:]{3,40}):\s/.exec(s)?.[1]?.trim().toLowerCase();
  // "Note:" and the like open many criteria; they are not topics.
  return t === undefined || /^(notes?|nb|n\.b\.|e\.g\.|i\.e\.|exceptions?|examples?)$/.test(t) ? undefined : t;
};

/** The first criterion seen under each (scope, key). */
class FirstSeen {
  private readonly byScope = new Map<number, Map<string, Criterion>>();

  get(scope: number, key: string): Criterion | undefined {
    return this.byScope.get(scope)?.get(key);
  }

  /** Records `c` unless the key was seen in the scope. */
  add(scope: number, key: string, c: Criterion): void {
    let m = this.byScope.get(scope);
    if (!m) this.byScope.set(scope, (m = new Map()));
    if (!m.has(key)) m.set(key, c);
  }
}

/**
 * Visits a list's items in document order with their scope: the index (in document order) of
 * their parent, or of the paragraph or group heading that precedes them among their siblings
 * ("Group C: …" then the same numbered items again). A stack, not recursion: nesting is unbounded.
 */
function withScopes(items: readonly Criterion[], visit: (c: Criterion, scope: number) => void): void {
  const stack: { list: readonly Criterion[]; i: number; scope: number }[] = [{ list: items, i: 0, scope: -1 }];
  let index = 0;
  while (stack.length > 0) {
    const f = stack[stack.length - 1]!;
    if (f.i >= f.list.length) {
      stack.pop();
      continue;
    }
    const c = f.list[f.i++]!;
    const k = index++;
    if (c.kind !== 'item') f.scope = k;
    else if (c.text) visit(c, f.scope);
    if (c.children.length > 0) stack.push({ list: c.children, i: 0, scope: k });
  }
}

/** A criterion repeated within a list: the same text, or the same topic label twice (a copy-paste slip). */
const rule: Rule = {
  id: 'duplicate-criterion',
  title: 'A criterion is repeated',
  severity: 'warning',
  tags: ['contradiction', 'quality'],
  reference: ['C21', 'Q13'],
  check(r, ctx) {
    const out: Finding[] = [];
    for (const list of r.eligibility.criteria) {
      // Siblings are compared: "Not specified" under "Hepatic:" and under "Renal:" are two criteria.
      const seenText = new FirstSeen();
      const seenTopic = new FirstSeen();
      withScopes(list.items, (c, scope) => {
        const text = c.text!.value;
        const key = stringByText(ctx, 'duplicate-criterion text', text, norm)!;
        const tp = stringByText(ctx, 'duplicate-criterion topic', text, topic);
        const same = seenText.get(scope, key);
        const sameTopic = same || tp === undefined ? undefined : seenTopic.get(scope, tp);
        const earlier = same ?? sameTopic;
        if (earlier) {
          out.push({
            range: c.text!.range,
            message: same
              ? `This criterion repeats an earlier one word for word: remove one of them.`
              : `This criterion repeats the heading "${text.slice(0, text.indexOf(':'))}" of an earlier one: merge them or give this one its own heading (it may be a copy-paste slip).`,
            related: [{ range: earlier.text!.range, message: 'the earlier criterion' }],
            ...(same ? { fixes: [{ title: 'Remove the repeated criterion', edits: [{ start: c.range.start, end: c.range.end, newText: '' }] }] } : {}),
          });
        }
        seenText.add(scope, key, c);
        if (tp !== undefined) seenTopic.add(scope, tp, c);
      });
    }
    return out;
  },
};
export default rule;
