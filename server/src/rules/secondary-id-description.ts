import type { Rule } from './types';

const NEEDS: Record<string, string> = { OTHER_GRANT: 'the grantor', REGISTRY: 'the registry', OTHER: 'a description' };
const NOT_USED = new Set(['NIH', 'EUDRACT_NUMBER', 'CTIS']);

/** P11: a Secondary ID of type Other Grant, Registry or Other names its grantor, registry or description. */
const rule: Rule = {
  id: 'secondary-id-description',
  title: 'A secondary ID lacks its description',
  severity: 'warning',
  tags: ['presence'],
  reference: ['P11'],
  check(r) {
    return r.identification.secondaryIds.flatMap((s) => {
      const code = s.type?.code;
      if (!code) return [];
      if (NEEDS[code] && !s.domain) {
        const end = s.type!.range.end;
        return [{ range: s.id.range, message: `Secondary ID ${s.id.value} is a${/^[AEIOU]/.test(s.type!.label!) ? 'n' : ''} ${s.type!.label}: give ${NEEDS[code]}, e.g. "( ${s.type!.label}: name )".`, fixes: [{ title: `Add ${NEEDS[code]}`, edits: [{ start: end, end, newText: ': <name>' }] }] }];
      }
      if (NOT_USED.has(code) && s.domain) return [{ range: s.domain.range, message: `A description is not used with ${s.type!.label} IDs.` }];
      return [];
    });
  },
};
export default rule;
