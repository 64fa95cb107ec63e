// `trial-record check`: the editor's rules over files and folders, for CI pipelines.

import { type Dirent, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { printable } from '../text/printable';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { looksLikeRecord } from '../detect';
import { ruleDocUrl } from '../features/ruleDocs';
import type { RecordSummary } from '../features/preview/page';
import { RULES } from '../rules';
import type { Severity } from '../rules/types';
import { TrialRecordService } from '../service';
import { localToday, type RuleLevel } from '../rules/engine/run';
import { readSettings, type Settings } from '../settings';
import { cacheFilePath, ResultCache } from './cache';
import type { FileResult } from './result';
import { VERSION } from '../version';

export class UsageError extends Error {}

export interface CheckOptions {
  readonly paths: readonly string[];
  readonly format: 'text' | 'json' | 'sarif' | 'html';
  readonly rules: Readonly<Record<string, RuleLevel>>;
  readonly today?: string;
  /** Keep findings by file content between runs (`--cache`), in this file. */
  readonly cacheFile?: string;
}

/** Parses `check` arguments; anything malformed is a UsageError (exit code 2). */
export function parseCheckArgs(args: readonly string[]): CheckOptions {
  const paths: string[] = [];
  let format: CheckOptions['format'] = 'text';
  const rules: Record<string, RuleLevel> = {};
  let today: string | undefined;
  let cache = false;
  let cacheLocation: string | undefined;
  for (let k = 0; k < args.length; k++) {
    const arg = args[k]!;
    const value = (name: string) => {
      const eq = arg.indexOf('=');
      if (arg.startsWith(`${name}=`)) return arg.slice(eq + 1);
      const next = args[++k];
      if (next === undefined) throw new UsageError(`${name} needs a value`);
      return next;
    };
    if (arg === '--format' || arg.startsWith('--format=')) {
      const f = value('--format');
      if (f !== 'text' && f !== 'json' && f !== 'sarif' && f !== 'html') throw new UsageError(`--format takes text, json, sarif or html, not '${f}'`);
      format = f;
    } else if (arg === '--rule' || arg.startsWith('--rule=')) {
      const r = value('--rule');
      const m = /^([a-z-]+)=([a-z]+)$/.exec(r);
      if (!m) throw new UsageError(`--rule takes <id>=<severity>, e.g. --rule verification-overdue=error (got '${r}')`);
      // The editor's settings reader says what is wrong with an id or a severity.
      const [problem] = readSettings({ rules: { [m[1]!]: m[2] } }).problems;
      if (problem) throw new UsageError(`--rule: ${problem.replace(/^trialRecord\.rules\.[^:]*: /, '')}`);
      rules[m[1]!] = m[2] as RuleLevel;
    } else if (arg === '--today' || arg.startsWith('--today=')) {
      today = value('--today');
      if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(today))) throw new UsageError(`--today takes a date as YYYY-MM-DD, not '${today}'`);
    } else if (arg === '--cache') {
      cache = true;
    } else if (arg === '--cache-location' || arg.startsWith('--cache-location=')) {
      cacheLocation = value('--cache-location');
      if (cacheLocation === '') throw new UsageError('--cache-location needs a file or folder');
    } else if (arg.startsWith('-')) {
      throw new UsageError(`check: unknown option '${arg}' (try trial-record --help)`);
    } else paths.push(arg);
  }
  if (cacheLocation !== undefined && !cache) throw new UsageError('--cache-location is used with --cache');
  const cacheFile = cache ? cacheFilePath(cacheLocation, process.cwd()) : undefined;
  return { paths: paths.length > 0 ? paths : ['.'], format, rules, ...(today ? { today } : {}), ...(cacheFile ? { cacheFile } : {}) };
}

const SKIP = new Set(['node_modules', '.git', 'dist', 'out']);
const isRecordName = (f: string) => /\.trial$/i.test(f) || /\.trial\.txt$/i.test(f);

/** The record files under the paths: named *.trial / *.trial.txt, or plain text that looks like a record. */
export function recordFiles(paths: readonly string[], onProblem: (message: string) => void): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (!existsSync(p)) {
      onProblem(`${p}: no such file or folder`);
      continue;
    }
    const st = statSync(p);
    if (st.isFile()) {
      out.push(p);
      continue;
    }
    if (!st.isDirectory()) {
      onProblem(`${p}: not a file or a folder (a device, a pipe or a socket); not checked`);
      continue;
    }
    const stack = [p];
    while (stack.length > 0) {
      const dir = stack.pop()!;
      // An unreadable folder is named and skipped; the others are still checked.
      let entries: Dirent[] = [];
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch (e) {
        onProblem(`${dir}: cannot read the folder (${(e as NodeJS.ErrnoException).code ?? 'unknown error'}); its files are not checked`);
        continue;
      }
      // No order needed here: the list is sorted once at the end (a locale-aware sort here cost
      // more than the rest of a cached run's file walk, for ICU's collator).
      for (const d of entries) {
        const full = join(dir, d.name);
        if (d.isDirectory()) {
          if (!SKIP.has(d.name) && !d.name.startsWith('.')) stack.push(full);
        } else if (d.isFile() && (isRecordName(d.name) || (/\.txt$/i.test(d.name) && statSync(full).size < 10_000_000 && looksLikeRecord(readFileSync(full, 'utf8'))))) {
          out.push(full);
        }
      }
    }
  }
  return [...new Set(out)].sort();
}

/** The raw settings of the nearest .trialrecord.json above a file, and where it is. */
export const nearestSettings = (file: string): { raw: unknown; from?: string } => settingsFor(file, new Map());

