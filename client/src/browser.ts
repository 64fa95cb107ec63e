// The browser entry point (package.json "browser": vscode.dev, github.dev): the language server
// runs in a web worker, dist/web/server.js. There is no disk on its side, so this hands it what
// it would read there: the spelling word lists and where the rule pages are.

import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { WORD_LISTS } from '../../server/src/vocabulary/spelling/wordLists';
import { activateWith, LANGUAGE_ID, type TrialRecordApi } from './activate';

export { deactivate, LANGUAGE_ID, type TrialRecordApi } from './activate';

// The web worker extension host has Worker; the project's type libraries are Node's, not the DOM's.
declare const Worker: new (url: string) => ConstructorParameters<typeof LanguageClient>[3];


export async function activate(context: vscode.ExtensionContext): Promise<TrialRecordApi> {
  const started = performance.now();
  const dist = vscode.Uri.joinPath(context.extensionUri, 'dist');
  const [worker, wordLists] = await Promise.all([serverWorker(dist), readWordLists(dist)]);
  let client: LanguageClient | undefined;
  const api = activateWith(context, {
    // Any scheme: in the browser, records live in virtual file systems (vscode-vfs, github, ...).
    documentSelector: [{ language: LANGUAGE_ID }],
    initializationOptions: { ...(wordLists ? { wordLists } : {}), ruleDocBase: vscode.Uri.joinPath(dist, 'rules').toString() },
    create: (options) => (client = new LanguageClient('trialRecord', 'Trial Record', options, worker)),
  });
  void api.ready.then(() => client?.outputChannel.appendLine(`Trial Record's web worker answered initialize ${Math.round(performance.now() - started)} ms after activation began (bundle and word lists read, worker loaded)`));
  return api;
}

/**
 * The server's worker, from the bundle's text: the web worker extension host starts no worker from
 * a file: or vscode-remote: location (a local folder, a VS Code server), and a blob starts anywhere.
 */
async function serverWorker(dist: vscode.Uri): Promise<ConstructorParameters<typeof LanguageClient>[3]> {
  const code = await readExtensionFile(vscode.Uri.joinPath(dist, 'web', 'server.js'));
  return new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
}

/**
 * One of the extension's own files. fetch reads every location an extension is served from: the
 * https one of vscode.dev, and the file: and vscode-remote: ones, which the web worker extension
 * host maps to the server's resource URLs.
 */
async function readExtensionFile(uri: vscode.Uri): Promise<Uint8Array> {
  const response = await fetch(uri.toString(true));
  if (!response.ok) throw new Error(`${uri.path}: ${response.status} ${response.statusText}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The word lists as base64 (initialize's options travel as JSON); none, and spelling is off, when they cannot be read. */
async function readWordLists(dist: vscode.Uri): Promise<string[] | undefined> {
  try {
    return await Promise.all(WORD_LISTS.map(async (f) => toBase64(await readExtensionFile(vscode.Uri.joinPath(dist, 'dictionaries', f)))));
  } catch (e) {
    console.error(`Trial Record: spelling is off: the word lists could not be read (${e instanceof Error ? e.message : String(e)})`);
    return undefined;
  }
}

function toBase64(bytes: Uint8Array): string {
  // In chunks: String.fromCharCode takes its characters as arguments, and there is a limit to those.
  let bin = '';
  for (let k = 0; k < bytes.length; k += 0x8000) bin += String.fromCharCode(...bytes.subarray(k, k + 0x8000));
  return btoa(bin);
}
