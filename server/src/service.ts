import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { CodeAction, CompletionItem, CompletionList, Diagnostic, DocumentHighlight, DocumentLink, DocumentSymbol, FoldingRange, Hover, Location, Position, Range, SymbolInformation, WorkspaceEdit } from 'vscode-languageserver-types';
import { completions, resolveCompletion } from './features/completion';
import { recordBaseName } from './convert/fileName';
import { hasSkeleton } from './analysis/started';
import { clampPosition, clampRange } from './text/clamp';
import { hover } from './features/hover';
import { documentLinks } from './features/links';
import { definition, highlights, prepareRename, references, rename } from './features/navigation';
import type { CustomTerm } from './vocabulary/terms';
import { type CodeActionOptions, codeActions } from './features/codeActions';
import { diagnostics } from './features/diagnostics';
import { findings, localToday } from './rules/engine/run';
import type { Severity } from './rules/types';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import { LineIndex } from './text/lineIndex';
import { utf8Length } from './text/utf8';
import { IMPORT_MAX_BYTES, ReadError, tooLargeMessage } from './convert/errors';
import { type Analysis, analyze } from './analysis/analyze';
import { foldingRanges } from './features/folding';
import { type FormatResult, formatRecord } from './features/format';
import { type PageFinding, type PageOptions, type RecordSummary, recordSummary, renderPage } from './features/preview/page';
import { documentSymbols, flatSymbols } from './features/symbols';
import { matchesQuery, recordSymbols } from './features/workspaceSymbols';
import { exportRecord } from './convert/export';
import { asReadError, readStudiesWithNotes } from './convert/read';
import { importNotes, writeRecord } from './convert/write';
import type { ApiStudy } from './convert/api';
import { exportPrs, type PrsExport } from './convert/prsExport';
import type { PrsValidator } from './convert/prsSchema';

/** The part of a text document the service needs (vscode-languageserver-textdocument fits). */
export interface DocumentLike {
  readonly uri: string;
  readonly version: number;
  getText(): string;
}

// Analyses kept for requests on unchanged documents: the ones being edited and looked at. More
// would only hold memory when a whole folder is open (bench: RSS with 1,000 records).
const CACHE_SIZE = 16;

/**
 * The facade every front end uses: the LSP glue, the CLI and the tests. Plain functions of
 * (document, analysis) → LSP types; analyses are cached per URI and version.
 */
/** A finding in line/character positions, without LSP shapes (what `trial-record check` prints and caches). */
export interface Problem {
  readonly range: { readonly start: { line: number; character: number }; readonly end: { line: number; character: number } };
  readonly severity: Severity;
  readonly code: string;
  readonly message: string;
}

/** A study imported as a record (workspace/executeCommand trial-record.importStudies answers with these). */
export interface ImportedRecord {
  readonly nctId?: string;
  readonly orgStudyId?: string;
  /** NCT05897541, or the Unique Protocol ID made safe: the name the record is saved under. */
  readonly baseName?: string;
  readonly text: string;
  readonly notes: string[];
}

export class TrialRecordService {
  private readonly cache = new Map<string, { version: number; analysis: Analysis }>();

  analysis(doc: DocumentLike): Analysis {
    const hit = this.cache.get(doc.uri);
    if (hit && hit.version === doc.version) {
      // Refresh recency for the LRU.
      this.cache.delete(doc.uri);
      this.cache.set(doc.uri, hit);
      return hit.analysis;
    }
    // The previous version's analysis lets a large document be reparsed only where it changed.
    const analysis = analyze(doc.getText(), hit?.analysis);
    this.cache.delete(doc.uri);
    this.cache.set(doc.uri, { version: doc.version, analysis });
    if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
    return analysis;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
    this.sizes.delete(uri);
  }

  /** trialRecord.maxFileSize in bytes: larger documents are not parsed. */
  maxFileSize = DEFAULT_SETTINGS.maxFileSize;
  private readonly sizes = new Map<string, { version: number; bytes: number }>();

  /** The document's size in bytes when it is over the cap; undefined otherwise. */
  tooLarge(doc: DocumentLike): number | undefined {
    let hit = this.sizes.get(doc.uri);
    if (!hit || hit.version !== doc.version) {
      const text = doc.getText();
      // Cheap first: UTF-8 takes at least one byte per UTF-16 unit and at most three.
      const bytes = text.length * 3 <= this.maxFileSize ? text.length : utf8Length(text);
      hit = { version: doc.version, bytes };
      this.sizes.set(doc.uri, hit);
    }
    return hit.bytes > this.maxFileSize ? hit.bytes : undefined;
  }

