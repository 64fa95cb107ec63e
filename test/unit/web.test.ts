// The browser build (issue 18) without a browser: the web worker bundle (dist/web/server.js) run in
// a bare JavaScript context that has what a worker has (self, postMessage, timers, atob) and no
// Node (no require, process or Buffer), spoken to over its message port; the build's rules (no
// Node built-in, the web twins taken); the twins' exports. The real workbench runs it in
// test/vscode/web.ts.

import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { runInNewContext } from 'node:vm';
import type * as HostNode from '../../server/src/lsp/host';
import type * as HostWeb from '../../server/src/lsp/host.web';
import type * as RuleDocsNode from '../../server/src/features/ruleDocs';
import type * as RuleDocsWeb from '../../server/src/features/ruleDocs.web';
import type * as DictionaryNode from '../../server/src/vocabulary/spelling/diskDictionary';
import type * as DictionaryWeb from '../../server/src/vocabulary/spelling/diskDictionary.web';
import type * as Utf8Node from '../../server/src/text/utf8';
import type * as Utf8Web from '../../server/src/text/utf8.web';
import { EXPORT_COMMAND, EXPORT_PRS_COMMAND, IMPORT_COMMAND } from '../../server/src/convert/commands';
import { TrialRecordService } from '../../server/src/service';
import { WORD_LISTS } from '../../server/src/vocabulary/spelling/wordLists';
import { FIXTURES, ROOT, seedText } from '../helpers';

// Each web twin stands in for its Node module wherever that is imported: the types must fit (tsc
// fails here when one drifts).
type Fits<Web, Node> = Web extends Node ? true : false;
const twinsFit: [Fits<typeof HostWeb, typeof HostNode>, Fits<typeof RuleDocsWeb, typeof RuleDocsNode>, Fits<typeof DictionaryWeb, typeof DictionaryNode>, Fits<typeof Utf8Web, typeof Utf8Node>] = [true, true, true, true];

interface Message {
  readonly id?: number;
  readonly method?: string;
  readonly params?: unknown;
  readonly result?: unknown;
  readonly error?: { message: string };
}

/** dist/web/server.js in a context of its own, as a worker runs it; messages in and out. */
class WorkerBundle {
  private readonly inbox: Message[] = [];
  private readonly waiters: (() => void)[] = [];
  private readonly port: { onmessage?: (e: { data: unknown }) => void };
  private nextId = 1;

  constructor(code: string) {
    const self = {
      onmessage: undefined as ((e: { data: unknown }) => void) | undefined,
      addEventListener: () => undefined,
      postMessage: (m: Message) => {
        // Structured clone, as a worker's messages are: nothing shared with the sender.
        this.inbox.push(structuredClone(m));
        this.waiters.splice(0).forEach((w) => w());
      },
    };
    this.port = self;
    const { setTimeout, clearTimeout, setInterval, clearInterval, queueMicrotask, atob, btoa, TextEncoder, TextDecoder, performance, crypto, console } = globalThis;
    runInNewContext(code, { self, setTimeout, clearTimeout, setInterval, clearInterval, queueMicrotask, atob, btoa, TextEncoder, TextDecoder, performance, crypto, console }, { filename: 'dist/web/server.js' });
  }

  send(m: Message): void {
    this.port.onmessage!({ data: structuredClone({ jsonrpc: '2.0', ...m }) });
  }

  async request(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    this.send({ id, method, params });
    const reply = await this.next((m) => m.id === id && m.method === undefined);
    if (reply.error) throw new Error(reply.error.message);
    return reply.result;
  }

