// The tree fast-xml-parser gives, and the lookups both XML readers (legacy public XML, PRS XML) use.

import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ReadError } from './errors';

export type XNode = { [k: string]: XValue };
export type XValue = string | XNode | XValue[];

/** A parser that keeps attributes (`@name`), text as written, and the named elements as arrays. */
export function xmlParser(repeated: ReadonlySet<string>, removeNamespacePrefix = false): XMLParser {
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    textNodeName: '#text',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    htmlEntities: true,
    removeNSPrefix: removeNamespacePrefix,
    isArray: (name) => repeated.has(name),
  });
}

/** Throws a ReadError naming the line when the text is not well-formed XML. */
export function wellFormed(xml: string, name: string): void {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new ReadError(`${name}: not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`);
}

export const isNode = (v: XValue | undefined): v is XNode => v !== undefined && typeof v === 'object' && !Array.isArray(v);

/** The text of an element (or of its `#text` when it has attributes). */
export function textOf(v: XValue | undefined): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return textOf(v[0]);
  const t = v['#text'];
  return typeof t === 'string' ? t : undefined;
}

export const child = (n: XValue | undefined, key: string): XValue | undefined => (isNode(n) ? n[key] : undefined);
export const list = (n: XValue | undefined, key: string): XValue[] => {
  const v = child(n, key);
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
};
export const str = (n: XValue | undefined, key: string): string | undefined => {
  const t = textOf(child(n, key))?.trim();
  return t ? t : undefined;
};
export const attr = (n: XValue | undefined, key: string, name: string): string | undefined => {
  const v = child(n, key);
  const a = isNode(v) ? v[`@${name}`] : undefined;
  return typeof a === 'string' ? a : undefined;
};

/** The trimmed texts of a repeated element (`<condition>`…). */
export const texts = (n: XValue | undefined, key: string): string[] => list(n, key).map((c) => textOf(c)?.trim() ?? '');

/** `yes`/`no` (and `true`/`false`) as a boolean; anything else is no answer. */
export const yesNo = (raw: string | undefined): boolean | undefined => (raw === undefined ? undefined : /^(yes|true)$/i.test(raw.trim()) ? true : /^(no|false)$/i.test(raw.trim()) ? false : undefined);

/** The oversight module from the four yes/no tags a dialect names (DMC, FDA drug, FDA device, U.S. export). */
export function oversightOf(n: XValue | undefined, tags: readonly [string, string, string, string]) {
  const [dmc, drug, device, usExport] = tags.map((t) => yesNo(str(n, t)));
  return { oversightHasDmc: dmc, isFdaRegulatedDrug: drug, isFdaRegulatedDevice: device, isUsExport: usExport };
}
