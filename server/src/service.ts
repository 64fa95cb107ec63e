import type { CodeAction, CompletionItem, CompletionList, Diagnostic, DocumentHighlight, DocumentLink, DocumentSymbol, FoldingRange, Hover, Location, Position, Range, SymbolInformation, WorkspaceEdit } from 'vscode-languageserver-types';
import { completions, resolveCompletion } from './features/completion';
import { hover } from './features/hover';
import { documentLinks } from './features/links';
import { definition, highlights, prepareRename, references, rename } from './features/navigation';
import type { CustomTerm } from './features/terms';
import { type CodeActionOptions, codeActions } from './features/codeActions';
import { diagnostics } from './features/diagnostics';
import type { Settings } from './settings';
import { type Analysis, analyze } from './analysis';
import { foldingRanges } from './features/folding';
import { documentSymbols, flatSymbols } from './features/symbols';
import { matchesQuery, recordSymbols } from './features/workspaceSymbols';
import { exportRecord } from './convert/export';
import { readStudies } from './convert/read';
import { importNotes, writeRecord } from './convert/write';
import type { ApiStudy } from './convert/api';

/** The part of a text document the service needs (vscode-languageserver-textdocument fits). */
export interface DocumentLike {
  readonly uri: string;
  readonly version: number;
  getText(): string;
}

const CACHE_SIZE = 64;

/**
 * The facade every front end uses: the LSP glue, the CLI and the tests. Plain functions of
 * (document, analysis) → LSP types; analyses are cached per URI and version.
 */
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
    const analysis = analyze(doc.getText());
    this.cache.delete(doc.uri);
    this.cache.set(doc.uri, { version: doc.version, analysis });
    if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
    return analysis;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  /** The record as a ClinicalTrials.gov API v2 study object, with notes on what was left out. */
  exportStudy(doc: DocumentLike): { study: ApiStudy; notes: readonly string[] } {
    return exportRecord(this.analysis(doc).record);
  }

  /** Records in the canonical text form from API v2 JSON or legacy XML; throws ReadError on bad data. */
  importStudies(data: string, name: string): { nctId?: string; text: string; notes: string[] }[] {
    return readStudies(data, name).map((p) => ({ ...(p.identificationModule?.nctId ? { nctId: p.identificationModule.nctId } : {}), text: writeRecord(p), notes: importNotes(p) }));
  }

  diagnostics(doc: DocumentLike, settings: Settings, onRuleError?: (rule: string, e: unknown) => void): Diagnostic[] {
    return diagnostics(this.analysis(doc), settings, doc.uri, onRuleError);
  }

  codeActions(doc: DocumentLike, range: Range, context: readonly Diagnostic[], settings: Settings, opts: CodeActionOptions): CodeAction[] {
    return codeActions(this.analysis(doc), doc.uri, range, context, settings, opts);
  }

  completion(doc: DocumentLike, position: Position, customTerms: readonly CustomTerm[] = []): CompletionList {
    return completions(this.analysis(doc), position, customTerms);
  }

  resolveCompletion(item: CompletionItem, customTerms: readonly CustomTerm[] = []): CompletionItem {
    return resolveCompletion(item, customTerms);
  }

  hover(doc: DocumentLike, position: Position, customTerms: readonly CustomTerm[] = []): Hover | null {
    return hover(this.analysis(doc), position, customTerms);
  }

  documentLinks(doc: DocumentLike): DocumentLink[] {
    return documentLinks(this.analysis(doc));
  }

  definition(doc: DocumentLike, position: Position): Location | null {
    return definition(this.analysis(doc), doc.uri, position);
  }

  references(doc: DocumentLike, position: Position): Location[] {
    return references(this.analysis(doc), doc.uri, position);
  }

  highlights(doc: DocumentLike, position: Position): DocumentHighlight[] {
    return highlights(this.analysis(doc), position);
  }

  prepareRename(doc: DocumentLike, position: Position): { range: Range; placeholder: string } | null {
    return prepareRename(this.analysis(doc), position);
  }

  rename(doc: DocumentLike, position: Position, newName: string): WorkspaceEdit | null {
    return rename(this.analysis(doc), doc.uri, position, newName);
  }

  documentSymbols(doc: DocumentLike): DocumentSymbol[] {
    return documentSymbols(this.analysis(doc));
  }

  flatSymbols(doc: DocumentLike): SymbolInformation[] {
    return flatSymbols(this.analysis(doc), doc.uri);
  }

  foldingRanges(doc: DocumentLike): FoldingRange[] {
    return foldingRanges(this.analysis(doc));
  }

  matches(name: string, query: string): boolean {
    return matchesQuery(name, query);
  }

  /** Workspace symbols over the given records (open documents and files on disk). */
  workspaceSymbols(docs: Iterable<DocumentLike>, query: string): SymbolInformation[] {
    const out: SymbolInformation[] = [];
    for (const doc of docs) {
      for (const s of recordSymbols(doc.uri, this.analysis(doc))) if (matchesQuery(s.name, query)) out.push(s);
    }
    return out;
  }
}
