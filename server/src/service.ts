import type { CodeAction, Diagnostic, DocumentSymbol, FoldingRange, Range, SymbolInformation } from 'vscode-languageserver-types';
import { type CodeActionOptions, codeActions } from './features/codeActions';
import { diagnostics } from './features/diagnostics';
import type { Settings } from './settings';
import { type Analysis, analyze } from './analysis';
import { foldingRanges } from './features/folding';
import { documentSymbols, flatSymbols } from './features/symbols';
import { matchesQuery, recordSymbols } from './features/workspaceSymbols';

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

  diagnostics(doc: DocumentLike, settings: Settings, onRuleError?: (rule: string, e: unknown) => void): Diagnostic[] {
    return diagnostics(this.analysis(doc), settings, doc.uri, onRuleError);
  }

  codeActions(doc: DocumentLike, range: Range, context: readonly Diagnostic[], settings: Settings, opts: CodeActionOptions): CodeAction[] {
    return codeActions(this.analysis(doc), doc.uri, range, context, settings, opts);
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
