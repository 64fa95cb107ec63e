// The VS Code client, on the desktop and in the browser alike: starts the language server that
// the entry point gives (extension.ts: a Node process; browser.ts: a web worker), owns the
// commands, and switches plain-text records to the trial-record language. All record logic lives
// in the server; detection reuses its module.

import * as vscode from 'vscode';
import { type BaseLanguageClient, ExecuteCommandRequest, type LanguageClientOptions } from 'vscode-languageclient';
import { EXPORT_COMMAND, EXPORT_PRS_COMMAND, IMPORT_COMMAND, PREVIEW_COMMAND } from '../../server/src/convert/commands';
import { looksLikeRecord } from '../../server/src/detect';
import type { ImportedRecord } from '../../server/src/service';
import { RecordPreview } from './preview';
import { baseName } from './uris';

export const LANGUAGE_ID = 'trial-record';
let client: BaseLanguageClient | undefined;

export interface TrialRecordApi {
  /** Resolves once the language server has answered `initialize`. */
  readonly ready: Promise<void>;
}

/** What both entry points give: how to make their client, the documents it serves, what the server needs at initialize. */
export interface ClientSetup {
  readonly documentSelector: NonNullable<LanguageClientOptions['documentSelector']>;
  readonly initializationOptions?: Readonly<Record<string, unknown>>;
  create(options: LanguageClientOptions): BaseLanguageClient;
}

export function activateWith(context: vscode.ExtensionContext, setup: ClientSetup): TrialRecordApi {
  const clientOptions: LanguageClientOptions = {
    documentSelector: setup.documentSelector,
    synchronize: { configurationSection: 'trialRecord' },
    // The server offers the settings-writing fixes only to clients that run these commands.
    initializationOptions: { clientCommands: true, ...setup.initializationOptions },
    // A finding's rule code links to its page; VS Code would open the .md file for editing, so the
    // link becomes a command that shows the page rendered.
    middleware: { handleDiagnostics: (uri, diagnostics, next) => next(uri, diagnostics.map(linkRulePage)) },
  };
  client = setup.create(clientOptions);
  const ready = client.start();
  const preview = new RecordPreview(LANGUAGE_ID, (uri, nonce) => renderPage(uri, nonce, ready), vscode.Uri.joinPath(context.extensionUri, 'images', 'icon.png'));

  context.subscriptions.push(
    vscode.commands.registerCommand('trialRecord.treatAsTrialRecord', async () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (!doc) {
        void vscode.window.showInformationMessage('Open a file first, then run “Treat this file as a trial record”.');
        return;
      }
      await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
    }),
    vscode.commands.registerCommand('trialRecord.importFromClinicalTrialsGov', (uri?: vscode.Uri) => importStudies(uri, ready)),
    vscode.commands.registerCommand('trialRecord.importAsTrialRecord', (uri?: vscode.Uri) => importStudies(uri, ready)),
    vscode.commands.registerCommand('trialRecord.showRulePage', (id?: string) => showRulePage(context.extensionUri, id)),
    vscode.commands.registerCommand('trialRecord.exportAsJson', (uri?: vscode.Uri) => exportStudy(uri, ready, 'beside')),
    vscode.commands.registerCommand('trialRecord.copyAsJson', (uri?: vscode.Uri) => exportStudy(uri, ready, 'clipboard')),
    vscode.commands.registerCommand('trialRecord.exportForPrs', (uri?: vscode.Uri, target?: vscode.Uri) => exportForPrs(uri, target, ready)),
    preview,
    vscode.commands.registerCommand('trialRecord.openPreview', (uri?: vscode.Uri) => preview.open(uri, false)),
    vscode.commands.registerCommand('trialRecord.openPreviewToSide', (uri?: vscode.Uri) => preview.open(uri, true)),
    vscode.commands.registerCommand('trialRecord.showPreviewSource', () => preview.showSource()),
    vscode.commands.registerCommand('trialRecord.disableRule', (rule: string) => disableRule(rule)),
    vscode.commands.registerCommand('trialRecord.suppressFinding', (uri: string, rule: string, text: string) => suppressFinding(uri, rule, text)),
    vscode.commands.registerCommand('trialRecord.selectPlaceholder', (uri: string, range: { start: vscode.Position; end: vscode.Position }) => selectPlaceholder(uri, range)),
    vscode.workspace.onDidOpenTextDocument((doc) => void detect(doc, ready)),
  );
  for (const doc of vscode.workspace.textDocuments) void detect(doc, ready);
  return { ready };
}