  private ifParsed<R>(doc: DocumentLike, empty: R, fn: (a: Analysis) => R): R {
    return this.tooLarge(doc) === undefined ? fn(this.analysis(doc)) : empty;
  }

  /** As ifParsed, with the client's position made a real one first (text/clamp.ts): every request with a position goes here. */
  private at<R>(doc: DocumentLike, position: Position, empty: R, fn: (a: Analysis, p: Position) => R): R {
    return this.ifParsed(doc, empty, (a) => fn(a, clampPosition(a.text, a.tree.lineStarts, position)));
  }

  /** The record as a ClinicalTrials.gov API v2 study object, with notes on what was left out. */
  exportStudy(doc: DocumentLike): { study: ApiStudy; notes: readonly string[] } {
    return exportRecord(this.analysis(doc));
  }

  /**
   * The records as one PRS upload file (<study_collection>), checked against the PRS schema;
   * `org` is the PRS organization's login name. Schema errors name the record line they came from.
   */
  exportPrs(docs: readonly DocumentLike[], org: string, validate: PrsValidator): Promise<PrsExport> {
    return exportPrs(
      docs.map((doc) => {
        const a = this.analysis(doc);
        return { name: doc.uri, record: a.record, tree: a.tree, lineOf: (offset: number) => a.index.position(offset).line };
      }),
      org,
      validate,
    );
  }

  /** Records in the canonical text form from API v2 JSON, legacy XML or PRS XML; throws ReadError on bad data. */
  importStudies(data: string, name: string): ImportedRecord[] {
    // The command line's cap, for data handed over by an editor too.
    const bytes = data.length > IMPORT_MAX_BYTES / 3 ? utf8Length(data) : data.length;
    if (bytes > IMPORT_MAX_BYTES) throw new ReadError(tooLargeMessage(name, bytes, 'ClinicalTrials.gov data (JSON or XML)'));
    try {
      return this.recordsOf(data, name);
    } catch (e) {
      throw asReadError(e, name);
    }
  }

  private recordsOf(data: string, name: string): ImportedRecord[] {
    return readStudiesWithNotes(data, name).map(({ protocol: p, notes }) => {
      const nctId = p.identificationModule?.nctId;
      const orgStudyId = p.identificationModule?.orgStudyIdInfo?.id;
      const baseName = recordBaseName(nctId, orgStudyId);
      return {
        ...(nctId ? { nctId } : {}),
        ...(orgStudyId ? { orgStudyId } : {}),
        ...(baseName ? { baseName } : {}),
        text: writeRecord(p),
        notes: [...notes, ...importNotes(p)],
      };
    });
  }

  /** Whether the record has its sections (analysis/started.ts); false for a file too large to read. */
  hasSkeleton(doc: DocumentLike): boolean {
    return this.tooLarge(doc) === undefined && hasSkeleton(this.analysis(doc));
  }

  /** The findings as LSP diagnostics (the editor's form). */
  diagnostics(doc: DocumentLike, settings: Settings, onRuleError?: (rule: string, e: unknown) => void, editingLine?: number, drafting = false): Diagnostic[] {
    const size = this.tooLarge(doc);
    if (size !== undefined) {
      const { range, code, message } = this.tooLargeProblem(size);
      return [{ range, severity: DiagnosticSeverity.Information, source: 'trial-record', code, message }];
    }
    return diagnostics(this.analysis(doc), settings, doc.uri, onRuleError, editingLine, drafting);
  }

  /** The findings as the command line prints them: positions, severity, rule, message. */
  problems(doc: DocumentLike, settings: Settings, onRuleError?: (rule: string, e: unknown) => void): Problem[] {
    const size = this.tooLarge(doc);
    if (size !== undefined) {
      // For the command line a file left unchecked is an error: padding must not turn CI green.
      const { range, code, message } = this.tooLargeProblem(size);
      return [{ range, severity: 'error', code, message }];
    }
    const a = this.analysis(doc);
    return findings(a, settings, onRuleError).map((f) => ({ range: a.index.range(f.range), severity: f.severity, code: f.rule.id, message: f.message }));
  }

  /**
   * The record as a study page (features/preview): the design figure, the sections, and each
   * section's findings. `nonce`, `today` and the rule links come from the host.
   */
  previewPage(doc: DocumentLike, settings: Settings, options: Omit<PageOptions, 'findings' | 'today'> & { today?: string }): string {
    const a = this.analysis(doc);
    const today = options.today ?? settings.today ?? localToday();
    const found = this.tooLarge(doc) === undefined ? findings(a, { ...settings, today }) : [];
    const page: PageFinding[] = found.map((f) => ({ range: f.range, line: a.index.line(f.range.start), severity: f.severity, rule: f.rule.id, message: f.message }));
    return renderPage(a, { ...options, today, findings: page });
  }

