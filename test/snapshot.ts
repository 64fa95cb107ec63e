import type { TrialRecord } from '../server/src/model/types';

/**
 * The model as reviewed in test/fixtures/snapshots: ranges left out (the invariant tests check
 * every range against the text), free-text values shown as their string, and enum, date, age
 * and number values with the raw text they were read from.
 */
export function reviewable(record: TrialRecord): unknown {
  return JSON.parse(
    JSON.stringify(record, (key, v) => {
      if (key === 'range' || key === 'references' || key === 'sections') return undefined;
      if (v && typeof v === 'object' && !Array.isArray(v)) {
        const keys = Object.keys(v);
        if (keys.length === 3 && 'value' in v && 'raw' in v && 'range' in v && typeof v.value === 'string') return v.value;
      }
      return v;
    }),
  );
}
