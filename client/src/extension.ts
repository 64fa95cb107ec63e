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

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
