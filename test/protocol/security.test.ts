// The server never executes document content and makes no network requests: it runs with every
// socket, listener, fetch and child process refused (test/fixtures/preload/no-network.js) through
// a session that uses every feature, including documents that name URLs and shell commands.
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocumentLink } from 'vscode-languageserver-types';
import { FIXTURES, seedPath, seedText } from '../helpers';
import { TestClient } from './client';

describe('security', function () {
  this.timeout(20000);
  let c: TestClient;
  after(() => c?.kill());

  it('the preload really refuses network and processes (so the session below proves something)', () => {
    const { spawnSync } = require('node:child_process') as typeof import('node:child_process');
    const probe = `require('node:https').get('https://clinicaltrials.gov/')`;
    const r = spawnSync(process.execPath, ['--require', join(FIXTURES, 'preload', 'no-network.js'), '-e', probe], { encoding: 'utf8' });
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /NETWORK-ATTEMPT https\.get/);
  });

  it('a whole session opens no socket and runs no program', async () => {
    c = TestClient.stdio(['--require', join(FIXTURES, 'preload', 'no-network.js')]);
    c.settings = { today: '2026-11-21' };
    await c.initialize({ workspace: { configuration: true }, textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true } } }, pathToFileURL(FIXTURES).toString());
    const uri = pathToFileURL(seedPath('003')).toString();
    // Content that would tempt a careless server: URLs, a shell command, a script tag.
    const text = `${seedText('003')}\nSee https://example.invalid/$(rm -rf /) and <script>fetch('https://example.invalid')</script> NCT01234567\n`;
    await c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'trial-record', version: 1, text } });
    const diagnostics = await c.diagnostics(uri, (p) => p.version === 1);
    assert.ok(diagnostics.length > 0);
    const line = text.split('\n').findIndex((l) => l.startsWith('See https://'));
    await c.request('textDocument/documentSymbol', { textDocument: { uri } });
    await c.request('textDocument/foldingRange', { textDocument: { uri } });
    await c.request('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 0 } });
    await c.request('textDocument/hover', { textDocument: { uri }, position: { line, character: 5 } });
    await c.request('workspace/symbol', { query: 'NCT' });
    await c.request('workspace/executeCommand', { command: 'trial-record.exportStudy', arguments: [uri] });
    const links = await c.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri } });
    assert.ok(links.length > 0);
    for (const l of links) assert.match(l.target!, /^https:\/\/clinicaltrials\.gov\/study\/NCT\d{8}$/, 'links only ever point to ClinicalTrials.gov');
    assert.doesNotMatch(c.stderr, /NETWORK-ATTEMPT|EXEC-ATTEMPT/);
  });
});
