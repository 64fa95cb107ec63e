import { criteriaInOrder } from '../model/traverse';
import type { Criterion } from '../model/types';
import type { Finding, Rule } from './types';

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
/** A leading topic label such as "Recent Therapies:" (seed 003). */
const topic = (s: string) => /^([^:]{3,40}):\s/.exec(s)?.[1]?.trim().toLowerCase();

/** A criterion repeated within a list: the same text, or the same topic label twice (a copy-paste slip). */
const rule: Rule = {
  id: 'duplicate-criterion',
  title: 'A criterion is repeated',
  severity: 'warning',
  tags: ['contradiction', 'quality'],
  reference: ['C21', 'Q13'],
  check(r) {
    const out: Finding[] = [];
    for (const list of r.eligibility.criteria) {
      const byText = new Map<string, Criterion>();
      const byTopic = new Map<string, Criterion>();
      for (const c of criteriaInOrder(list.items).filter((x) => x.kind === 'item' && x.text)) {
        const text = c.text!.value;
        const key = norm(text);
        const t = topic(text);
        const same = byText.get(key);
        const sameTopic = same || t === undefined ? undefined : byTopic.get(t);
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
        if (!byText.has(key)) byText.set(key, c);
        if (t !== undefined && !byTopic.has(t)) byTopic.set(t, c);
      }
    }
    return out;
  },
};
export default rule;
