// Reads ClinicalTrials.gov data files: API v2 JSON (one study, the array download, or a search
// page), the legacy public <clinical_study> XML and PRS upload XML (PRS "Download XML"). Problems
// are thrown as ReadError with a clear message.

import type { ApiProtocolSection } from './api';
import { ReadError } from './errors';
import { xmlToProtocol } from './xml';
import { isPrsXml, prsToProtocols } from './prsRead';
import { isObject } from '../json';
import { unescape } from '../model/values';

export { ReadError } from './errors';

export interface ReadStudy {
  readonly protocol: ApiProtocolSection;
  /** What the file holds that the text form cannot carry. */
  readonly notes: readonly string[];
}

/** The protocol sections in a data file's text; `name` is used in messages. */
export function readStudies(text: string, name: string): ApiProtocolSection[] {
  return readStudiesWithNotes(text, name).map((s) => s.protocol);
}

/** The protocol sections in a data file's text, each with the reader's notes. */
export function readStudiesWithNotes(text: string, name: string): ReadStudy[] {
  try {
    return readAll(text, name);
  } catch (e) {
    throw asReadError(e, name);
  }
}

/** Data of the wrong shape is the file's problem, said in one line, never an internal error. */
export function asReadError(e: unknown, name: string): ReadError {
  if (e instanceof ReadError) return e;
  if (e instanceof RangeError) return new ReadError(`${name}: nested too deeply to read`);
  const why = e instanceof Error ? e.message : String(e);
  if (/external entit/i.test(why)) return new ReadError(`${name}: the XML declares external entities (a DOCTYPE), which are never read`);
  return new ReadError(`${name}: a value has the wrong type or shape for a ClinicalTrials.gov study (${why})`);
}

function readAll(text: string, name: string): ReadStudy[] {
  const t = text.replace(/^\uFEFF/, '').trimStart();
  if (t.startsWith('<')) return isPrsXml(t) ? prsToProtocols(t, name) : [{ protocol: xmlToProtocol(t, name), notes: [] }];
  if (!t.startsWith('{') && !t.startsWith('[')) throw new ReadError(`${name}: neither JSON nor XML (expected a ClinicalTrials.gov API v2 study, a <clinical_study> record or PRS upload XML)`);
  return jsonStudies(t, name).map((protocol) => ({ protocol: plainText(protocol), notes: [] }));
}

/**
 * API v2 text is Markdown: `\<`, `\*` and `\[` stand for the characters themselves, which is
 * what the record shows (and what PRS and the export hold).
 */
function plainText<T>(v: T): T {
  if (typeof v === 'string') return unescape(v) as T;
  if (Array.isArray(v)) return v.map(plainText) as T;
  if (isObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plainText(x)])) as T;
  return v;
}

function jsonStudies(t: string, name: string): ApiProtocolSection[] {
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
