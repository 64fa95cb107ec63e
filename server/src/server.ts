// The language server's entry point: its command line, then the connection (lsp/start.ts).
// Only this file and lsp/ import vscode-languageserver/node.

import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { start } from './lsp/start';
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

main();