  /** The first message (kept or still to come) that matches, within a bound. */
  next(match: (m: Message) => boolean, ms = 10_000): Promise<Message> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching message in ${ms} ms; got ${this.inbox.map((m) => m.method ?? m.id).join(', ')}`)), ms);
      const look = () => {
        const k = this.inbox.findIndex(match);
        if (k >= 0) {
          clearTimeout(timer);
          resolve(this.inbox.splice(k, 1)[0]!);
        } else this.waiters.push(look);
      };
      look();
    });
  }
}

const BUNDLE = join(ROOT, 'dist', 'web', 'server.js');
const wordLists = WORD_LISTS.map((f) => readFileSync(join(ROOT, 'dist', 'dictionaries', f)).toString('base64'));

async function started(options: Record<string, unknown>): Promise<WorkerBundle> {
  const w = new WorkerBundle(readFileSync(BUNDLE, 'utf8'));
  const init = (await w.request('initialize', { processId: null, rootUri: null, capabilities: {}, initializationOptions: options })) as { serverInfo: { name: string } };
  assert.equal(init.serverInfo.name, 'trial-record');
  w.send({ method: 'initialized', params: {} });
  return w;
}

function open(w: WorkerBundle, uri: string, text: string): void {
  w.send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'trial-record', version: 1, text } } });
}

async function diagnostics(w: WorkerBundle, uri: string): Promise<{ code: string; codeDescription: { href: string }; message: string }[]> {
  const m = await w.next((x) => x.method === 'textDocument/publishDiagnostics' && (x.params as { uri: string }).uri === uri);
  return (m.params as { diagnostics: { code: string; codeDescription: { href: string }; message: string }[] }).diagnostics;
}

describe('the browser build (web worker bundle)', function () {
  this.timeout(60_000);

  it('runs with no Node at all: says where it runs, answers seed 003 with its missing primary outcome, links rules where the client said', async () => {
    const w = await started({ wordLists, ruleDocBase: 'https://example.org/ext/dist/rules' });
    const log = await w.next((m) => m.method === 'window/logMessage');
    assert.match((log.params as { message: string }).message, /^Trial Record \d+\.\d+\.\d+ running in a web worker, loaded in \d+ ms$/);
    open(w, 'vscode-vfs://github/org/repo/003.txt', seedText('003'));
    const found = await diagnostics(w, 'vscode-vfs://github/org/repo/003.txt');
    const missing = found.find((d) => d.code === 'missing-primary-outcome');
    assert.ok(missing, found.map((d) => d.code).join(', '));
    assert.equal(missing.codeDescription.href, 'https://example.org/ext/dist/rules/missing-primary-outcome.md');
    const symbols = (await w.request('textDocument/documentSymbol', { textDocument: { uri: 'vscode-vfs://github/org/repo/003.txt' } })) as unknown[];
    assert.ok(symbols.length > 0);
  });

  it('spells with the word lists the client hands over, and without them spelling is off and nothing else changes', async () => {
    const clean = readFileSync(join(FIXTURES, 'rules', 'clean', 'interventional.trial'), 'utf8');
    const text = clean.replace('by a central laboratory.', 'by a central laboratory and a questionaire.');
    assert.notEqual(text, clean);
    const withLists = await started({ wordLists });
    open(withLists, 'memory:/a.trial', text);
    assert.deepEqual((await diagnostics(withLists, 'memory:/a.trial')).map((d) => [d.code, d.message]), [['misspelled-word', '"questionaire" is in no dictionary; did you mean "questionnaire"?']]);
    const without = await started({});
    open(without, 'memory:/a.trial', text);
    assert.deepEqual(await diagnostics(without, 'memory:/a.trial'), []);
  });

  it('says the PRS export needs the desktop, and keeps serving', async () => {
    const w = await started({ wordLists });
    open(w, 'memory:/000.txt', seedText('000'));
    // A notification shows the text as it is: no Markdown backticks (issue 30, point 9).
    await assert.rejects(w.request('workspace/executeCommand', { command: EXPORT_PRS_COMMAND, arguments: ['memory:/000.txt', 'Org'] }), (e: Error) => /only in VS Code on the desktop .*not available in the browser/.test(e.message) && !e.message.includes('`'));
    const json = (await w.request('workspace/executeCommand', { command: EXPORT_COMMAND, arguments: ['memory:/000.txt'] })) as { json: string };
    assert.equal((JSON.parse(json.json) as { protocolSection: { identificationModule: { nctId: string } } }).protocolSection.identificationModule.nctId, 'NCT04659603');
  });

  it('answers the editor features as the Node service does: Outline, folding, completion, hover, formatting, import', async () => {
    const w = await started({ wordLists });
    const service = new TrialRecordService();
    // Equal answers prove something only if some are not empty.
    const answered = { completions: 0, hovers: 0 };
    const same = (a: unknown, b: unknown, what: string) => assert.deepEqual(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b)), what);
    for (const [uri, text] of [['memory:/000.txt', seedText('000')], ['memory:/003.txt', seedText('003')]] as const) {
      open(w, uri, text);
      const doc = { uri, version: 1, getText: () => text };
      const textDocument = { uri };
      same(await w.request('textDocument/documentSymbol', { textDocument }), service.flatSymbols(doc), `${uri} symbols`);
      same(await w.request('textDocument/foldingRange', { textDocument }), service.foldingRanges(doc), `${uri} folding`);
      // On the design (Masking's value in 000, the Intervention Model heading in 003), and on the
      // first list item (an outcome in 000, a criterion in 003).
      const lines = text.split(/\r?\n/);
      // Where a value starts, so completion has values to offer: after `Masking: | `, at the start
      // of the value line under `Intervention Model`, after a list item's marker.
      const design = lines.findIndex((l) => /^(Masking|Intervention Model)/.test(l));
      const value = lines[design]!.startsWith('Masking') ? { line: design, character: lines[design]!.indexOf('| ') + 2 } : { line: design + 2, character: 0 };
      const item = lines.findIndex((l) => /^[-*] /.test(l));
      for (const position of [value, { line: item, character: 2 }]) {
        const line = position.line;
        assert.ok(line > 0, `${uri}: a line to ask about`);
        const completion = (await w.request('textDocument/completion', { textDocument, position })) as { items: unknown[] };
        same(completion, service.completion(doc, position), `${uri} completion at ${line + 1}`);
        answered.completions += completion.items.length;
        const hover = await w.request('textDocument/hover', { textDocument, position: { line, character: 2 } });
        same(hover, service.hover(doc, { line, character: 2 }), `${uri} hover at ${line + 1}`);
        if (hover) answered.hovers++;
      }
      const formatted = service.format(doc);
      same(await w.request('textDocument/formatting', { textDocument, options: { tabSize: 2, insertSpaces: true } }), 'refused' in formatted ? null : formatted.edits, `${uri} formatting`);
    }
    assert.ok(answered.completions > 0 && answered.hovers > 0, JSON.stringify(answered));
    const json = readFileSync(join(FIXTURES, 'corpus', 'ctgov', 'NCT00000410.json'), 'utf8');
    same(await w.request('workspace/executeCommand', { command: IMPORT_COMMAND, arguments: [json, 'NCT00000410.json'] }), { records: service.importStudies(json, 'NCT00000410.json') }, 'import');
  });

  it('the build fails on a Node built-in, naming the file; platform modules resolve to their web twins', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'trial-record-web-probe-'));
    try {
      const probe = (entry: string) => spawnSync(process.execPath, [join(ROOT, 'esbuild.mjs'), '--web-probe', join(FIXTURES, 'web', entry), join(tmp, `${entry}.js`)], { cwd: ROOT, encoding: 'utf8' });
      const bad = probe('uses-fs.ts');
      assert.notEqual(bad.status, 0);
      assert.match(bad.stderr, /uses-fs\.ts:\d+:\d+: ERROR: Could not resolve "node:fs"/);
      const good = probe('uses-host.ts');
      assert.equal(good.status, 0, good.stderr);
      const out = readFileSync(join(tmp, 'uses-host.ts.js'), 'utf8');
      assert.ok(out.includes('"a web worker"') && !out.includes('Node.js'), 'lsp/host.web.ts, not lsp/host.ts');
      assert.ok(out.includes('trial-record:rules/') && !out.includes('pathToFileURL'), 'features/ruleDocs.web.ts');
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('every web twin has its Node module, with the same exports', () => {
    assert.deepEqual(twinsFit, [true, true, true, true]);
    const src = join(ROOT, 'server', 'src');
    const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
    const twins = walk(src).filter((f) => f.endsWith('.web.ts'));
    assert.deepEqual(twins.map((f) => relative(src, f)).sort(), ['features/ruleDocs.web.ts', 'lsp/host.web.ts', 'text/utf8.web.ts', 'vocabulary/spelling/diskDictionary.web.ts'], 'a new twin gets its type check above');
    for (const twin of twins) {
      const compiled = (f: string) => join(ROOT, 'out', relative(ROOT, f).replace(/\.ts$/, '.js'));
      const node = Object.keys(require(compiled(twin.replace(/\.web\.ts$/, '.ts')))).sort();
      const web = Object.keys(require(compiled(twin))).sort();
      assert.deepEqual(node.filter((k) => !web.includes(k)), [], `${relative(src, twin)} lacks exports of its Node module`);
    }
  });
});
