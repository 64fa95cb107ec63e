// Where `import --out` may write: only inside the folder it was given, never through a symbolic
// link planted there, and never over an existing file unless asked with --force.

import { lstatSync, writeFileSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { UsageError } from './check';

/** Writes `content` to `target`, a file inside `folder` (or a file the user named when `folder` is undefined). */
export function writeInside(folder: string | undefined, target: string, content: string, force: boolean): void {
  if (folder !== undefined) {
    const rel = relative(resolve(folder), resolve(target));
    if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) throw new UsageError(`${target}: outside the output folder ${folder}; nothing written`);
  }
  let existing: ReturnType<typeof lstatSync> | undefined;
  try {
    existing = lstatSync(target);
  } catch {
    existing = undefined;
  }
  if (existing?.isSymbolicLink()) throw new UsageError(`${target}: is a symbolic link; refusing to write through it`);
  if (existing && !existing.isFile()) throw new UsageError(`${target}: exists and is not a file; nothing written`);
  if (existing && !force) throw new UsageError(`${target}: exists; give --force to overwrite it`);
  try {
    // 'wx' fails if a file appeared meanwhile, so nothing is overwritten unasked.
    writeFileSync(target, content, { flag: force ? 'w' : 'wx' });
  } catch (e) {
    throw new UsageError(`${target}: cannot write (${(e as NodeJS.ErrnoException).code ?? 'unknown error'})`);
  }
}
