// LSP glue only: the connection, document sync, and delegation to the service facade.
// Nothing else in the code base imports vscode-languageserver/node.

import {
  type CancellationToken,
  type Connection,
  createConnection,
  ErrorCodes,
  type InitializeParams,
  type InitializeResult,
  ProposedFeatures,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ReadError } from './convert/errors';
import { EXPORT_COMMAND, IMPORT_COMMAND } from './convert/commands';
import { FIX_ALL_KIND } from './features/codeActions';
import { TrialRecordService } from './service';
import { DEFAULT_SETTINGS, readSettings, type Settings } from './settings';
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

  // A change that is not newer than the document (a client bug) is ignored, not applied over newer text.
  const documents = new TextDocuments({
    create: TextDocument.create,
    update: (doc, changes, version) => {
      if (version <= doc.version) {
        connection.console.warn(`Ignored a change to ${doc.uri} at version ${version}: the document is already at version ${doc.version}`);
        return doc;
      }
      return TextDocument.update(doc, changes, version);
    },
  });
  const service = new TrialRecordService();
  let hierarchicalSymbols = false;
  let configurationRequests = false;
  let clientCommands = false;
  let index: WorkspaceIndex | undefined;
  let globalSettings: Settings = DEFAULT_SETTINGS;
  const settingsCache = new Map<string, Promise<Settings>>();
  const reported = new Set<string>();

  /** Settings for one document (workspace/configuration, scoped to it), cached until they change. */
  function settingsFor(uri: string): Promise<Settings> {
    if (!configurationRequests) return Promise.resolve(globalSettings);
    let p = settingsCache.get(uri);
    if (!p) {
      p = connection.workspace.getConfiguration({ scopeUri: uri, section: 'trialRecord' }).then(
        (raw) => {
          const { settings, problems } = readSettings(raw);
          for (const problem of problems) if (!reported.has(problem)) (reported.add(problem), connection.console.warn(`Ignored setting: ${problem}`));
          // maxFileSize is window-scoped: the same for every document, so any answer sets it.
          service.maxFileSize = settings.maxFileSize;
          return settings;
        },
        () => globalSettings,
      );
      settingsCache.set(uri, p);
    }
    return p;
  }

  const timers = new Map<string, NodeJS.Timeout>();
  const DEBOUNCE_MS = 200;

  /** Validates the document's current version; a newer edit makes the result stale and it is dropped. */
  async function validate(uri: string): Promise<void> {
    const doc = documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const settings = await settingsFor(uri);
    const current = documents.get(uri);
    if (!current || current.version !== version) return;
    const diagnostics = service.diagnostics(current, settings, (rule, e) => connection.console.error(`rule ${rule} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`));
    void connection.sendDiagnostics({ uri, version, diagnostics });
  }

  // Due validations run one document per turn of the event loop, so that requests and edits
  // interleave with a burst (a folder of records opened at once) and each document's
  // diagnostics are written out before the next is analysed (a burst would otherwise hold
  // every analysis's garbage and every message at once).
  const due = new Set<string>();
  let draining = false;

  function drain(): void {
    const next = due.values().next();
    if (next.done) {
      draining = false;
      return;
    }
    due.delete(next.value);
    validate(next.value)
      .catch((e) => connection.console.error(`validation failed: ${String(e)}`))
      .finally(() => setImmediate(drain));
  }

  function schedule(uri: string, delay: number): void {
    clearTimeout(timers.get(uri));
    timers.set(uri, setTimeout(() => {
      timers.delete(uri);
      void settingsFor(uri); // asked now, so that the answers for a burst arrive together
      due.add(uri);
      if (!draining) {
        draining = true;
        setImmediate(drain);
      }
    }, delay));
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    hierarchicalSymbols = params.capabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true;
    configurationRequests = params.capabilities.workspace?.configuration === true;
    clientCommands = (params.initializationOptions as { clientCommands?: unknown } | undefined)?.clientCommands === true;
    const folders = (params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []))
      .map((f) => uriToPath(f.uri))
      .filter((p): p is string => p !== undefined);
    index = new WorkspaceIndex(folders);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        documentSymbolProvider: { label: 'Trial Record' },
        foldingRangeProvider: true,
        workspaceSymbolProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND], resolveProvider: false },
        completionProvider: { resolveProvider: true, triggerCharacters: [':', '|', '[', '-'] },
        hoverProvider: true,
        documentLinkProvider: { resolveProvider: false },
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        renameProvider: { prepareProvider: true },
        executeCommandProvider: { commands: [EXPORT_COMMAND, IMPORT_COMMAND] },
      },
      serverInfo: { name: 'trial-record', version: VERSION },
    };
  });

  documents.onDidOpen((e) => schedule(e.document.uri, 0));
  documents.onDidChangeContent(async (e) => {
    const settings = await settingsFor(e.document.uri);
    if (settings.run === 'onType') schedule(e.document.uri, DEBOUNCE_MS);
  });
  documents.onDidSave((e) => schedule(e.document.uri, 0));
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    due.delete(e.document.uri);
    settingsCache.delete(e.document.uri);
    service.forget(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onDidChangeConfiguration((change) => {
    settingsCache.clear();
    if (!configurationRequests) {
      const raw = (change.settings as { trialRecord?: unknown } | undefined)?.trialRecord;
      const { settings, problems } = readSettings(raw);
      globalSettings = settings;
      service.maxFileSize = settings.maxFileSize;
      problems.forEach((p) => connection.console.warn(`Ignored setting: ${p}`));
    }
    for (const doc of documents.all()) schedule(doc.uri, 0);
  });

  connection.onCodeAction((p, token) => {
    if (token.isCancellationRequested) return null;
    const doc = documents.get(p.textDocument.uri);
    if (!doc) return null;
    return settingsFor(doc.uri).then((settings) => {
      try {
        return service.codeActions(doc, p.range, p.context.diagnostics, settings, { clientCommands, ...(p.context.only ? { only: p.context.only } : {}) });
      } catch (e) {
        connection.console.error(`codeAction failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        return [];
      }
    });
  });

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

  type At = { textDocument: { uri: string }; position: { line: number; character: number } };
  const withDoc = <R>(name: string, empty: R, fn: (doc: TextDocument, p: At, settings: Settings) => R) =>
    (p: At, token?: CancellationToken): Promise<R> | R => {
      const doc = documents.get(p.textDocument.uri);
      if (!doc || token?.isCancellationRequested) return empty;
      return settingsFor(doc.uri).then((settings) => {
        try {
          return fn(doc, p, settings);
        } catch (e) {
          connection.console.error(`${name} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
          return empty;
        }
      });
    };
  // Conversions for any client: export an open record, import data the client has read.
  connection.onExecuteCommand((p) => {
    if (p.command === EXPORT_COMMAND) {
      const uri = p.arguments?.[0];
      const doc = typeof uri === 'string' ? documents.get(uri) : undefined;
      if (!doc) throw new ResponseError(ErrorCodes.InvalidParams, `${EXPORT_COMMAND} takes the URI of an open record`);
      const { study, notes } = service.exportStudy(doc);
      return { json: `${JSON.stringify(study, null, 2)}\n`, notes };
    }
    if (p.command === IMPORT_COMMAND) {
      const [data, name] = p.arguments ?? [];
      if (typeof data !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, `${IMPORT_COMMAND} takes the file's text and its name`);
      try {
        return { records: service.importStudies(data, typeof name === 'string' ? name : 'data') };
      } catch (e) {
        if (e instanceof ReadError) throw new ResponseError(ErrorCodes.InvalidParams, e.message);
        throw e;
      }
    }
    throw new ResponseError(ErrorCodes.MethodNotFound, `unknown command ${p.command}`);
  });

  connection.onCompletion(withDoc('completion', null, (doc, p, s) => service.completion(doc, p.position, s.customTerms)));
  connection.onCompletionResolve((item) => service.resolveCompletion(item, globalSettings.customTerms));
  connection.onHover(withDoc('hover', null, (doc, p, s) => service.hover(doc, p.position, s.customTerms)));
  connection.onDefinition(withDoc('definition', null, (doc, p) => service.definition(doc, p.position)));
  connection.onReferences(withDoc('references', [], (doc, p) => service.references(doc, p.position)));
  connection.onDocumentHighlight(withDoc('documentHighlight', [], (doc, p) => service.highlights(doc, p.position)));
  connection.onPrepareRename(withDoc('prepareRename', null, (doc, p) => service.prepareRename(doc, p.position)));
  connection.onRenameRequest((p, token) => withDoc('rename', null, (doc, q) => service.rename(doc, q.position, p.newName))(p, token));
  connection.onDocumentLinks(
    safe(connection, 'documentLinks', null, (p: { textDocument: { uri: string } }) => {
      const doc = documents.get(p.textDocument.uri);
      return doc ? service.documentLinks(doc) : null;
    }),
  );

  documents.listen(connection);
  connection.listen();
}

main();
