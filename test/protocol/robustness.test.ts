// Protocol robustness against dist/server.js over stdio: malformed JSON-RPC, unknown methods,
// unopened URIs, out-of-order versions, a burst of edits and cancellation. The server answers with
// errors or nulls and keeps serving.
import { strict as assert } from 'node:assert';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { SEED_FILES, seedPath, seedText } from '../helpers';
import { TestClient } from './client';

describe('protocol robustness', function () {
  this.timeout(30000);
  let c: TestClient;
  const uri = pathToFileURL(seedPath('002')).toString();
  const text = seedText('002');
  const stillServes = async () => {
    const symbols = await c.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal(symbols.length, 1, 'the server still answers');
  };

  beforeEach(async () => {
    c = TestClient.stdio();
    c.settings = { today: '2026-11-21' };
    await c.initialize({ workspace: { configuration: true }, textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true } } });
    await c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'trial-record', version: 1, text } });
  });
  afterEach(() => c.kill());

  it('malformed JSON-RPC: broken JSON and a message that is not JSON-RPC', async () => {
    const raw = (body: string) => c.proc.stdin!.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    raw('{ "jsonrpc": "2.0", "id": 900, "method": ');
    raw('{"hello": "world"}');
    raw('[1, 2, 3]');
    await stillServes();
  });

  it('an unknown method is answered with MethodNotFound; an unknown notification is ignored', async () => {
    await assert.rejects(c.request('trialRecord/frobnicate', {}), (e: { code?: number }) => e.code === -32601);
    await c.notify('trialRecord/somethingElse', { x: 1 });
    await stillServes();
  });

  it('requests for a URI that was never opened get empty answers', async () => {
    const other = { textDocument: { uri: 'file:///never/opened.trial' } };
    assert.equal(await c.request('textDocument/documentSymbol', other), null);
    assert.equal(await c.request('textDocument/hover', { ...other, position: { line: 0, character: 0 } }), null);
    assert.equal(await c.request('textDocument/completion', { ...other, position: { line: 0, character: 0 } }), null);
    await assert.rejects(c.request('workspace/executeCommand', { command: 'trial-record.exportStudy', arguments: ['file:///never/opened.trial'] }), /takes the URI of an open record/);
    // Edits to an unopened document are ignored.
    await c.notify('textDocument/didChange', { textDocument: { uri: other.textDocument.uri, version: 2 }, contentChanges: [{ text: 'x' }] });
    await stillServes();
  });

  it('a folder of records opened at once does not hold up requests: they are answered between validations', async () => {
    // No workspace/configuration here, so nothing but the server's own scheduling orders the work.
    const d = TestClient.stdio();
    try {
      await d.initialize({ textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true } } });
      const texts = SEED_FILES.map((f) => seedText(f.slice(0, 3)));
      const uris = Array.from({ length: 200 }, (_, k) => `file:///burst/${k}.trial`);
      for (const [k, u] of uris.entries()) await d.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'trial-record', version: 1, text: texts[k % texts.length] } });
      // Once validation is under way, a request must not wait for the rest of the folder.
      await d.diagnostics(uris[0]!);
      const symbols = await d.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: uris[0] } });
      const answeredAfter = d.publishedCount;
      assert.equal(symbols.length, 1);
      // 200 validations take hundreds of milliseconds; the answer came long before the last.
      assert.ok(answeredAfter < 150, `the request waited for ${answeredAfter} of 200 validations`);
      await d.diagnostics(uris[uris.length - 1]!);
    } finally {
      d.kill();
    }
  });

  it('a burst of 100 edits ends in the diagnostics of the last version only', async () => {
    await c.diagnostics(uri, (p) => p.version === 1);
    const lines = text.split('\n');
    const title = lines[0]!;
    for (let v = 2; v <= 101; v++) {
      await c.notify('textDocument/didChange', {
        textDocument: { uri, version: v },
        contentChanges: [{ range: { start: { line: 0, character: title.length }, end: { line: 0, character: title.length } }, text: 'x' }],
      });
    }
    const last = await c.diagnostics(uri, (p) => p.version === 101);
    assert.ok(last.length > 0);
    const symbols = await c.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(symbols[0]!.name.endsWith('x'.repeat(100)), 'the 100 edits all applied, in order');
  });

  it('a change with an older version than the document is ignored', async () => {
    await c.notify('textDocument/didChange', { textDocument: { uri, version: 5 }, contentChanges: [{ text: `${text}\nAppended at version 5` }] });
    await c.diagnostics(uri, (p) => p.version === 5);
    await c.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: 'stale' }] });
    const symbols = await c.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    // The record symbol is named by the brief title: the page title without its acronym.
    assert.equal(symbols[0]!.name, text.split('\n')[0]!.replace(/ \(IKEMA\)$/, ''), 'the newer text is still the document');
    const exported = await c.request<{ json: string }>('workspace/executeCommand', { command: 'trial-record.exportStudy', arguments: [uri] });
    assert.match(exported.json, /"nctId": "NCT03275285"/);
  });

  it('a request cancelled mid-flight is answered (cancelled or empty) and the server keeps serving', async () => {
    const source = new CancellationTokenSource();
    const pending = c.rpc.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }, source.token);
    source.cancel();
    await pending.then(
      () => undefined,
      (e: { code?: number }) => assert.equal(e.code, -32800, 'RequestCancelled'),
    );
    await stillServes();
  });

  it('a long record edited in place (analysed incrementally) gets what a fresh server gives for the same text', async () => {
    // Over 50,000 characters, the server reparses only around each edit and keeps rule results
    // by text: the end state must be exactly that of a full analysis.
    const seed = seedText('000');
    let long = seed;
    while (long.length < 80_000) long += `\n${seed.slice(seed.indexOf('\n') + 1)}`;
    const bigUri = 'file:///long/record.trial';
    await c.notify('textDocument/didOpen', { textDocument: { uri: bigUri, languageId: 'trial-record', version: 1, text: long } });
    await c.diagnostics(bigUri, (p) => p.version === 1);
    const lines = long.split('\n');
    const edits: [number, number, number, string][] = [
      // [line, character, characters removed, inserted]
      [Math.floor(lines.length * 0.1), 0, 0, 'Primary Outcome Measures:\n'],
      [Math.floor(lines.length * 0.8), 3, 5, 'survivl '],
      [Math.floor(lines.length * 0.3), 0, 0, 'Inclusion Criteria:\n- aged 21 to 65 years\n'],
      [Math.floor(lines.length * 0.55), 1, 0, 'ORR'],
      [Math.floor(lines.length * 0.95), 0, 0, 'Eligibility Criteria\n'],
      [2, 0, 4, ''],
    ];
    let v = 1;
    for (const [line, character, remove, insert] of edits) {
      const old = lines[line]!;
      const end = Math.min(old.length, character + remove);
      const changed = `${old.slice(0, character)}${insert}${old.slice(end)}`.split('\n');
      lines.splice(line, 1, ...changed);
      v++;
      await c.notify('textDocument/didChange', { textDocument: { uri: bigUri, version: v }, contentChanges: [{ range: { start: { line, character }, end: { line, character: end } }, text: insert }] });
      // A request analyses each version at once (validation waits for the debounce).
      await c.request('textDocument/documentSymbol', { textDocument: { uri: bigUri } });
    }
    const edited = await c.diagnostics(bigUri, (p) => p.version === v);
    const editedSymbols = await c.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: bigUri } });
    const fresh = TestClient.stdio();
    try {
      fresh.settings = { today: '2026-11-21' };
      await fresh.initialize({ workspace: { configuration: true }, textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true } } });
      await fresh.notify('textDocument/didOpen', { textDocument: { uri: bigUri, languageId: 'trial-record', version: 1, text: lines.join('\n') } });
      const expected = await fresh.diagnostics(bigUri, (p) => p.version === 1);
      assert.ok(expected.some((d) => d.code === 'misspelled-term') && expected.some((d) => d.code === 'criteria-age-conflict'), 'the edits gave the rules something to find');
      assert.deepEqual(edited, expected);
      assert.deepEqual(editedSymbols, await fresh.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: bigUri } }));
    } finally {
      fresh.kill();
    }
  });

  it('every request with a position answers at line -1, line 1e12, a character past the line and in an empty document (issue 31, point 4)', async () => {
    const empty = 'untitled:empty';
    await c.notify('textDocument/didOpen', { textDocument: { uri: empty, languageId: 'trial-record', version: 1, text: '' } });
    const lines = text.split('\n');
    const positions = [
      { line: -1, character: 0 },
      { line: 1e12, character: 0 },
      { line: 0, character: 1e12 },
      { line: 3, character: -5 },
      { line: 2.5, character: null },
      { line: lines.length + 3, character: 4 },
    ];
    const methods: [string, (p: unknown) => Record<string, unknown>][] = [
      ['textDocument/completion', (p) => ({ position: p })],
      ['textDocument/hover', (p) => ({ position: p })],
      ['textDocument/definition', (p) => ({ position: p })],
      ['textDocument/references', (p) => ({ position: p, context: { includeDeclaration: true } })],
      ['textDocument/documentHighlight', (p) => ({ position: p })],
      ['textDocument/prepareRename', (p) => ({ position: p })],
      ['textDocument/rename', (p) => ({ position: p, newName: 'X' })],
      ['textDocument/codeAction', (p) => ({ range: { start: p, end: { line: 1e12, character: 1e12 } }, context: { diagnostics: [] } })],
      ['textDocument/rangeFormatting', (p) => ({ range: { start: p, end: { line: 1e12, character: 0 } }, options: { tabSize: 2, insertSpaces: true } })],
    ];
    // Every range in an answer lies inside the document it was asked about.
    const inside = (value: unknown, lineCount: number): boolean => {
      if (Array.isArray(value)) return value.every((v) => inside(v, lineCount));
      if (value && typeof value === 'object') {
        const o = value as Record<string, unknown>;
        if (typeof o.line === 'number' && typeof o.character === 'number') return o.line >= 0 && o.line < lineCount && o.character >= 0;
        return Object.values(o).every((v) => inside(v, lineCount));
      }
      return true;
    };
    for (const [doc, count] of [[uri, lines.length], [empty, 1]] as const) {
      for (const [method, params] of methods) {
        for (const p of positions) {
          const answer = await c.request(method, { textDocument: { uri: doc }, ...params(p) }).catch((e: { code?: number; message?: string }) => ({ rejected: e.code, message: e.message }));
          assert.ok(!(answer && typeof answer === 'object' && 'rejected' in answer && (answer as { rejected?: number }).rejected === -32603), `${method} at ${JSON.stringify(p)}: internal error`);
          assert.ok(inside(answer, count), `${method} at ${JSON.stringify(p)} in ${doc}: a range outside the document: ${JSON.stringify(answer).slice(0, 300)}`);
        }
      }
    }
    await stillServes();
  });
});
