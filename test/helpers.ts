import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Analysis, analyze } from '../server/src/analysis/analyze';

/** The repository root, whether tests run from out/test or from test/. */
export const ROOT = resolve(__dirname, __dirname.includes(`${join('out', 'test')}`) ? '../..' : '..').replace(/[\\/]out$/, '');
export const FIXTURES = join(ROOT, 'test', 'fixtures');
export const SEEDS_DIR = join(FIXTURES, 'seeds');

export const SEED_FILES: readonly string[] = readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort();

export function seedPath(prefix: string): string {
  const f = SEED_FILES.find((s) => s.startsWith(prefix));
  if (!f) throw new Error(`no seed ${prefix}`);
  return join(SEEDS_DIR, f);
}

export function seedText(prefix: string): string {
  return readFileSync(seedPath(prefix), 'utf8');
}

export function seed(prefix: string): Analysis {
  return analyze(seedText(prefix));
}

/** The values at an API path (`a.b[].c`) of a JSON value; empty strings and lists count as absent. */
export function valuesAt(root: unknown, path: string): unknown[] {
  let here: unknown[] = [root];
  for (const part of path.split('.')) {
    const list = part.endsWith('[]');
    const name = list ? part.slice(0, -2) : part;
    here = here.flatMap((v) => {
      const x = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[name] : undefined;
      return list ? (Array.isArray(x) ? x : []) : x === undefined ? [] : [x];
    });
  }
  return here.filter((v) => v !== '' && v !== null && !(Array.isArray(v) && v.length === 0));
}

