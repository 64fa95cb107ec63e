import type { Organization } from '../model/types';
import type { Rule } from './types';

const FEDERAL_NAME = /\b(National Institutes? of Health|National Cancer Institute|National Heart, Lung, and Blood Institute|National Institute (?:of|on) [A-Z][\w ,]+|NIH|NCI|NHLBI|Department of Veterans Affairs|VA Office of Research|Centers for Disease Control|CDC|Agency for Healthcare Research and Quality|AHRQ|SAMHSA|Food and Drug Administration|FDA)\b/;
const GRANT_TYPES = new Set(['NIH', 'FDA', 'VA', 'CDC', 'AHRQ', 'SAMHSA', 'OTHER_GRANT']);

const federal = (o: Organization) => o.agencyClass?.code === 'NIH' || o.agencyClass?.code === 'FED' || FEDERAL_NAME.test(o.name.value);

/**
 * P12: a study funded by the U.S. federal government lists the complete grant or contract number
 * as a Secondary ID. The page does not state funding, so a federal sponsor or collaborator is
 * the signal, and the finding is information.
 */
const rule: Rule = {
  id: 'federal-grant-id',
  title: 'A federally funded study lists no grant number',
  severity: 'information',
  tags: ['presence'],
  reference: ['P12'],
  check(r) {
    const orgs = [...(r.sponsor.leadSponsor ? [r.sponsor.leadSponsor] : []), ...r.sponsor.collaborators];
    const funder = orgs.find(federal);
    if (!funder) return [];
    if (r.identification.secondaryIds.some((s) => s.type?.code && GRANT_TYPES.has(s.type.code))) return [];
    return [
      {
        range: funder.name.range,
        message: `${funder.name.value} is a U.S. federal agency: if it funds the study, list the complete grant or contract number as a Secondary ID (e.g. "5R01CA123456-02 ( U.S. NIH Grant/Contract )").`,
      },
    ];
  },
};
export default rule;
