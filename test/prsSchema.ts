// Validates PRS upload XML against the official schemas (test/fixtures/schemas/prs) with
// xmllint-wasm: libxml2 built to WebAssembly, so no network and no native build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { FIXTURES } from './helpers';

const dir = join(FIXTURES, 'schemas', 'prs');
const file = (name: string) => ({ fileName: name, contents: readFileSync(join(dir, name), 'utf8') });

/** Schema errors of a PRS XML document, as `line N: message`; none when it is valid. */
export async function prsSchemaErrors(xml: string): Promise<string[]> {
  const r = await validateXML({ xml: { fileName: 'record.xml', contents: xml }, schema: file('ProtocolRecordSchema.xsd'), preload: file('RRSUploadSchema.xsd') });
  return r.valid ? [] : r.errors.map((e) => `line ${e.loc?.lineNumber ?? '?'}: ${e.message.trim()}`);
}
