import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { SymbolInformation } from 'vscode-languageserver-types';
import { analyze } from './analysis/analyze';
import { looksLikeRecord } from './detect';
import { recordSymbols } from './features/workspaceSymbols';

/** Files a workspace search reads: by extension, or plain text that looks like a record. */
export function isRecordFileName(name: string): boolean {
  return /\.trial$/i.test(name) || /\.trial\.txt$/i.test(name);
}

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.vscode-test']);
const MAX_FILES = 5000;
const MAX_BYTES = 10 * 1024 * 1024;

interface Entry {
  mtimeMs: number;
  size: number;
  symbols: SymbolInformation[];
}

/**
 * NCT IDs and titles of the records under the workspace folders. Each file is read again only
 * when its modification time or size changes, so repeated searches cost a directory walk.
 */
export class WorkspaceIndex {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly folders: readonly string[]) {}

  /** Symbols of every record on disk, except the URIs given (open documents answer for those). */
  symbols(exclude: ReadonlySet<string>): SymbolInformation[] {
    const seen = new Set<string>();
    const out: SymbolInformation[] = [];
    for (const file of this.files()) {
      const uri = pathToFileURL(file).toString();
      seen.add(file);
      if (exclude.has(uri)) continue;
      const entry = this.entry(file, uri);
      if (entry) out.push(...entry.symbols);
    }
    for (const k of this.entries.keys()) if (!seen.has(k)) this.entries.delete(k);
    return out;
  }

  private entry(file: string, uri: string): Entry | undefined {
    try {
      const st = statSync(file);
      const prev = this.entries.get(file);
      if (prev && prev.mtimeMs === st.mtimeMs && prev.size === st.size) return prev;
      if (st.size > MAX_BYTES) return undefined;
      const text = readFileSync(file, 'utf8');
      const named = isRecordFileName(file);
      const symbols = named || looksLikeRecord(text) ? recordSymbols(uri, analyze(text)) : [];
      const entry = { mtimeMs: st.mtimeMs, size: st.size, symbols };
      this.entries.set(file, entry);
      return entry;
    } catch {
      return undefined; // unreadable or gone: simply not listed
    }
  }

  private *files(): Generator<string> {
    let count = 0;
    const stack = [...this.folders];
    while (stack.length > 0 && count < MAX_FILES) {
      const dir = stack.pop()!;
      let names: import('node:fs').Dirent[];
      try {
        names = readdirSync(dir, { withFileTypes: true });
      } catch {
        continue;
      }
      for (const d of names) {
        if (d.isDirectory()) {
          if (!SKIP_DIRS.has(d.name) && !d.name.startsWith('.')) stack.push(join(dir, d.name));
        } else if (d.isFile() && (isRecordFileName(d.name) || /\.txt$/i.test(d.name))) {
          count++;
          yield join(dir, d.name);
        }
      }
    }
  }
}

export function uriToPath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}
