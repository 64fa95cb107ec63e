/** A JSON object (not null, not an array): what settings, cache files and ClinicalTrials.gov data are checked for before their fields are read. */
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
