// What the language server takes from its platform, on Node (the server VS Code desktop and other
// editors start). The browser build swaps in host.web.ts: no disk, no schema check, and what the
// client hands over at initialize.

import { join } from 'node:path';
import type { SymbolInformation } from 'vscode-languageserver-types';
import { prsValidator as validatorOf, type PrsSchemas, type PrsValidator, readPrsSchemas } from '../convert/prsSchema';
import { uriToPath, WorkspaceIndex } from '../workspaceIndex';

/** Records not open, read from the workspace folders, for workspace symbols. */
export interface DiskIndex {
  /** Symbols of every record on disk but the URIs given (open documents answer for those). */
  symbols(exclude: ReadonlySet<string>): SymbolInformation[];
}

/** Where the server runs, for its log. */
export const HOST: string = 'Node.js';

/** The records on disk under the workspace folders (file: URIs; others have no disk to walk). */
export function diskIndex(folderUris: readonly string[]): DiskIndex | undefined {
  return new WorkspaceIndex(folderUris.map(uriToPath).filter((p): p is string => p !== undefined));
}

// The schemas ship beside the bundle (dist/prs); read once, on the first export.
let schemas: PrsSchemas | undefined;

/** The PRS schema check; a string says why there is none here. */
export function prsValidator(): PrsValidator | string {
  return validatorOf((schemas ??= readPrsSchemas(join(__dirname, 'prs'))));
}

/** What the client sent at initialize that the platform needs: nothing on Node. */
export function initializeHost(_options: unknown): void {}
