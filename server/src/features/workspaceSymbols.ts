import { type SymbolInformation, SymbolKind } from 'vscode-languageserver-types';
import type { Analysis } from '../analysis/analyze';

/** The symbols a record contributes to workspace search: its NCT ID and its brief title. */
export function recordSymbols(uri: string, a: Analysis): SymbolInformation[] {
  const id = a.record.identification;
  // The page title carries the acronym, which users search by (CARMEN-BT01, IKEMA).
  const title = id.pageTitle ?? id.briefTitle;
  const out: SymbolInformation[] = [];
  if (id.nctId) {
    out.push({ name: id.nctId.value, kind: SymbolKind.Key, location: { uri, range: a.index.range(id.nctId.range) }, ...(title ? { containerName: title.value } : {}) });
  }
  if (title) {
    out.push({ name: title.value, kind: SymbolKind.File, location: { uri, range: a.index.range(title.range) }, ...(id.nctId ? { containerName: id.nctId.value } : {}) });
  }
  return out;
}

/** Every word of the query appears in the name, case-insensitively (an empty query matches all). */
export function matchesQuery(name: string, query: string): boolean {
  const n = name.toLowerCase();
  return query.toLowerCase().split(/\s+/).every((w) => w === '' || n.includes(w));
}
