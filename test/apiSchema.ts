// The ClinicalTrials.gov API v2 schema (test/fixtures/schemas/ctg-oas-v2.yaml) as a validator.
// Stricter than the published description in one way: objects reject properties the schema does
// not name, so a misspelt key in our export fails instead of passing unnoticed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { FIXTURES } from './helpers';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function tighten(node: Json): Json {
  if (Array.isArray(node)) return node.map(tighten);
  if (node === null || typeof node !== 'object') return node;
  const out: { [k: string]: Json } = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === '$ref' && typeof v === 'string') out[k] = v.replace('#/components/schemas/', '#/definitions/');
    else out[k] = tighten(v);
  }
  if (out.type === 'object' && out.properties && out.additionalProperties === undefined) out.additionalProperties = false;
  return out;
}

let validator: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null } | undefined;

/** Validates a study object against components/schemas/Study; returns the errors (empty when valid). */
export function studySchemaErrors(study: unknown): string[] {
  if (!validator) {
    const oas = parse(readFileSync(join(FIXTURES, 'schemas', 'ctg-oas-v2.yaml'), 'utf8')) as { components: { schemas: { [k: string]: Json } } };
    const definitions = tighten(oas.components.schemas);
    const ajv = addFormats(new Ajv({ allErrors: true, strict: false }));
    validator = ajv.compile({ definitions, $ref: '#/definitions/Study' });
  }
  return validator(study) ? [] : (validator.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
}
