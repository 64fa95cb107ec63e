import type { Finding, Rule } from './types';

/**
 * P14: each location has a facility and a city and country; a U.S. location also a state and a
 * ZIP code. Judged by the registry's own records: every U.S. site there has a state, but a
 * quarter have no ZIP code and a few sites no facility name, so those two are warnings; and
 * the newer page layout prints no ZIP codes at all, so there a missing one is not reported.
 */
const rule: Rule = {
  id: 'location-address',
  title: 'A location lacks its facility, country, state or ZIP code',
  severity: 'error',
  tags: ['presence'],
  reference: ['P14'],
  check(r) {
    const out: Finding[] = [];
    for (const l of r.contacts.locations) {
      if (!l.facility) {
        out.push({ range: l.range, message: 'This location has no facility name: give the name of the site, e.g. the hospital or clinic.', severity: 'warning' });
        continue;
      }
      const where = `${l.address?.value ?? ''}, ${l.group?.value ?? ''}`;
      if (!l.address) {
        out.push({ range: l.facility.range, message: `Location "${l.facility.value}" has no address: give at least its city and country.` });
        continue;
      }
      if (/\bUnited States\b|\bUSA\b|\bU\.S\.A?\.?$/.test(where)) {
        const parts = l.address.value.split(',').map((p) => p.trim());
        if (r.layout === 'classic' && !/\b\d{5}(-\d{4})?\b/.test(where)) out.push({ range: l.address.range, message: `Location "${l.facility.value}" is in the United States: give its ZIP code ("City, State, United States, ZIP").`, severity: 'warning' });
        if (parts.length < 3) out.push({ range: l.address.range, message: `Location "${l.facility.value}" is in the United States: its state is required ("City, State, United States, ZIP").` });
      }
    }
    return out;
  },
};
export default rule;
