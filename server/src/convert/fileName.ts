// The name an imported record is saved under. It comes only from the record's identifiers, made
// safe: a file name, never a path (an NCT ID of `../escaped` must not leave the folder).

const NCT_ID = /^NCT\d{8}$/;

/** `NCT05897541`, else the Unique Protocol ID with everything but letters, digits, `.`, `_` and `-` replaced; undefined when neither gives a name. */
export function recordBaseName(nctId: string | undefined, orgStudyId: string | undefined): string | undefined {
  const nct = nctId?.trim();
  if (nct && NCT_ID.test(nct)) return nct;
  const safe = (orgStudyId ?? '')
    .replace(/[^\w.-]+/g, '_')
    .replace(/\.{2,}/g, '_')
    .replace(/_+/g, '_')
    .replace(/^[._-]+|[._-]+$/g, '')
    .slice(0, 100);
  return safe === '' ? undefined : safe;
}
