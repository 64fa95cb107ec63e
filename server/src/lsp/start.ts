// Wires the connection to the service: document sync and validation, settings, and one handler
// per request, each behind the error guard. This folder and server.ts are the only code that
// touches the connection.

import { type CancellationToken, type CodeActionParams, type CompletionItem, type Connection, ErrorCodes, MessageType, type Range, ResponseError, ShowMessageNotification } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { EXPORT_COMMAND, EXPORT_PRS_COMMAND, IMPORT_COMMAND, PREVIEW_COMMAND } from '../convert/commands';
import { ReadError } from '../convert/errors';
import { freshNonce } from '../features/preview/html';
import { TrialRecordService } from '../service';
import type { Settings } from '../settings';
import { type ClientInfo, clientInfo, INITIALIZE_RESULT } from './capabilities';
import { openDocuments } from './documents';
import { guard } from './guard';
import { type DiskIndex, diskIndex, HOST, initializeHost, prsValidator } from './host';
import { SettingsSource } from './settings';
import { VERSION } from '../version';
import { ValidationQueue } from './validation';

type OfDoc = { textDocument: { uri: string } };
type At = OfDoc & { position: { line: number; character: number } };

/** `loadMs`: how long the bundle took to load and run up to here, for the log (the web worker's). */
export function start(connection: Connection, loadMs?: number): void {
  // Anything printed on stdout would corrupt the protocol stream under --stdio.
  console.log = (...a: unknown[]) => connection.console.log(a.map(String).join(' '));
  console.info = console.log;
  console.warn = (...a: unknown[]) => connection.console.warn(a.map(String).join(' '));
  console.error = (...a: unknown[]) => connection.console.error(a.map(String).join(' '));

  const log = connection.console;
  // Changes reach the queue's typing line before onDidChangeContent schedules their validation.
  const documents = openDocuments(connection, (uri, line) => queue.typedOn(uri, line));
  const service = new TrialRecordService();
  const settings = new SettingsSource(connection, service);
  const queue = new ValidationQueue(connection, documents, service, settings);
  let client: ClientInfo = { hierarchicalSymbols: false, configurationRequests: false, clientCommands: false, folders: [] };
  let index: DiskIndex | undefined;

  connection.onInitialize((params) => {
    client = clientInfo(params);
    settings.configurationRequests = client.configurationRequests;
    initializeHost(params.initializationOptions);
    index = diskIndex(client.folders);
    return INITIALIZE_RESULT;
  });

  connection.onInitialized(() => {
    log.info(`Trial Record ${VERSION} running in ${HOST}${loadMs !== undefined ? `, loaded in ${Math.round(loadMs)} ms` : ''}`);
  });

  documents.onDidOpen((e) => {
    queue.opened(e.document.uri);
    queue.schedule(e.document.uri, 'now');
  });
  documents.onDidChangeContent(async (e) => {
    if ((await settings.for(e.document.uri)).run === 'onType') queue.schedule(e.document.uri, 'typing');
  });
  documents.onDidSave((e) => {
    queue.saved(e.document.uri);
    queue.schedule(e.document.uri, 'now');
  });
  documents.onDidClose((e) => {
    settings.forget(e.document.uri);
    service.forget(e.document.uri);
    queue.cancel(e.document.uri);
  });
  connection.onDidChangeConfiguration((change) => {
    settings.changed(change.settings);
    for (const doc of documents.all()) queue.schedule(doc.uri, 'now');
  });

  /** A request on one open document: none (or cancelled) answers `empty`. */
  const onDoc = <P extends OfDoc, R>(name: string, empty: R, fn: (doc: TextDocument, p: P) => R) =>
    guard(log, name, () => empty, (p: P) => {
      const doc = documents.get(p.textDocument.uri);
      return doc ? fn(doc, p) : empty;
    });
  /** The same, for a request that depends on the document's settings. */
  const withSettings = <P extends OfDoc, R>(name: string, empty: R, fn: (doc: TextDocument, p: P, s: Settings) => R) =>
    guard(log, name, () => empty, (p: P, token?: CancellationToken) => {
      const doc = documents.get(p.textDocument.uri);
      if (!doc) return empty;
      return settings.for(doc.uri).then((s) => (token?.isCancellationRequested ? empty : fn(doc, p, s)));
    });

  connection.onCodeAction(
    withSettings('codeAction', null, (doc, p: CodeActionParams, s) =>
      service.codeActions(doc, p.range, p.context.diagnostics, s, { clientCommands: client.clientCommands, ...(p.context.only ? { only: p.context.only } : {}) }),
    ),
  );
  connection.onDocumentSymbol(onDoc('documentSymbol', null, (doc) => (client.hierarchicalSymbols ? service.documentSymbols(doc) : service.flatSymbols(doc))));
  connection.onFoldingRanges(onDoc('foldingRange', null, (doc) => service.foldingRanges(doc)));
  // A record formatting would lose something of is left as it is, and the user is told why.
  const formatted = (doc: TextDocument, range?: Range) => {
    const r = service.format(doc, range);
    if ('refused' in r) {
      // A notification, not window/showMessageRequest: no answer is awaited, and a client
      // without message requests cannot make it fail.
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: r.refused });
      return null;
    }
    return [...r.edits];
  };
  connection.onDocumentFormatting(onDoc('formatting', null, (doc) => formatted(doc)));
  connection.onDocumentRangeFormatting(onDoc('rangeFormatting', null, (doc, p: { textDocument: { uri: string }; range: Range }) => formatted(doc, p.range)));
  connection.onDocumentLinks(onDoc('documentLinks', null, (doc) => service.documentLinks(doc)));
  connection.onWorkspaceSymbol(
    guard(log, 'workspaceSymbol', () => [], (p: { query: string }) => {
      const open = documents.all().filter((d) => d.languageId === 'trial-record' || /\.trial(\.txt)?$/i.test(d.uri));
      const openUris = new Set(open.map((d) => d.uri));
      const fromDisk = (index?.symbols(openUris) ?? []).filter((s) => p.query === '' || service.matches(s.name, p.query));
      return [...service.workspaceSymbols(open, p.query), ...fromDisk];
    }),
  );
  connection.onCompletion(withSettings('completion', null, (doc, p: At, s) => service.completion(doc, p.position, s.customTerms)));
  connection.onCompletionResolve(guard(log, 'completionResolve', (item: CompletionItem) => item, (item) => service.resolveCompletion(item, settings.globalSettings.customTerms)));
  connection.onHover(withSettings('hover', null, (doc, p: At, s) => service.hover(doc, p.position, s.customTerms)));
  connection.onDefinition(withSettings('definition', null, (doc, p: At) => service.definition(doc, p.position)));
  connection.onReferences(withSettings('references', [], (doc, p: At) => service.references(doc, p.position)));
  connection.onDocumentHighlight(withSettings('documentHighlight', [], (doc, p: At) => service.highlights(doc, p.position)));
  connection.onPrepareRename(withSettings('prepareRename', null, (doc, p: At) => service.prepareRename(doc, p.position)));
  connection.onRenameRequest(withSettings('rename', null, (doc, p: At & { newName: string }) => service.rename(doc, p.position, p.newName)));

  // Conversions for any client: export an open record, import data the client has read. Bad
  // arguments are the caller's error, answered as such rather than guarded.
  connection.onExecuteCommand((p) => {
    if (p.command === EXPORT_COMMAND) {
      const uri = p.arguments?.[0];
      const doc = typeof uri === 'string' ? documents.get(uri) : undefined;
      if (!doc) throw new ResponseError(ErrorCodes.InvalidParams, `${EXPORT_COMMAND} takes the URI of an open record`);
      const { study, notes } = service.exportStudy(doc);
      return { json: `${JSON.stringify(study, null, 2)}\n`, notes };
    }
    if (p.command === EXPORT_PRS_COMMAND) return exportPrs(p.arguments ?? []);
    if (p.command === PREVIEW_COMMAND) return previewPage(p.arguments ?? []);
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

  async function previewPage(args: unknown[]) {
    const [uri, opts] = args;
    const doc = typeof uri === 'string' ? documents.get(uri) : undefined;
    if (!doc) throw new ResponseError(ErrorCodes.InvalidParams, `${PREVIEW_COMMAND} takes the URI of an open record`);
    const o = (opts !== null && typeof opts === 'object' ? opts : {}) as { nonce?: unknown; ruleLinkBase?: unknown };
    const nonce = typeof o.nonce === 'string' && /^[A-Za-z0-9+/=_-]{8,}$/.test(o.nonce) ? o.nonce : freshNonce();
    const base = typeof o.ruleLinkBase === 'string' && /^(https:\/\/|command:)/.test(o.ruleLinkBase) ? o.ruleLinkBase : undefined;
    const html = service.previewPage(doc, await settings.for(doc.uri), { nonce, ...(base ? { ruleLink: (id: string) => `${base}${encodeURIComponent(id)}.md` } : {}) });
    return { html, nonce };
  }

  async function exportPrs(args: unknown[]) {
    const [given, org] = args;
    const uris = typeof given === 'string' ? [given] : Array.isArray(given) ? given : [];
    const docs = uris.map((u) => (typeof u === 'string' ? documents.get(u) : undefined));
    if (docs.length === 0 || docs.some((d) => d === undefined)) throw new ResponseError(ErrorCodes.InvalidParams, `${EXPORT_PRS_COMMAND} takes the URI of an open record, or a list of them`);
    const organization = typeof org === 'string' && org.trim() !== '' ? org.trim() : (await settings.for(uris[0] as string)).prsOrganization;
    if (!organization) throw new ResponseError(ErrorCodes.InvalidParams, 'The PRS XML export needs your PRS organization name (the login name on the PRS sign-in page): set trialRecord.prs.organization, or pass it as the second argument.');
    const validate = prsValidator();
    if (typeof validate === 'string') throw new ResponseError(ErrorCodes.InvalidRequest, validate);
    const r = await service.exportPrs(docs as TextDocument[], organization, validate);
    return {
      ...(r.problems.length === 0 ? { xml: r.xml } : {}),
      notes: r.notes.map((n) => ({ uri: n.name, message: n.message })),
      problems: r.problems.map((q) => ({ uri: q.name, ...(q.line !== undefined ? { line: q.line } : {}), xmlLine: q.xmlLine, message: q.message })),
    };
  }

  documents.listen(connection);
  connection.listen();
}
