// `trial-record check --cache`: findings kept by file content, as `eslint --cache --cache-strategy
// content`. A CI step or a pre-commit hook checks mostly unchanged files; with the cache an
// unchanged file costs a read and a hash instead of an analysis.
//
// Why content and not modification times: a CI checkout gives every file a new mtime.
// Why the tool's own bytes in the key: rules change between builds without a version bump, and a
// stale finding is worse than a slow run.

import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { FileResult } from './result';
import { isObject } from '../json';
import { VERSION } from '../version';

export const DEFAULT_CACHE_FILE = '.trialrecord-cache';

type Diagnostics = FileResult['diagnostics'];

interface Entry {
  /** Hash of the effective settings and the file's text. */
  readonly key: string;
  readonly diagnostics: Diagnostics;
}

interface CacheFile {
  readonly format: 1;
  /** Hash of this build of the tool: another build discards every entry. */
  readonly tool: string;
  /** Paths relative to the cache file's folder, so a cache restored in another checkout still applies. */
  readonly entries: Record<string, Entry>;
}

let toolId: string | undefined;
/** This build of the tool: its version and the bytes of the program that runs (the bundled CLI). */
function toolIdentity(): string {
  if (toolId === undefined) {
    const hash = createHash('sha256').update(VERSION);
    const main = require.main?.filename ?? __filename;
    try {
      hash.update(readFileSync(main));
    } catch {
      hash.update(`${main}:${Date.now()}`); // unreadable program: never match an older cache
    }
    toolId = hash.digest('hex');
  }
  return toolId;
}

// A cache file is input like any other: an entry that is not exactly what this build writes
// (edited by hand, cut short) is not used, so the formatters never meet a malformed diagnostic.
const SEVERITIES = new Set(['error', 'warning', 'information', 'hint']);
const isPosition = (v: unknown) => isObject(v) && Number.isInteger(v.line) && Number.isInteger(v.character);
const isDiagnostic = (d: unknown) =>
  isObject(d) &&
  isObject(d.range) &&
  isPosition(d.range.start) &&
  isPosition(d.range.end) &&
  typeof d.severity === 'string' &&
  SEVERITIES.has(d.severity) &&
  typeof d.code === 'string' &&
  typeof d.message === 'string';
const isEntry = (v: unknown): v is Entry => isObject(v) && typeof v.key === 'string' && Array.isArray(v.diagnostics) && v.diagnostics.every(isDiagnostic);

/** Where --cache-location points: a file, or a folder (existing, or written with a trailing slash) to hold the default file. */
export function cacheFilePath(location: string | undefined, cwd: string): string {
  if (location === undefined) return resolve(cwd, DEFAULT_CACHE_FILE);
  const full = resolve(cwd, location);
  if (/[\\/]$/.test(location) || (existsSync(full) && statSync(full).isDirectory())) return join(full, DEFAULT_CACHE_FILE);
  return full;
}

export class ResultCache {
  private readonly base: string;
  private readonly old: Record<string, Entry>;
  private readonly fresh = new Map<string, Entry>();
  /** Whether the file on disk was written by this build (else it is rewritten even when no entry changed). */
  private current = false;

  /** Reads the cache file; a missing one is empty, an unreadable or foreign one is empty and said once. */
  constructor(
    readonly file: string,
    note: (message: string) => void,
  ) {
    this.base = dirname(file);
    this.old = {};
    if (!existsSync(file)) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      note(`${file}: not a readable trial-record cache (${(e as Error).message}); checking every file and writing it anew`);
      return;
    }
    if (!isObject(parsed) || parsed.format !== 1 || !isObject(parsed.entries)) {
      note(`${file}: not a trial-record cache; checking every file and writing it anew`);
      return;
    }
    if (parsed.tool !== toolIdentity()) return; // written by another build: its findings may be stale
    this.current = true;
    for (const [path, entry] of Object.entries(parsed.entries)) if (isEntry(entry)) this.old[path] = entry;
  }

  private name(file: string): string {
    return relative(this.base, resolve(file)).split(sep).join('/');
  }

  /** The key of a file's findings: what they depend on besides the tool (the settings and the text). */
  static key(settings: unknown, text: string): string {
    return createHash('sha256').update(JSON.stringify(settings)).update('\0').update(text).digest('hex');
  }

  get(file: string, key: string): Diagnostics | undefined {
    const name = this.name(file);
    const entry = this.old[name];
    if (entry?.key !== key) return undefined;
    this.fresh.set(name, entry);
    return entry.diagnostics;
  }

  set(file: string, key: string, diagnostics: Diagnostics): void {
    this.fresh.set(this.name(file), { key, diagnostics });
  }

  /**
   * Writes this run's entries, and keeps older ones whose files still exist (a run over one
   * folder does not forget the others). Written to a temporary file and renamed, so a reader
   * never sees half a cache. Returns a problem instead of throwing: a cache is never worth a failed check.
   */
  save(): string | undefined {
    const entries: Record<string, Entry> = {};
    let changed = !this.current;
    for (const [path, entry] of Object.entries(this.old)) {
      const now = this.fresh.get(path);
      if (now) {
        changed ||= now !== entry;
        continue;
      }
      const full = isAbsolute(path) ? path : join(this.base, path);
      if (existsSync(full)) entries[path] = entry;
      else changed = true;
    }
    for (const [path, entry] of this.fresh) {
      changed ||= !(path in this.old);
      entries[path] = entry;
    }
    if (!changed) return undefined; // every file as it was: nothing to write
    const content: CacheFile = { format: 1, tool: toolIdentity(), entries };
    const temp = `${this.file}.${process.pid}.tmp`;
    try {
      writeFileSync(temp, JSON.stringify(content));
      renameSync(temp, this.file);
      return undefined;
    } catch (e) {
      try {
        unlinkSync(temp);
      } catch {
        // nothing was written
      }
      return `${this.file}: cannot write the cache (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`;
    }
  }
}
