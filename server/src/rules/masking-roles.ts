import type { Rule } from './types';

const LEVELS: Record<string, number> = { NONE: 0, SINGLE: 1, DOUBLE: 2, TRIPLE: 3, QUADRUPLE: 4 };

/** C13: the masking level is the number of masked roles (None ⇒ none … Quadruple ⇒ four). */
const rule: Rule = {
  id: 'masking-roles',
  title: 'Masking level does not match the masked roles',
  severity: 'error',
  tags: ['consistency'],
  reference: ['C13'],
  check(r) {
    const m = r.design.masking;
    if (!m?.code || !(m.code in LEVELS)) return [];
    const roles = r.design.whoMasked.filter((w) => w.code);
    const want = LEVELS[m.code]!;
    const distinct = new Set(roles.map((w) => w.code)).size;
    if (want === 0 && roles.length === 0) return [];
    if (want > 0 && roles.length === 0) {
      return [{ range: m.range, message: `Masking is ${m.label} but no masked role is named: list who is masked, e.g. "${m.label} (${['Participant', 'Investigator', 'Care Provider', 'Outcomes Assessor'].slice(0, want).join(', ')})".`, severity: 'warning' }];
    }
    if (distinct === want && roles.length === distinct) return [];
    const listed = roles.map((w) => w.label).join(', ');
    return [
      {
        range: { start: m.range.start, end: roles[roles.length - 1]!.range.end + 1 },
        message: want === 0
          ? `Masking is None (Open Label) but roles are listed as masked (${listed}): in an open-label study nobody is masked.`
          : `Masking is ${m.label} (${want} role${want === 1 ? '' : 's'}) but ${distinct} distinct role${distinct === 1 ? ' is' : 's are'} listed (${listed}): the level is the number of masked roles.`,
      },
    ];
  },
};
export default rule;
