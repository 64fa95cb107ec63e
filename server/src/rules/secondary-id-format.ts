import type { Finding, Rule, Severity } from './types';

const FORMATS: Record<string, { re: RegExp; what: string; example: string; severity: Severity }> = {
  EUDRACT_NUMBER: { re: /^\d{4}-\d{6}-\d{2}$/, what: 'a EudraCT number is YYYY-NNNNNN-CC', example: '2020-003096-18', severity: 'warning' },
  CTIS: { re: /^\d{4}-\d{6}-\d{2}-\d{2}$/, what: 'an EU CT (CTIS) number is YYYY-NNNNNN-NN-NN', example: '2025-522006-21-00', severity: 'warning' },
};
const UTN = /^U1111-\d{4}-\d{4}$/;

/** F5–F7: EudraCT, EU CT and WHO UTN numbers have fixed formats; IDs are at most 30 characters (F1). */
const rule: Rule = {
  id: 'secondary-id-format',
  title: 'A secondary ID does not have its registry\'s format',
  severity: 'warning',
  tags: ['format'],
  reference: ['F5', 'F6', 'F7'],
  check(r) {
    const out: Finding[] = [];
    for (const s of r.identification.secondaryIds) {
      const f = s.type?.code ? FORMATS[s.type.code] : undefined;
      const id = s.id.value;
      if (f && !f.re.test(id)) out.push({ range: s.id.range, message: `"${id}" does not look like its type: ${f.what} (e.g. ${f.example}).` });
      const claimsUtn = /\bUTN\b/i.test(s.domain?.value ?? '') || /^U1111/i.test(id);
      if (claimsUtn && !UTN.test(id)) out.push({ range: s.id.range, message: `"${id}" does not look like a WHO Universal Trial Number: U1111-NNNN-NNNN (e.g. U1111-1244-1644).` });
    }
    return out;
  },
};
export default rule;
