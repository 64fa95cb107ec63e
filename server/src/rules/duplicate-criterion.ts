import { criteriaInOrder } from '../model/traverse';
import type { Criterion } from '../model/types';
import { detach } from '../detach';
import { byText } from './support/memo';
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

/**
 * The scope of each criterion, numbered in document order: its parent, or the paragraph or group
 * heading that precedes it among its siblings ("Group C: …" then the same numbered items again).
 */
function scopes(items: readonly Criterion[], all: readonly Criterion[]): Map<Criterion, number> {
  const out = new Map<Criterion, number>();
  const index = new Map(all.map((c, k) => [c, k]));
  const scopeSiblings = (siblings: readonly Criterion[], base: number) => {
    let scope = base;
    for (const c of siblings) {
      if (c.kind !== 'item') scope = index.get(c)!;
      out.set(c, scope);
    }
  };
  scopeSiblings(items, -1);
  all.forEach((p, k) => scopeSiblings(p.children, k));
  return out;
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
      const seenText = new Map<string, Criterion>();
      const seenTopic = new Map<string, Criterion>();
      // Siblings are compared: "Not specified" under "Hepatic:" and under "Renal:" are two criteria.
      const all = criteriaInOrder(list.items);
      const scopeOf = scopes(list.items, all);
      for (const c of all.filter((x) => x.kind === 'item' && x.text)) {
        const text = c.text!.value;
        const scope = scopeOf.get(c) ?? -1;
        const key = `${scope} ${byText(ctx, 'duplicate-criterion text', text, (x) => detach(norm(x)))}`;
        const tp = byText(ctx, 'duplicate-criterion topic', text, (x) => {
          const t = topic(x);
          return t === undefined ? t : detach(t);
        });
        const t = tp === undefined ? undefined : `${scope} ${tp}`;
        const same = seenText.get(key);
        const sameTopic = same || t === undefined ? undefined : seenTopic.get(t);
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
        if (!seenText.has(key)) seenText.set(key, c);
        if (t !== undefined && !seenTopic.has(t)) seenTopic.set(t, c);
      }
    }
    return out;
  },
};
export default rule;
