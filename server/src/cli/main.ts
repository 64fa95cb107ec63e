#!/usr/bin/env node
// The `trial-record` command. It uses the same facade as the language server.

import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ReadError } from '../convert/errors';
import { TrialRecordService } from '../service';
import { ResultCache } from './cache';
import { checkFiles, formatJson, formatSarif, formatText, parseCheckArgs, recordFiles, UsageError } from './check';
import { VERSION } from '../version';

const HELP = `trial-record ${VERSION}: ClinicalTrials.gov registry records as text

Usage:
  trial-record check [paths…] [--format text|json|sarif] [--rule <id>=<severity>]… [--today YYYY-MM-DD]
                     [--cache [--cache-location file|folder/]]
      check records against the ClinicalTrials.gov rules; paths are files or folders (searched
      for *.trial, *.trial.txt and plain-text records); exit code 1 when an error is found;
      --cache keeps findings by file content in .trialrecord-cache, so unchanged files are
      not checked again (a new build of the tool, or other settings, start afresh)
  trial-record export <record> [--out file]
      write the record as a ClinicalTrials.gov API v2 study object ({"protocolSection": …}),
      with API codes and ISO dates; what cannot be exported is named on stderr
  trial-record import <study.json|study.xml> [--out file|folder]
      write a ClinicalTrials.gov API v2 study (one, or the array download) or a legacy
      <clinical_study> XML record as a record in the canonical text form; several studies
      need --out <folder> and are written as <NCT ID>.trial
  trial-record outline <file>   print the record's Outline (document symbols) as JSON
  trial-record --version        print the version
  trial-record --help           print this help

Records are the text of a ClinicalTrials.gov study page (classic or newer layout),
usually saved as *.trial or *.trial.txt. Positions in JSON output are 0-based
(Language Server Protocol); text output is file:line:column, 1-based.

Settings come from the nearest .trialrecord.json (the editor's settings without the
"trialRecord." prefix, e.g. {"rules": {"verification-overdue": "off"}, "today": "2026-11-21"});
--rule and --today override them. Rule pages: docs/rules/<id>.md.
`;

/** A text file's content; a folder, an unreadable, huge or binary file is a usage error naming it. */
function readText(file: string, what = "a record's text"): string {
  const path = resolve(file);
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new UsageError(`${file}: is a folder; give a file`);
    size = st.size;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'unknown error'})`);
  }
  if (size > 50 * 1024 * 1024) throw new UsageError(`${file}: ${Math.round(size / 1048576)} MB is too large for ${what}`);
  const buf = readFileSync(path);
  if (buf.includes(0)) throw new UsageError(`${file}: looks like a binary file, not ${what}`);
  return buf.toString('utf8').replace(/^\uFEFF/, '');
}

const readRecord = (file: string) => readText(file);

/** `<file> [--out file]`: exactly one input, and where the output goes. */
function fileAndOut(command: string, args: readonly string[]): { files: string; outFile?: string } {
  const inputs: string[] = [];
  let outFile: string | undefined;
  for (let k = 0; k < args.length; k++) {
    const a = args[k]!;
    if (a === '--out' || a === '-o') {
      outFile = args[++k];
      if (outFile === undefined) throw new UsageError(`${command}: --out needs a file name`);
    } else if (a.startsWith('--out=')) outFile = a.slice('--out='.length);
    else if (a.startsWith('-')) throw new UsageError(`${command}: unknown option '${a}' (try trial-record --help)`);
    else inputs.push(a);
  }
  if (inputs.length !== 1) throw new UsageError(`${command} takes exactly one file: trial-record ${command} <file> [--out file]`);
  return { files: inputs[0]!, ...(outFile !== undefined ? { outFile } : {}) };
}

function write(content: string, outFile: string | undefined, out: (s: string) => void): void {
  if (outFile === undefined) return out(content);
  try {
    writeFileSync(outFile, content);
  } catch (e) {
    throw new UsageError(`${outFile}: cannot write (${(e as NodeJS.ErrnoException).code ?? 'unknown error'})`);
  }
}

export function run(argv: readonly string[], out: (s: string) => void): number {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    out(HELP);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-v') {
    out(`${VERSION}\n`);
    return 0;
  }
  if (command === 'check') {
    const opts = parseCheckArgs(rest);
    let problems = 0;
    const problem = (m: string) => {
      problems++;
      process.stderr.write(`trial-record: ${m}\n`);
    };
    const files = recordFiles(opts.paths, problem);
    // Cache notes do not change the exit code: a cache problem never fails a check.
    const note = (m: string) => process.stderr.write(`trial-record: ${m}\n`);
    const cache = opts.cacheFile !== undefined ? new ResultCache(opts.cacheFile, note) : undefined;
    const results = checkFiles(files, opts, readRecord, problem, cache);
    const unsaved = cache?.save();
    if (unsaved) note(unsaved);
    out(opts.format === 'json' ? formatJson(results) : opts.format === 'sarif' ? formatSarif(results, process.cwd()) : formatText(results, process.cwd()));
    if (problems > 0) return 2;
    return results.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
  }
  if (command === 'export') {
    const { files, outFile } = fileAndOut('export', rest);
    const text = readRecord(files);
    const service = new TrialRecordService();
    const { study, notes } = service.exportStudy({ uri: pathToFileURL(resolve(files)).toString(), version: 0, getText: () => text });
    for (const n of notes) process.stderr.write(`trial-record: ${files}: ${n}\n`);
    write(`${JSON.stringify(study, null, 2)}\n`, outFile, out);
    return 0;
  }
  if (command === 'import') {
    const { files, outFile } = fileAndOut('import', rest);
    let records;
    try {
      records = new TrialRecordService().importStudies(readText(files, 'ClinicalTrials.gov data (JSON or XML)'), files);
    } catch (e) {
      if (e instanceof ReadError) throw new UsageError(e.message);
      throw e;
    }
    const toFolder = outFile !== undefined && (records.length > 1 || (existsSync(outFile) && statSync(outFile).isDirectory()));
    if (records.length > 1 && !toFolder) throw new UsageError(`${files}: holds ${records.length} studies; give --out <folder> to write one record per study`);
    if (toFolder) mkdirSync(outFile!, { recursive: true });
    records.forEach((r, k) => {
      const name = r.nctId ?? `study-${k + 1}`;
      for (const n of r.notes) process.stderr.write(`trial-record: ${files}: ${name}: ${n}\n`);
      write(r.text, toFolder ? join(outFile!, `${name}.trial`) : outFile, out);
    });
    return 0;
  }
  if (command === 'outline') {
    if (rest.length !== 1) throw new UsageError('outline takes exactly one file: trial-record outline <file>');
    const file = rest[0]!;
    const text = readRecord(file);
    const service = new TrialRecordService();
    const symbols = service.documentSymbols({ uri: pathToFileURL(resolve(file)).toString(), version: 0, getText: () => text });
    out(`${JSON.stringify(symbols, null, 2)}\n`);
    return 0;
  }
  throw new UsageError(`unknown command '${command}' (try trial-record --help)`);
}

if (require.main === module) {
  try {
    process.exitCode = run(process.argv.slice(2), (s) => process.stdout.write(s));
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`trial-record: ${e.message}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`trial-record: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 70;
    }
  }
}
