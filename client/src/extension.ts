// The VS Code client: starts the language server and switches plain-text records to the
// trial-record language. All record logic lives in the server; detection reuses its module.

import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { looksLikeRecord } from '../../server/src/detect';

export const LANGUAGE_ID = 'trial-record';
let client: LanguageClient | undefined;

export interface TrialRecordApi {
  /** Resolves once the language server has answered `initialize`. */
  readonly ready: Promise<void>;
}

export function activate(context: vscode.ExtensionContext): TrialRecordApi {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: LANGUAGE_ID },
      { scheme: 'untitled', language: LANGUAGE_ID },
      { scheme: 'vscode-remote', language: LANGUAGE_ID },
    ],
    synchronize: { configurationSection: 'trialRecord' },
    // The server offers the settings-writing fixes only to clients that run these commands.
    initializationOptions: { clientCommands: true },
  };
  client = new LanguageClient('trialRecord', 'Trial Record', serverOptions, clientOptions);
  const ready = client.start();

  context.subscriptions.push(
    vscode.commands.registerCommand('trialRecord.treatAsTrialRecord', async () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (!doc) {
        void vscode.window.showInformationMessage('Open a file first, then run “Treat this file as a trial record”.');
        return;
      }
      await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
    }),
    vscode.commands.registerCommand('trialRecord.disableRule', (rule: string) => disableRule(rule)),
    vscode.commands.registerCommand('trialRecord.suppressFinding', (uri: string, rule: string, text: string) => suppressFinding(uri, rule, text)),
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
