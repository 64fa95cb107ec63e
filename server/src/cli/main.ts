#!/usr/bin/env node
// The `trial-record` command. It uses the same facade as the language server.

import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { IMPORT_MAX_BYTES, ReadError, tooLargeMessage } from '../convert/errors';
import { TrialRecordService } from '../service';
import { ResultCache } from './cache';
import { checkFiles, formatJson, formatSarif, formatText, nearestSettings, parseCheckArgs, recordFiles, UsageError } from './check';
import { prsValidator, readPrsSchemas } from '../convert/prsSchema';
import type { RecordSummary } from '../features/preview/page';
import { localToday } from '../rules/engine/run';
import { formatHtml } from './report';
import { writeInside } from './safeWrite';
import { printable } from '../text/printable';
import { decodeText } from '../text/decode';
import { readSettings } from '../settings';
import { VERSION } from '../version';
import { TextDocument } from 'vscode-languageserver-textdocument';

const HELP = `trial-record ${VERSION}: ClinicalTrials.gov registry records as text

Usage:
  trial-record check [paths…] [--format text|json|sarif|html] [--rule <id>=<severity>]… [--today YYYY-MM-DD]
                     [--cache [--cache-location file|folder/]]
      check records against the ClinicalTrials.gov rules; paths are files or folders (searched
      for *.trial, *.trial.txt and plain-text records); exit code 1 when an error is found;
      --format html writes one self-contained page (a summary per file, each record's design
      figure and findings, the rules' pages) for a CI artifact: > report.html;
      --cache keeps findings by file content in .trialrecord-cache, so unchanged files are
      not checked again (a new build of the tool, or other settings, start afresh)
  trial-record export <record> [--out file]
      write the record as a ClinicalTrials.gov API v2 study object ({"protocolSection": …}),
      with API codes and ISO dates; what cannot be exported is named on stderr
  trial-record export --format prs-xml [--org NAME] <record>… [--out file]
      write the records as one PRS upload file (<study_collection>, a <clinical_study> per
      record), checked against the PRS schema first: on a schema error nothing is written
      and the error is printed at its record line (exit code 1); --org is the PRS
      organization's login name (or "prs": {"organization": …} in .trialrecord.json)
  trial-record import <study.json|study.xml> [--out file|folder] [--force]
      write a ClinicalTrials.gov API v2 study (one, or the array download), a legacy
      <clinical_study> XML record or a PRS XML file (PRS "Download XML", one or many
      studies) as records in the canonical text form; several studies need --out <folder>
      and are written as <NCT ID>.trial (<Unique Protocol ID>.trial, made safe, when there
      is no valid NCT ID), only inside that folder; an existing file is kept unless --force,
      and a symbolic link there is refused
  trial-record format <record> [--out file] [--check]
      write the record in the canonical form (as Format Document does in the editor); the
      export before and after is the same study. A record that cannot be rewritten without a
      loss is left alone, with the reason on stderr (exit code 1). --check writes nothing and
      exits with 1 when the record is not in the canonical form
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
  if (size > IMPORT_MAX_BYTES) throw new UsageError(tooLargeMessage(file, size, what));
  const decoded = decodeText(readFileSync(path));
  if ('binary' in decoded) throw new UsageError(`${file}: looks like a binary file, not ${what}`);
  for (const n of decoded.notes) process.stderr.write(`trial-record: ${printable(`${file}: ${n}`)}\n`);
  return decoded.text;
}

const readRecord = (file: string) => readText(file);

/** The value of `--name value` or `--name=value`; a missing value is a usage error. */
function optionValue(args: readonly string[], name: string): string | undefined {
  for (let k = 0; k < args.length; k++) {
    const a = args[k]!;
    if (a === name) {
      const v = args[k + 1];
      if (v === undefined || v.startsWith('-')) throw new UsageError(`${name} needs a value`);
      return v;
    }
    if (a.startsWith(`${name}=`)) return a.slice(name.length + 1);
  }
  return undefined;
}

/** The arguments without the named options and their values. */
function withoutOptions(args: readonly string[], names: readonly string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < args.length; k++) {
    const a = args[k]!;
    if (names.includes(a)) k++;
    else if (!names.some((n) => a.startsWith(`${n}=`))) out.push(a);
  }
  return out;
}

/** `export --format prs-xml`: every record into one upload file, written only when the schema accepts it. */
async function exportPrs(args: readonly string[], out: (s: string) => void): Promise<number> {
  const rest = withoutOptions(args, ['--format', '--org', '--out', '-o']);
  const outFile = optionValue(args, '--out') ?? optionValue(args, '-o');
  const unknown = rest.find((a) => a.startsWith('-'));
  if (unknown) throw new UsageError(`export: unknown option '${unknown}' (try trial-record --help)`);
  if (rest.length === 0) throw new UsageError('export --format prs-xml needs at least one record: trial-record export --format prs-xml [--org NAME] <record>… [--out file]');
  let org = optionValue(args, '--org')?.trim();
  if (!org) {
    const found = nearestSettings(rest[0]!);
    org = readSettings(found.raw).settings.prsOrganization;
  }
  if (!org) throw new UsageError('export --format prs-xml needs the PRS organization name (the login name on the PRS sign-in page): give --org NAME, or put {"prs": {"organization": "NAME"}} in .trialrecord.json');
  const docs = rest.map((file) => {
    const text = readRecord(file);
    return { uri: file, version: 0, getText: () => text };
  });
  const result = await new TrialRecordService().exportPrs(docs, org, prsValidator(readPrsSchemas(join(__dirname, 'prs'))));
  for (const n of result.notes) process.stderr.write(`trial-record: ${printable(`${n.name}: ${n.message}`)}\n`);
  if (result.problems.length > 0) {
    for (const p of result.problems) process.stderr.write(`${printable(`${p.name}:${p.line !== undefined ? `${p.line + 1}:` : ''} PRS schema: ${p.message}`)} (XML line ${p.xmlLine})\n`);
    process.stderr.write(`trial-record: the PRS XML does not match the PRS schema (${result.problems.length} error${result.problems.length === 1 ? '' : 's'}); nothing was written\n`);
    return 1;
  }
  write(result.xml, outFile, out);
  return 0;
}

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

export async function run(argv: readonly string[], out: (s: string) => void): Promise<number> {
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
      process.stderr.write(`trial-record: ${printable(m)}\n`);
    };
    const files = recordFiles(opts.paths, problem);
    // Cache notes do not change the exit code: a cache problem never fails a check.
    const note = (m: string) => process.stderr.write(`trial-record: ${printable(m)}\n`);
    const cache = opts.cacheFile !== undefined ? new ResultCache(opts.cacheFile, note) : undefined;
    const summaries = opts.format === 'html' ? new Map<string, RecordSummary>() : undefined;
    const results = checkFiles(files, opts, readRecord, problem, cache, summaries);
    // A file that was not checked fails the run (exit 2), with its reason on one line.
    for (const r of results) for (const d of r.diagnostics) if (d.code === 'file-too-large') problem(`${r.file}: not checked: ${d.message}`);
    const unsaved = cache?.save();
    if (unsaved) note(unsaved);
    const cwd = process.cwd();
    out(opts.format === 'json' ? formatJson(results) : opts.format === 'sarif' ? formatSarif(results, cwd) : opts.format === 'html' ? formatHtml(results, summaries!, cwd, opts.today ?? localToday()) : formatText(results, cwd));
    if (problems > 0) return 2;
    return results.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
  }
  if (command === 'export') {
    const format = optionValue(rest, '--format') ?? 'json';
    if (format === 'prs-xml') return exportPrs(rest, out);
    if (format !== 'json') throw new UsageError(`export: unknown format '${format}' (json or prs-xml)`);
    if (optionValue(rest, '--org') !== undefined) throw new UsageError('export: --org is for --format prs-xml');
    const { files, outFile } = fileAndOut('export', withoutOptions(rest, ['--format']));
    const text = readRecord(files);
    const service = new TrialRecordService();
    const { study, notes } = service.exportStudy({ uri: pathToFileURL(resolve(files)).toString(), version: 0, getText: () => text });
    for (const n of notes) process.stderr.write(`trial-record: ${printable(`${files}: ${n}`)}\n`);
    write(`${JSON.stringify(study, null, 2)}\n`, outFile, out);
    return 0;
  }
  if (command === 'import') {
    const force = rest.includes('--force');
    const { files, outFile } = fileAndOut('import', rest.filter((a) => a !== '--force'));
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
    const taken = new Set<string>();
    records.forEach((r, k) => {
      // A PRS file has no NCT ID: its studies are named by their Unique Protocol ID.
      let name = r.baseName ?? '';
      if (name === '' || taken.has(name)) name = `${name || 'study'}-${k + 1}`;
      taken.add(name);
      for (const n of r.notes) process.stderr.write(`trial-record: ${printable(`${files}: ${name}: ${n}`)}\n`);
      if (outFile === undefined) out(r.text);
      else writeInside(toFolder ? outFile : undefined, toFolder ? join(outFile, `${name}.trial`) : outFile, r.text, force);
    });
    return 0;
  }
  if (command === 'format') {
    const check = rest.includes('--check');
    const { files, outFile } = fileAndOut('format', rest.filter((a) => a !== '--check'));
    const text = readRecord(files);
    const r = new TrialRecordService().format({ uri: pathToFileURL(resolve(files)).toString(), version: 0, getText: () => text });
    if ('refused' in r) {
      process.stderr.write(`trial-record: ${printable(`${files}: ${r.refused}`)}\n`);
      return 1;
    }
    if (check) {
      if (r.edits.length > 0) process.stderr.write(`trial-record: ${printable(files)}: not in the canonical form (${r.edits.length} change${r.edits.length === 1 ? '' : 's'}; run trial-record format)\n`);
      return r.edits.length > 0 ? 1 : 0;
    }
    write(TextDocument.applyEdits(TextDocument.create('file:///record', 'trial-record', 0, text), [...r.edits]), outFile, out);
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

if (require.main === module) void main();

async function main(): Promise<void> {
  try {
    process.exitCode = await run(process.argv.slice(2), (s) => process.stdout.write(s));
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`trial-record: ${printable(e.message)}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`trial-record: internal error: ${printable(e instanceof Error ? e.message : String(e))}\n`);
      process.exitCode = 70;
    }
  }
}
