// The language server in a browser (vscode.dev, github.dev): the web worker's entry point, the
// twin of server.ts. The same glue (lsp/start.ts) over a worker's message port; esbuild builds it
// with the platform's twins (lsp/host.web.ts and the others: no disk, no Node).

import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { start } from './lsp/start';

// A worker's clock starts when it is created: this is the time to fetch, parse and run the bundle.
const loadMs = performance.now();

declare const self: { postMessage(message: unknown): void; onmessage: unknown; addEventListener(type: string, listener: (e: unknown) => void): void };

start(createConnection(new BrowserMessageReader(self as never), new BrowserMessageWriter(self as never)), loadMs);
