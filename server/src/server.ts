// LSP glue only: the connection, document sync, and delegation to the service facade.
// Nothing else in the code base imports vscode-languageserver/node.

import {
  type CancellationToken,
  type Connection,
  createConnection,
  type InitializeParams,
  type InitializeResult,
  ProposedFeatures,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TrialRecordService } from './service';
import { uriToPath, WorkspaceIndex } from './workspaceIndex';
import { VERSION } from './version';

const TRANSPORTS = ['--stdio', '--node-ipc', '--socket', '--pipe', '--clientProcessId'];

function usage(): string {
  return [
    `trial-record language server ${VERSION}`,
    '',
    'Usage: node dist/server.js --stdio      (Neovim, Emacs, other LSP clients)',
    '       node dist/server.js --node-ipc   (VS Code starts it this way)',
    '',
    'The server speaks the Language Server Protocol; it is not meant to be run by hand.',
  ].join('\n');
}

function main(): void {
  const args = process.argv.slice(2);
  if (args.includes('--version')) {
    process.stdout.write(`${VERSION}\n`);
    return;
  }
  if (args.includes('--help') || !args.some((a) => TRANSPORTS.some((t) => a === t || a.startsWith(`${t}=`)))) {
    process.stderr.write(`${usage()}\n`);
    process.exitCode = args.includes('--help') ? 0 : 2;
    return;
  }
  start(createConnection(ProposedFeatures.all));
}

/** Runs a handler; a bug in one request is logged and answered with an empty result, never a crash. */
function safe<P, R>(connection: Connection, name: string, empty: R, fn: (p: P) => R): (p: P, token?: CancellationToken) => R | ResponseError<void> {
  return (p: P, token?: CancellationToken) => {
    if (token?.isCancellationRequested) return empty;
    try {
      return fn(p);
    } catch (e) {
      connection.console.error(`${name} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      return empty;
    }
  };
}

export function start(connection: Connection): void {
  // Anything printed on stdout would corrupt the protocol stream under --stdio.
  console.log = (...a: unknown[]) => connection.console.log(a.map(String).join(' '));
  console.info = console.log;
  console.warn = (...a: unknown[]) => connection.console.warn(a.map(String).join(' '));
  console.error = (...a: unknown[]) => connection.console.error(a.map(String).join(' '));

  const documents = new TextDocuments(TextDocument);
  const service = new TrialRecordService();
  let hierarchicalSymbols = false;
  let index: WorkspaceIndex | undefined;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    hierarchicalSymbols = params.capabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true;
    const folders = (params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []))
      .map((f) => uriToPath(f.uri))
      .filter((p): p is string => p !== undefined);
    index = new WorkspaceIndex(folders);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        documentSymbolProvider: { label: 'Trial Record' },
        foldingRangeProvider: true,
        workspaceSymbolProvider: true,
      },
      serverInfo: { name: 'trial-record', version: VERSION },
    };
  });

  documents.onDidClose((e) => service.forget(e.document.uri));

  connection.onDocumentSymbol(
    safe(connection, 'documentSymbol', null, (p: { textDocument: { uri: string } }) => {
      const doc = documents.get(p.textDocument.uri);
      if (!doc) return null;
      return hierarchicalSymbols ? service.documentSymbols(doc) : service.flatSymbols(doc);
    }),
  );

  connection.onFoldingRanges(
    safe(connection, 'foldingRange', null, (p: { textDocument: { uri: string } }) => {
      const doc = documents.get(p.textDocument.uri);
      return doc ? service.foldingRanges(doc) : null;
    }),
  );

  connection.onWorkspaceSymbol(
    safe(connection, 'workspaceSymbol', [], (p: { query: string }) => {
      const open = documents.all().filter((d) => d.languageId === 'trial-record' || /\.trial(\.txt)?$/i.test(d.uri));
      const openUris = new Set(open.map((d) => d.uri));
      const fromDisk = (index?.symbols(openUris) ?? []).filter((s) => p.query === '' || service.matches(s.name, p.query));
      return [...service.workspaceSymbols(open, p.query), ...fromDisk];
    }),
  );

  documents.listen(connection);
  connection.listen();
}

main();
