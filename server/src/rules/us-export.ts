import type { Rule } from './types';

/**
 * P16: "Product Manufactured in and Exported from the U.S." is required when the study has an
 * FDA-regulated product, no U.S. site (and no IND/IDE, which the page does not show: hence a warning).
 */
const rule: Rule = {
  id: 'us-export',
  title: 'Export from the U.S. is not stated for a study with no U.S. site',
  severity: 'warning',
  tags: ['presence'],
  reference: ['P16'],
  check(r) {
    const o = r.oversight;
    const regulated = o.isFdaRegulatedDrug?.value === true || o.isFdaRegulatedDevice?.value === true;
    const locs = r.contacts.locations;
    if (!regulated || o.isUsExport || locs.length === 0) return [];
    if (locs.some((l) => /\bUnited States\b|\bUSA\b/.test(`${l.address?.value ?? ''} ${l.group?.value ?? ''}`))) return [];
    const where = (o.isFdaRegulatedDrug?.value ? o.isFdaRegulatedDrug : o.isFdaRegulatedDevice)!;
    return [{ range: where.range, message: 'The study has an FDA-regulated product and no U.S. site: unless it has a U.S. IND or IDE, answer "Product Manufactured in and Exported from the U.S." (Yes or No).' }];
  },
};
export default rule;
