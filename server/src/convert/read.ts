// Reads ClinicalTrials.gov data files: API v2 JSON (one study, the array download, or a search
// page) and the legacy <clinical_study> XML. Problems are thrown as ReadError with a clear message.

import type { ApiProtocolSection } from './api';
import { ReadError } from './errors';
import { xmlToProtocol } from './xml';
import { isObject } from '../json';

export { ReadError } from './errors';

/** The protocol sections in a data file's text; `name` is used in messages. */
export function readStudies(text: string, name: string): ApiProtocolSection[] {
  const t = text.replace(/^\uFEFF/, '').trimStart();
  if (t.startsWith('<')) return [xmlToProtocol(t, name)];
  if (!t.startsWith('{') && !t.startsWith('[')) throw new ReadError(`${name}: neither JSON nor XML (expected a ClinicalTrials.gov API v2 study or a <clinical_study> record)`);
  let data: unknown;
  try {
    data = JSON.parse(t);
  } catch (e) {
    throw new ReadError(`${name}: not valid JSON (${(e as Error).message})`);
  }
  const list = Array.isArray(data) ? data : isObject(data) && Array.isArray(data.studies) ? data.studies : [data];
  const out: ApiProtocolSection[] = [];
  list.forEach((s: unknown, k: number) => {
    if (!isObject(s) || !isObject(s.protocolSection)) {
      throw new ReadError(`${name}: ${list.length > 1 ? `item ${k + 1} is` : 'this is'} not a ClinicalTrials.gov API v2 study (no "protocolSection")`);
    }
    out.push(s.protocolSection as ApiProtocolSection);
  });
  if (out.length === 0) throw new ReadError(`${name}: holds no studies`);
  return out;
}
