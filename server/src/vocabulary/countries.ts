// Country names that hold a comma, as ClinicalTrials.gov writes them in locations (the corpus
// records and the registry's ISO 3166 short names). An address `Seoul, Korea, Republic of` is
// split at its commas, so these must be known to find where the country starts.
export const COMMA_COUNTRIES: readonly string[] = [
  'Korea, Republic of',
  "Korea, Democratic People's Republic of",
  'Iran, Islamic Republic of',
  'Congo, The Democratic Republic of the',
  'Macedonia, The Former Yugoslav Republic of',
  'Moldova, Republic of',
  'Tanzania, United Republic of',
  'Micronesia, Federated States of',
  'Virgin Islands, U.S.',
  'Virgin Islands, British',
  'Palestinian Territory, occupied',
  'Bolivia, Plurinational State of',
  'Venezuela, Bolivarian Republic of',
  'Taiwan, Province of China',
];

const joined = new Map(COMMA_COUNTRIES.map((c) => [c.toLowerCase(), c.split(',').length]));
// The first words of those names: most addresses hold none, and split plainly.
const FIRST = new RegExp(`\\b(?:${[...new Set(COMMA_COUNTRIES.map((c) => c.split(',')[0]!))].join('|')}),`, 'i');

/** The comma-separated parts of an address, with a comma-holding country name kept whole. */
export function addressParts(s: string): string[] {
  const p = s.split(/\s*,\s*/).filter((x) => x !== '');
  if (!FIRST.test(s)) return p;
  const out: string[] = [];
  for (let k = 0; k < p.length; k++) {
    const n = [2, 3].find((len) => k + len <= p.length && joined.get(p.slice(k, k + len).join(', ').toLowerCase()) === len);
    if (n) {
      out.push(p.slice(k, k + n).join(', '));
      k += n - 1;
    } else out.push(p[k]!);
  }
  return out;
}
