import { type SymbolInformation, SymbolKind } from 'vscode-languageserver-types';
import type { Analysis } from '../analysis';

/** The symbols a record contributes to workspace search: its NCT ID and its brief title. */
export function recordSymbols(uri: string, a: Analysis): SymbolInformation[] {
  const id = a.record.identification;
  const title = id.briefTitle ?? id.pageTitle;
  const out: SymbolInformation[] = [];
  if (id.nctId) {
    out.push({ name: id.nctId.value, kind: SymbolKind.Key, location: { uri, range: a.index.range(id.nctId.range) }, ...(title ? { containerName: title.value } : {}) });
  }
  if (title) {
    out.push({ name: title.value, kind: SymbolKind.File, location: { uri, range: a.index.range(title.range) }, ...(id.nctId ? { containerName: id.nctId.value } : {}) });
  }
  return out;
}

/** VS Code's own rule for workspace symbols: the query's characters appear in order, case-insensitively. */
export function matchesQuery(name: string, query: string): boolean {
  const n = name.toLowerCase();
  let k = 0;
  for (const ch of query.toLowerCase()) {
    if (ch === ' ') continue;
    k = n.indexOf(ch, k);
    if (k < 0) return false;
    k++;
  }
  return true;
}