/**
 * Switches a plain-text document that looks like a record (setting trialRecord.detectPlainText).
 * The switch waits for the language server: views such as the Outline look for a provider when
 * the language changes, and would otherwise stay empty until the editor is reopened.
 */
async function detect(doc: vscode.TextDocument, ready: Promise<void>): Promise<void> {
  if (doc.languageId !== 'plaintext') return;
  const enabled = vscode.workspace.getConfiguration('trialRecord', doc.uri).get<boolean>('detectPlainText', true);
  if (!enabled || !looksLikeRecord(doc.getText())) return;
  await ready.catch(() => undefined);
  if (doc.isClosed || doc.languageId !== 'plaintext') return;
  await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
}

/** The server's study page for an open record; rule codes link to "Show Rule Page". */
async function renderPage(uri: string, nonce: string | undefined, ready: Promise<void>): Promise<{ html: string; nonce: string }> {
  await ready;
  const options = { ...(nonce ? { nonce } : {}), ruleLinkBase: 'command:trialRecord.showRulePage?' };
  return (await client!.sendRequest(ExecuteCommandRequest.type, { command: PREVIEW_COMMAND, arguments: [uri, options] })) as { html: string; nonce: string };
}

interface ImportResult {
  readonly records: readonly ImportedRecord[];
}

/**
 * Opens an imported study as a new, unsaved record named after its NCT ID (or Unique Protocol
 * ID) beside the file it came from, so Save proposes `NCT05897541.trial`, never the title. A name
 * taken by a file or an open record gets a number.
 */
async function openImported(r: ImportedRecord, source: vscode.Uri): Promise<void> {
  const base = r.baseName ?? 'imported-record';
  const dir = source.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0]?.uri : vscode.Uri.joinPath(source, '..');
  const taken = async (name: string): Promise<boolean> => {
    const file = dir ? vscode.Uri.joinPath(dir, name) : undefined;
    if (vscode.workspace.textDocuments.some((d) => d.uri.path === (file?.path ?? name))) return true;
    return file ? vscode.workspace.fs.stat(file).then(() => true, () => false) : false;
  };
  let name = `${base}.trial`;
  for (let k = 2; (await taken(name)) && k < 1000; k++) name = `${base}-${k}.trial`;
  const target = vscode.Uri.from({ scheme: 'untitled', path: dir ? vscode.Uri.joinPath(dir, name).path : name });
  const doc = await vscode.workspace.openTextDocument(target);
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  await editor.edit((b) => b.insert(new vscode.Position(0, 0), r.text));
  if (doc.languageId !== LANGUAGE_ID) await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
  editor.selection = new vscode.Selection(0, 0, 0, 0);
}

/** "Import from ClinicalTrials.gov JSON/XML…": each study opens as a new, unsaved record. */
async function importStudies(given: vscode.Uri | undefined, ready: Promise<void>): Promise<void> {
  const uri =
    given ??
    (
      await vscode.window.showOpenDialog({
        canSelectMany: false,
        openLabel: 'Import',
        title: 'Import a ClinicalTrials.gov study (API v2 JSON, legacy XML or PRS XML)',
        filters: { 'ClinicalTrials.gov and PRS data': ['json', 'xml'], 'All files': ['*'] },
      })
    )?.[0];
  if (!uri) return;
  const data = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  await ready;
  let result: ImportResult;
  try {
    result = (await client!.sendRequest(ExecuteCommandRequest.type, { command: IMPORT_COMMAND, arguments: [data, baseName(uri.path)] })) as ImportResult;
  } catch (e) {
    void vscode.window.showErrorMessage(`Trial Record: ${(e as Error).message}`);
    return;
  }
  for (const r of result.records) {
    await openImported(r, uri);
    if (r.notes.length > 0) void vscode.window.showWarningMessage(`${r.nctId ?? r.orgStudyId ?? 'Imported record'}: ${r.notes.join(' ')}`);
  }
}