/** Settings from the nearest .trialrecord.json above a file (the editor's keys, without "trialRecord."). */
function settingsFor(file: string, cache: Map<string, { raw: unknown; from?: string }>): { raw: unknown; from?: string } {
  let dir = dirname(resolve(file));
  const visited: string[] = [];
  for (;;) {
    const hit = cache.get(dir);
    if (hit) {
      visited.forEach((v) => cache.set(v, hit));
      return hit;
    }
    visited.push(dir);
    const candidate = join(dir, '.trialrecord.json');
    if (existsSync(candidate)) {
      let raw: unknown;
      try {
        raw = JSON.parse(readFileSync(candidate, 'utf8'));
      } catch (e) {
        throw new UsageError(`${candidate}: not valid JSON (${(e as Error).message})`);
      }
      const found = { raw, from: candidate };
      visited.forEach((v) => cache.set(v, found));
      return found;
    }
    const up = dirname(dir);
    if (up === dir) {
      const none = { raw: {} };
      visited.forEach((v) => cache.set(v, none));
      return none;
    }
    dir = up;
  }
}

/**
 * Checks each file through the same facade as the editor, so the CLI and the editor agree exactly.
 * With a cache, a file whose text and settings are unchanged since a run of this same build gets
 * that run's findings without an analysis.
 */
export function checkFiles(
  files: readonly string[],
  opts: CheckOptions,
  read: (file: string) => string,
  onProblem: (message: string) => void,
  cache?: ResultCache,
  /** Filled with each record's title, status and design figure (the HTML report's). */
  summaries?: Map<string, RecordSummary>,
): FileResult[] {
  const service = new TrialRecordService();
  // One date for the whole run (and for the cache key): a run across midnight stays consistent.
  const runDate = localToday();
  const settingsFiles = new Map<string, { raw: unknown; from?: string }>();
  const results: FileResult[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = read(file);
    } catch (e) {
      onProblem((e as Error).message);
      continue;
    }
    const found = settingsFor(file, settingsFiles);
    const raw = (found.raw && typeof found.raw === 'object' ? found.raw : {}) as Record<string, unknown>;
    const merged = { ...raw, rules: { ...((raw.rules as Record<string, unknown> | undefined) ?? {}), ...opts.rules } };
    const fromFile = readSettings(merged);
    for (const p of fromFile.problems) onProblem(`${found.from ?? 'settings'}: ${p.replace(/^trialRecord\./, '')}`);
    // --today wins over the file's "today", which wins over the run's date.
    const settings: Settings = { ...fromFile.settings, today: opts.today ?? fromFile.settings.today ?? runDate };
    const uri = pathToFileURL(resolve(file)).toString();
    if (summaries) {
      const summary = service.recordSummary({ uri, version: 0, getText: () => text }, settings.today ?? runDate);
      if (summary) summaries.set(file, summary);
    }
    const key = cache ? ResultCache.key(settings, text) : '';
    const kept = cache?.get(file, key);
    if (kept) {
      service.forget(uri);
      results.push({ file, diagnostics: kept });
      continue;
    }
    let failed = false;
    const diagnostics = service.problems({ uri, version: 0, getText: () => text }, settings, (rule, e) => {
      failed = true;
      onProblem(`${file}: rule ${rule} failed (${String(e)}); please report it`);
    });
    service.forget(uri);
    // A failed rule's silence is not a result to keep.
    if (cache && !failed) cache.set(file, key, diagnostics);
    results.push({ file, diagnostics });
  }
  return results;
}

export function formatText(results: readonly FileResult[], cwd: string): string {
  const lines: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const r of results) {
    const name = printable(relative(cwd, r.file) || r.file);
    for (const d of r.diagnostics) {
      counts[d.severity]++;
      lines.push(`${name}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${printable(d.message)} [${d.code}]`);
    }
  }
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : w === 'information' ? '' : 's'}`;
  lines.push(`${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.information, 'information')}, ${plural(counts.hint, 'hint')} in ${plural(results.length, 'file')}`);
  return `${lines.join('\n')}\n`;
}

export function formatJson(results: readonly FileResult[]): string {
  return `${JSON.stringify(results, null, 2)}\n`;
}

function artifact(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const rel = relative(cwd, resolve(file));
  if (rel.startsWith('..') || rel === '' || /^[a-zA-Z]:/.test(rel)) return { uri: pathToFileURL(resolve(file)).toString() };
  return { uri: rel.split(/[\\/]/).map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT' };
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** SARIF 2.1.0, with the rule metadata and help URIs (columns are UTF-16 code units, SARIF's default). */
export function formatSarif(results: readonly FileResult[], cwd: string): string {
  const used = new Set(results.flatMap((r) => r.diagnostics.map((d) => d.code)));
  const rules = RULES.filter((r) => used.has(r.id));
  const index = new Map(rules.map((r, k) => [r.id, k]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'trial-record',
            version: VERSION,
            informationUri: 'https://clinicaltrials.gov/policy/protocol-definitions',
            rules: rules.map((r) => ({
              id: r.id,
              name: r.id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase()),
              shortDescription: { text: r.title },
              helpUri: ruleDocUrl(r.id),
              defaultConfiguration: { level: SARIF_LEVEL[r.severity] },
              properties: { tags: [...r.tags], reference: [...r.reference] },
            })),
          },
        },
        // Paths relative to the working folder, as code-scanning services expect.
        originalUriBaseIds: { SRCROOT: { uri: `${pathToFileURL(resolve(cwd)).toString()}/` } },
        results: results.flatMap((r) =>
          r.diagnostics.map((d) => ({
            ruleId: d.code,
            ruleIndex: index.get(d.code)!,
            level: SARIF_LEVEL[d.severity],
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: artifact(r.file, cwd),
                  region: { startLine: d.range.start.line + 1, startColumn: d.range.start.character + 1, endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1 },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
