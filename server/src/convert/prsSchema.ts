// Validation of PRS upload XML against the official schemas (ProtocolRecordSchema.xsd with the
// RRSUploadSchema.xsd it imports) by xmllint-wasm: libxml2 built to WebAssembly, so it needs no
// network and no native build. It runs xmllint in a worker thread.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';

export interface PrsSchemas {
  readonly protocol: string;
  readonly rrs: string;
}

export interface SchemaError {
  /** 1-based line of the XML file. */
  readonly line: number;
  readonly message: string;
}

export const PROTOCOL_XSD = 'ProtocolRecordSchema.xsd';
export const RRS_XSD = 'RRSUploadSchema.xsd';

/** The schemas from a folder holding both files (dist/prs in the bundles). */
export function readPrsSchemas(dir: string): PrsSchemas {
  return { protocol: readFileSync(join(dir, PROTOCOL_XSD), 'utf8'), rrs: readFileSync(join(dir, RRS_XSD), 'utf8') };
}

/** Checks a PRS XML document against the schemas: its errors, none when it is valid. */
export type PrsValidator = (xml: string) => Promise<SchemaError[]>;

export function prsValidator(schemas: PrsSchemas): PrsValidator {
  return (xml) => prsSchemaErrors(xml, schemas);
}

/** The schema errors of a PRS XML document; none when it is valid. */
export async function prsSchemaErrors(xml: string, schemas: PrsSchemas): Promise<SchemaError[]> {
  const r = await validateXML({
    xml: { fileName: 'upload.xml', contents: xml },
    schema: { fileName: PROTOCOL_XSD, contents: schemas.protocol },
    preload: { fileName: RRS_XSD, contents: schemas.rrs },
    // A 300-study collection needs more than the 32 MiB default.
    maxMemoryPages: 4096,
  });
  if (r.valid) return [];
  return r.errors.map((e) => ({ line: e.loc?.lineNumber ?? 0, message: e.message.trim() }));
}