/** "Export as ClinicalTrials.gov JSON" (side by side) and "Copy as ClinicalTrials.gov JSON". */
async function exportStudy(given: vscode.Uri | undefined, ready: Promise<void>, to: 'beside' | 'clipboard'): Promise<void> {
  const doc = given ? await vscode.workspace.openTextDocument(given) : vscode.window.activeTextEditor?.document;
  if (!doc || doc.languageId !== LANGUAGE_ID) {
    void vscode.window.showInformationMessage('Open a trial record first.');
    return;
  }
  await ready;
  const { json, notes } = (await client!.sendRequest(ExecuteCommandRequest.type, { command: EXPORT_COMMAND, arguments: [doc.uri.toString()] })) as { json: string; notes: string[] };
  if (to === 'clipboard') {
    await vscode.env.clipboard.writeText(json);
    void vscode.window.showInformationMessage(`Copied ${baseName(doc.uri.path)} as ClinicalTrials.gov JSON.`);
  } else {
    const out = await vscode.workspace.openTextDocument({ language: 'json', content: json });
    await vscode.window.showTextDocument(out, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  }
  if (notes.length > 0) void vscode.window.showWarningMessage(`Not exported: ${notes.join(' ')}`);
}

interface PrsResult {
  readonly xml?: string;
  readonly notes: readonly { readonly uri: string; readonly message: string }[];
  readonly problems: readonly { readonly uri: string; readonly line?: number; readonly xmlLine: number; readonly message: string }[];
}

let prsNotes: vscode.OutputChannel | undefined;

/**
 * "Export for PRS upload (XML)…": the record as a PRS upload file, checked against the PRS schema
 * by the server. Nothing is written when the schema rejects it; the first error is shown at its line.
 */
async function exportForPrs(given: vscode.Uri | undefined, target: vscode.Uri | undefined, ready: Promise<void>): Promise<void> {
  const doc = given ? await vscode.workspace.openTextDocument(given) : vscode.window.activeTextEditor?.document;
  if (!doc || doc.languageId !== LANGUAGE_ID) {
    void vscode.window.showInformationMessage('Open a trial record first.');
    return;
  }
  const config = vscode.workspace.getConfiguration('trialRecord', doc.uri);
  let org = config.get<string>('prs.organization', '').trim();
  if (org === '') {
    org =
      (
        await vscode.window.showInputBox({
          title: 'PRS organization',
          prompt: 'Your PRS organization\'s login name (the Organization box on the PRS sign-in page). Set trialRecord.prs.organization to skip this question.',
          ignoreFocusOut: true,
          validateInput: (v) => (v.trim() === '' ? 'PRS needs the organization name in id_info/org_name.' : undefined),
        })
      )?.trim() ?? '';
    if (org === '') return;
  }
  await ready;
  let result: PrsResult;
  try {
    result = (await client!.sendRequest(ExecuteCommandRequest.type, { command: EXPORT_PRS_COMMAND, arguments: [doc.uri.toString(), org] })) as PrsResult;
  } catch (e) {
    void vscode.window.showErrorMessage(`Trial Record: ${(e as Error).message}`);
    return;
  }
  prsNotes ??= vscode.window.createOutputChannel('Trial Record: PRS export');
  prsNotes.clear();
  for (const n of result.notes) prsNotes.appendLine(`${baseName(vscode.Uri.parse(n.uri).path)}: ${n.message}`);
  for (const p of result.problems) prsNotes.appendLine(`${baseName(vscode.Uri.parse(p.uri).path)}:${p.line !== undefined ? p.line + 1 : '?'}: PRS schema: ${p.message} (XML line ${p.xmlLine})`);
  if (result.xml === undefined) {
    const first = result.problems[0];
    if (first?.line !== undefined) {
      const editor = await vscode.window.showTextDocument(doc);
      const at = new vscode.Position(first.line, 0);
      editor.selection = new vscode.Selection(at, at);
      editor.revealRange(new vscode.Range(at, at));
    }
    prsNotes.show(true);
    void vscode.window.showErrorMessage(`The PRS XML does not match the PRS schema (${result.problems.length} error${result.problems.length === 1 ? '' : 's'}); nothing was written. ${first ? first.message : ''}`);
    return;
  }
  const base = baseName(doc.uri.path).replace(/\.trial(\.txt)?$|\.txt$/, '') || 'record';
  const destination =
    target ??
    (await vscode.window.showSaveDialog({
      title: 'Export for PRS upload (XML)',
      saveLabel: 'Export',
      defaultUri: doc.isUntitled ? undefined : vscode.Uri.joinPath(doc.uri, '..', `${base}.prs.xml`),
      filters: { 'PRS upload XML': ['xml'] },
    }));
  if (!destination) return;
  await vscode.workspace.fs.writeFile(destination, new TextEncoder().encode(result.xml));
  const notes = result.notes.length;
  const message = `Exported ${baseName(destination.path)} for PRS upload${notes > 0 ? `, with ${notes} note${notes === 1 ? '' : 's'} on what PRS will still ask for` : ''}.`;
  if (notes === 0) void vscode.window.showInformationMessage(message);
  else void vscode.window.showWarningMessage(message, 'Show notes').then((pick) => pick && prsNotes?.show());
}

/** After a fix inserted a template: select its first `<placeholder>`, ready to be typed over. */
function selectPlaceholder(uri: string, r: { start: vscode.Position; end: vscode.Position }): void {
  const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri);
  if (!editor) return;
  const range = new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
  // The document may have changed since the action was computed: select only a placeholder.
  if (!/^<[^<>]+>$/.test(editor.document.getText(range))) return;
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

const RULE_PAGE = /\/rules\/([a-z0-9-]+)\.md$/;

/** The rule code's link, as a command that shows the rule's page rendered. */
function linkRulePage(d: vscode.Diagnostic): vscode.Diagnostic {
  const code = d.code;
  if (typeof code !== 'object' || !(code.target instanceof vscode.Uri)) return d;
  const id = RULE_PAGE.exec(code.target.path)?.[1];
  if (!id) return d;
  d.code = { value: code.value, target: vscode.Uri.parse(`command:trialRecord.showRulePage?${encodeURIComponent(JSON.stringify([id]))}`) };
  return d;
}

/**
 * "Show Rule Page": the page shipped in the extension (dist/rules), in the Markdown preview, so
 * it reads as documentation and works offline and in the packaged extension alike.
 */
async function showRulePage(extension: vscode.Uri, given?: string): Promise<void> {
  const dir = vscode.Uri.joinPath(extension, 'dist', 'rules');
  let id = given;
  if (!id) {
    const files = (await vscode.workspace.fs.readDirectory(dir)).map(([name]) => name).filter((n) => n.endsWith('.md') && n !== 'README.md');
    id = (await vscode.window.showQuickPick(files.map((n) => n.slice(0, -3)).sort(), { title: 'Trial Record: which rule?', placeHolder: 'A rule id, e.g. missing-lead-sponsor' })) ?? undefined;
    if (!id) return;
  }
  if (!/^[a-z0-9-]+$/.test(id)) return;
  const page = vscode.Uri.joinPath(dir, `${id}.md`);
  try {
    await vscode.commands.executeCommand('markdown.showPreview', page);
  } catch {
    // Without the built-in Markdown extension: the page as text, still read-only in intent.
    await vscode.window.showTextDocument(page, { preview: true });
  }
}

/** "Disable <rule> in the workspace": trialRecord.rules.<rule> = off in the workspace settings. */
async function disableRule(rule: string): Promise<void> {
  const config = vscode.workspace.getConfiguration('trialRecord');
  const target = vscode.workspace.workspaceFolders ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await config.update(`rules.${rule}`, 'off', target);
}

/** Hides one finding through trialRecord.suppressions, for records that must stay verbatim. */
async function suppressFinding(uri: string, rule: string, text: string): Promise<void> {
  const resource = vscode.Uri.parse(uri);
  const config = vscode.workspace.getConfiguration('trialRecord', resource);
  const current = config.get<{ rule: string; text?: string }[]>('suppressions', []);
  if (current.some((s) => s.rule === rule && s.text === text)) return;
  const folder = vscode.workspace.getWorkspaceFolder(resource);
  const target = folder ? vscode.ConfigurationTarget.WorkspaceFolder : vscode.ConfigurationTarget.Global;
  await config.update('suppressions', [...current, { rule, text }], target);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
