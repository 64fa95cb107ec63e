// Protocol tests: the bundled server (dist/server.js) over real JSON-RPC, as Neovim, Emacs
// or VS Code would drive it.
import { strict as assert } from 'node:assert';
import { pathToFileURL } from 'node:url';
import type { DocumentSymbol, FoldingRange, SymbolInformation, TextEdit } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SEED_FILES, SEEDS_DIR, seedPath, seedText, seed } from '../helpers';
import { TestClient } from './client';

const HIERARCHICAL = { textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true } } };
const uriOf = (path: string) => pathToFileURL(path).toString();

function open(c: TestClient, prefix: string, version = 1): Promise<void> {
  return c.notify('textDocument/didOpen', { textDocument: { uri: uriOf(seedPath(prefix)), languageId: 'trial-record', version, text: seedText(prefix) } });
}

describe('language server over stdio', function () {
  this.timeout(20000);
  let c: TestClient;
  afterEach(() => c?.kill());

  it('initializes with its capabilities and exits cleanly on shutdown/exit', async () => {
    c = TestClient.stdio();
    const init = await c.initialize(HIERARCHICAL);
    assert.equal(init.serverInfo?.name, 'trial-record');
    assert.deepEqual(init.capabilities.textDocumentSync, { openClose: true, change: 2, save: { includeText: false } });
    assert.ok(init.capabilities.documentSymbolProvider);
    assert.equal(init.capabilities.foldingRangeProvider, true);
    assert.equal(init.capabilities.workspaceSymbolProvider, true);
    assert.equal(await c.stop(), 0);
    assert.deepEqual(c.errors, [], 'nothing but protocol messages on stdout');
  });

  it('returns the symbol tree of every seed', async () => {
    c = TestClient.stdio();
    await c.initialize(HIERARCHICAL);
    for (const file of SEED_FILES) {
      const prefix = file.slice(0, 3);
      await open(c, prefix);
      const symbols = await c.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: uriOf(seedPath(prefix)) } });
      const root = symbols[0]!;
      assert.equal(root.name, seed(prefix).record.identification.briefTitle!.value, file);
      const arms = root.children!.find((s) => s.name === 'Arms')!;
      assert.equal(arms.children!.length, seed(prefix).record.arms.length, file);
    }
    assert.equal(await c.stop(), 0);
    assert.deepEqual(c.errors, []);
  });

  it('applies incremental edits and answers for the new version', async () => {
    c = TestClient.stdio();
    await c.initialize(HIERARCHICAL);
    await open(c, '000');
    const uri = uriOf(seedPath('000'));
    const lines = seedText('000').split('\n');
    const line = lines.findIndex((l) => l.startsWith('Experimental: Cohort A'));
    const from = 'Experimental: '.length;
    await c.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line, character: from }, end: { line, character: from + 'Cohort A'.length } }, text: 'Cohort Alpha' }],
    });
    const symbols = await c.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const arms = symbols[0]!.children!.find((s) => s.name === 'Arms')!;
    assert.equal(arms.children![0]!.name, 'Experimental: Cohort Alpha metastatic breast cancer (mBC)');
    const folding = await c.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    assert.ok(folding.some((f) => f.startLine === line), 'the edited arm still folds');
  });

  it('gives flat symbols to a client without hierarchical support', async () => {
    c = TestClient.stdio();
    await c.initialize({});
    await open(c, '004');
    const symbols = await c.request<SymbolInformation[]>('textDocument/documentSymbol', { textDocument: { uri: uriOf(seedPath('004')) } });
    assert.ok('location' in symbols[0]!);
    // Seed 004 writes its intervention in the arm's row: it is listed under that arm.
    assert.ok(symbols.some((s) => s.name === 'Biological: B4T2-001 Autologous CAR T cells' && s.containerName === 'Experimental: B4T2-001 CAR T cells'));
  });

  it('finds NCT IDs and titles of records on disk and open', async () => {
    c = TestClient.stdio();
    await c.initialize(HIERARCHICAL, uriOf(SEEDS_DIR));
    const all = await c.request<SymbolInformation[]>('workspace/symbol', { query: '' });
    const ids = all.filter((s) => /^NCT\d{8}$/.test(s.name)).map((s) => s.name).sort();
    assert.deepEqual(ids, ['NCT03194867', 'NCT03275285', 'NCT04659603', 'NCT05621486', 'NCT07066982']);
    const byAcronym = await c.request<SymbolInformation[]>('workspace/symbol', { query: 'carmen' });
    assert.deepEqual(byAcronym.map((s) => s.containerName), ['NCT04659603']);
    const byWords = await c.request<SymbolInformation[]>('workspace/symbol', { query: 'myeloma isatuximab' });
    assert.deepEqual(byWords.map((s) => s.containerName).sort(), ['NCT03194867', 'NCT03275285']);
    const byId = await c.request<SymbolInformation[]>('workspace/symbol', { query: 'NCT0465' });
    assert.deepEqual(byId.map((s) => [s.name, s.location.uri]), [['NCT04659603', uriOf(seedPath('000'))]]);
  });

  it('answers null for a document it was never given, and keeps serving', async () => {
    c = TestClient.stdio();
    await c.initialize(HIERARCHICAL);
    assert.equal(await c.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///nowhere.trial' } }), null);
    await open(c, '002');
    const symbols = await c.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: uriOf(seedPath('002')) } });
    assert.equal(symbols.length, 1);
  });

  it('formats a record (textDocument/formatting), and says why when it leaves one as it is', async () => {
    c = TestClient.stdio();
    const init = await c.initialize(HIERARCHICAL);
    assert.equal(init.capabilities.documentFormattingProvider, true);
    assert.equal(init.capabilities.documentRangeFormattingProvider, true);
    await open(c, '003');
    const uri = uriOf(seedPath('003'));
    const edits = await c.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    assert.ok(edits.length > 0);
    const formatted = TextDocument.applyEdits(TextDocument.create(uri, 'trial-record', 1, seedText('003')), edits);
    const study = (r: { json: string }) => JSON.parse(r.json, (k, v: unknown) => (k === 'class' ? undefined : v)) as unknown;
    const before = study(await c.request('workspace/executeCommand', { command: 'trial-record.exportStudy', arguments: [uri] }));
    await c.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: formatted }] });
    assert.deepEqual(study(await c.request('workspace/executeCommand', { command: 'trial-record.exportStudy', arguments: [uri] })), before);

    const shown = new Promise<{ type: number; message: string }>((resolve) => c.rpc.onNotification('window/showMessage', resolve));
    const stray = formatted.replace('\nMore Information\n', '\nMore Information\n- a note for the coordinator\n');
    await c.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: stray }] });
    assert.equal(await c.request('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } }), null);
    const message = await shown;
    assert.equal(message.type, 2, 'a warning');
    assert.match(message.message, /line \d+ \("- a note for the coordinator"\) is not part of any element/);
    // The message is a notification: a client without window/showMessageRequest keeps a live server.
    assert.equal(await c.stop(), 0);
    assert.deepEqual(c.errors, []);
  });

  it('renders an open record as a study page (workspace/executeCommand trial-record.previewPage)', async () => {
    c = TestClient.stdio();
    const init = await c.initialize(HIERARCHICAL);
    assert.ok((init.capabilities.executeCommandProvider as { commands: string[] }).commands.includes('trial-record.previewPage'));
    await open(c, '000');
    const uri = uriOf(seedPath('000'));
    const r = await c.request<{ html: string; nonce: string }>('workspace/executeCommand', { command: 'trial-record.previewPage', arguments: [uri, { ruleLinkBase: 'https://example.org/rules/' }] });
    assert.match(r.nonce, /^[A-Za-z0-9_-]{20,}$/);
    assert.ok(r.html.includes(`style-src &#39;nonce-${r.nonce}&#39;`));
    assert.equal((r.html.match(/<g class="arm"/g) ?? []).length, 3);
    assert.equal((r.html.match(/<li class="outcome"/g) ?? []).length, 11);
    assert.match(r.html, /<a class="rule" href="https:\/\/example\.org\/rules\/[a-z-]+\.md">/);
    // A link base that is neither https: nor command: is ignored, and a bad nonce replaced.
    const plain = await c.request<{ html: string; nonce: string }>('workspace/executeCommand', { command: 'trial-record.previewPage', arguments: [uri, { ruleLinkBase: 'javascript:alert(1)//', nonce: '"><script>' }] });
    assert.ok(!plain.html.includes('javascript:alert') && !plain.html.includes('<a class="rule"'));
    assert.notEqual(plain.nonce, '"><script>');
    await assert.rejects(c.request('workspace/executeCommand', { command: 'trial-record.previewPage', arguments: ['file:///nowhere.trial'] }), /takes the URI of an open record/);
    assert.equal(await c.stop(), 0);
  });
});

describe('language server over node IPC (as VS Code starts it)', function () {
  this.timeout(20000);
  it('initializes and returns symbols', async () => {
    const c = TestClient.ipc();
    try {
      await c.initialize(HIERARCHICAL);
      await open(c, '003');
      const symbols = await c.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: uriOf(seedPath('003')) } });
      assert.equal(symbols[0]!.detail, 'NCT07066982');
      assert.equal(await c.stop(), 0);
    } finally {
      c.kill();
    }
  });
});
