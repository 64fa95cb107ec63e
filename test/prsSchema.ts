// The PRS schemas the tests validate against (test/fixtures/schemas/prs, the same files the build
// copies to dist/prs), through the product's own validator.
import { join } from 'node:path';
import { prsSchemaErrors as validate, type PrsSchemas, readPrsSchemas } from '../server/src/convert/prsSchema';
import { FIXTURES } from './helpers';

export const PRS_SCHEMAS: PrsSchemas = readPrsSchemas(join(FIXTURES, 'schemas', 'prs'));

/** Schema errors of a PRS XML document, as `line N: message`; none when it is valid. */
export async function prsSchemaErrors(xml: string): Promise<string[]> {
  return (await validate(xml, PRS_SCHEMAS)).map((e) => `line ${e.line || '?'}: ${e.message}`);
}
