// What the export of a real page's text must agree on with its source JSON (issue 13):
// locations, why stopped, outcomes, interventions and their arm links, secondary IDs and the
// responsible party's type.
import { analyze } from '../server/src/analysis/analyze';
import type { ApiProtocolSection } from '../server/src/convert/api';
import { exportRecord } from '../server/src/convert/export';
import { comparable, type Disagreement, family } from './agreement';
import type { Page } from './pages/common';

const FAMILIES = new Set([
  'status.whyStopped',
  'identification.secondaryIds',
  'sponsor.responsiblePartyType',
  'interventions.count',
  'interventions.name',
  'interventions.type',
  'interventions.armGroupLabels',
  'arms.count',
  'arms.interventionNames',
  'primaryOutcomes.count',
  'primaryOutcomes.measure',
  'primaryOutcomes.timeFrame',
  'secondaryOutcomes.count',
  'secondaryOutcomes.measure',
  'secondaryOutcomes.timeFrame',
  'otherOutcomes.count',
  'otherOutcomes.measure',
  'otherOutcomes.timeFrame',
  'locations.count',
  'locations.facility',
  'locations.city',
  'locations.country',
]);

const ws = (s: string | undefined) => (s ?? '').replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/\s+/g, ' ').trim();

function values(p: ApiProtocolSection): Record<string, string> {
  const all = comparable(p);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(all)) if (FAMILIES.has(family(k))) out[k] = v;
  const locations = p.contactsLocationsModule?.locations ?? [];
  out['locations.count'] = String(locations.length);
  locations.forEach((l, k) => {
    out[`locations[${k}].facility`] = ws(l.facility);
    out[`locations[${k}].city`] = ws(l.city);
    out[`locations[${k}].country`] = ws(l.country);
  });
  return out;
}

/** The fields of the page's export that differ from the source. */
export function pageDisagreements(page: Page, source: ApiProtocolSection): Disagreement[] {
  const exported = exportRecord(analyze(page.text)).study.protocolSection;
  const a = values(source);
  const b = values(exported);
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((f) => (a[f] ?? '') !== (b[f] ?? '')).map((f) => ({ field: f, source: a[f] ?? '', exported: b[f] ?? '' }));
}