  /** The record's title, status and design figure, for the CI report; none for a file too large to read. */
  recordSummary(doc: DocumentLike, today: string): RecordSummary | undefined {
    return this.tooLarge(doc) === undefined ? recordSummary(this.analysis(doc), today) : undefined;
  }

  private tooLargeProblem(size: number): Omit<Problem, 'severity'> {
    const mb = (n: number) => (n >= 1048576 ? `${(n / 1048576).toFixed(1)} MB` : `${Math.round(n / 1024)} KB`);
    return {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      code: 'file-too-large',
      message: `This file is ${mb(size)}, over the size limit (${mb(this.maxFileSize)}, setting trialRecord.maxFileSizeMB): it is not checked, and only NCT ID links work. Raise the setting to check it.`,
    };
  }

  codeActions(doc: DocumentLike, range: Range, context: readonly Diagnostic[], settings: Settings, opts: CodeActionOptions): CodeAction[] {
    return this.ifParsed(doc, [], (a) => codeActions(a, doc.uri, clampRange(a.text, a.tree.lineStarts, range), context, settings, opts));
  }

  completion(doc: DocumentLike, position: Position, customTerms: readonly CustomTerm[] = []): CompletionList {
    return this.at(doc, position, { isIncomplete: false, items: [] }, (a, p) => completions(a, p, customTerms));
  }

  resolveCompletion(item: CompletionItem, customTerms: readonly CustomTerm[] = []): CompletionItem {
    return resolveCompletion(item, customTerms);
  }

  hover(doc: DocumentLike, position: Position, customTerms: readonly CustomTerm[] = []): Hover | null {
    return this.at(doc, position, null, (a, p) => hover(a, p, customTerms));
  }

  documentLinks(doc: DocumentLike): DocumentLink[] {
    // Links need only the text and its lines, so they stay on for files over the size cap.
    if (this.tooLarge(doc) !== undefined) {
      const text = doc.getText();
      return documentLinks({ text, index: LineIndex.of(text) });
    }
    return documentLinks(this.analysis(doc));
  }

  definition(doc: DocumentLike, position: Position): Location | null {
    return this.at(doc, position, null, (a, p) => definition(a, doc.uri, p));
  }

  references(doc: DocumentLike, position: Position): Location[] {
    return this.at(doc, position, [], (a, p) => references(a, doc.uri, p));
  }

  highlights(doc: DocumentLike, position: Position): DocumentHighlight[] {
    return this.at(doc, position, [], (a, p) => highlights(a, p));
  }

  prepareRename(doc: DocumentLike, position: Position): { range: Range; placeholder: string } | null {
    return this.at(doc, position, null, (a, p) => prepareRename(a, p));
  }

  rename(doc: DocumentLike, position: Position, newName: string): WorkspaceEdit | null {
    return this.at(doc, position, null, (a, p) => rename(a, doc.uri, p, newName));
  }

  documentSymbols(doc: DocumentLike): DocumentSymbol[] {
    return this.ifParsed(doc, [], (a) => documentSymbols(a));
  }

  flatSymbols(doc: DocumentLike): SymbolInformation[] {
    return this.ifParsed(doc, [], (a) => flatSymbols(a, doc.uri));
  }

  foldingRanges(doc: DocumentLike): FoldingRange[] {
    return this.ifParsed(doc, [], (a) => foldingRanges(a));
  }

  /** Format Document (no range) or Format Selection: edits to the canonical form, or why not. */
  format(doc: DocumentLike, range?: Range): FormatResult {
    return this.ifParsed(doc, { edits: [] }, (a) => formatRecord(a, range && clampRange(a.text, a.tree.lineStarts, range)));
  }

  matches(name: string, query: string): boolean {
    return matchesQuery(name, query);
  }

  /** Workspace symbols over the given records (open documents and files on disk). */
  workspaceSymbols(docs: Iterable<DocumentLike>, query: string): SymbolInformation[] {
    const out: SymbolInformation[] = [];
    for (const doc of docs) {
      if (this.tooLarge(doc) !== undefined) continue;
      for (const s of recordSymbols(doc.uri, this.analysis(doc))) if (matchesQuery(s.name, query)) out.push(s);
    }
    return out;
  }
}
