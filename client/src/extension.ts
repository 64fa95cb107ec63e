// The desktop entry point (package.json "main"): the language server runs as a Node process,
// dist/server.js over IPC. Everything else is activate.ts, shared with the browser (browser.ts).

import * as path from 'node:path';
import type * as vscode from 'vscode';
import { LanguageClient, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { SERVER_NODE_ARGS } from '../../server/src/launch';
import { activateWith, LANGUAGE_ID, type TrialRecordApi } from './activate';

export { deactivate, LANGUAGE_ID, type TrialRecordApi } from './activate';

export function activate(context: vscode.ExtensionContext): TrialRecordApi {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_ARGS] } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_ARGS, '--nolazy', '--inspect=6009'] } },
  };
  return activateWith(context, {
    documentSelector: [
      { scheme: 'file', language: LANGUAGE_ID },
      { scheme: 'untitled', language: LANGUAGE_ID },
      { scheme: 'vscode-remote', language: LANGUAGE_ID },
    ],
    create: (options) => new LanguageClient('trialRecord', 'Trial Record', serverOptions, options),
  });
}
