// What the server offers, and what it learns of the client at initialize.

import { type InitializeParams, type InitializeResult, TextDocumentSyncKind } from 'vscode-languageserver';
import { EXPORT_COMMAND, EXPORT_PRS_COMMAND, IMPORT_COMMAND, PREVIEW_COMMAND } from '../convert/commands';
import { FIX_ALL_KIND } from '../features/codeActions';
import { VERSION } from '../version';

export interface ClientInfo {
  /** The client shows a symbol tree (else a flat list). */
  readonly hierarchicalSymbols: boolean;
  /** The client answers workspace/configuration per document. */
  readonly configurationRequests: boolean;
  /** The client runs the commands our code actions name (the VS Code extension does). */
  readonly clientCommands: boolean;
  /** The workspace folders' URIs, for workspace symbols over records not open. */
  readonly folders: readonly string[];
}

export function clientInfo(params: InitializeParams): ClientInfo {
  return {
    hierarchicalSymbols: params.capabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true,
    configurationRequests: params.capabilities.workspace?.configuration === true,
    clientCommands: (params.initializationOptions as { clientCommands?: unknown } | undefined)?.clientCommands === true,
    folders: (params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : [])).map((f) => f.uri),
  };
}

export const INITIALIZE_RESULT: InitializeResult = {
  capabilities: {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
    documentSymbolProvider: { label: 'Trial Record' },
    foldingRangeProvider: true,
    documentFormattingProvider: true,
    documentRangeFormattingProvider: true,
    workspaceSymbolProvider: true,
    codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND], resolveProvider: false },
    completionProvider: { resolveProvider: true, triggerCharacters: [':', '|', '[', '-'] },
    hoverProvider: true,
    documentLinkProvider: { resolveProvider: false },
    definitionProvider: true,
    referencesProvider: true,
    documentHighlightProvider: true,
    renameProvider: { prepareProvider: true },
    executeCommandProvider: { commands: [EXPORT_COMMAND, EXPORT_PRS_COMMAND, IMPORT_COMMAND, PREVIEW_COMMAND] },
  },
  serverInfo: { name: 'trial-record', version: VERSION },
};
