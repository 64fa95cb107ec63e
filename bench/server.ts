// Measurements through the real stdio server (dist/server.js): edit-to-diagnostics latency,
// completion and documentSymbol latency, cold start, and memory with 1,000 records open.

import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SERVER_NODE_ARGS } from '../server/src/launch';
import { createMessageConnection, type MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const DEBOUNCE_MS = 200; // server/src/server.ts: onType validation waits this long after an edit

interface Session {
  readonly proc: ChildProcess;
  readonly rpc: MessageConnection;
  /** Resolves when diagnostics for `uri` at `version` arrive. */
  published(uri: string, version: number): Promise<number>;
  close(): void;
}

async function session(root: string): Promise<Session> {
  // Started as the VS Code client starts it (server/src/launch.ts).
  const proc = spawn(process.execPath, [...SERVER_NODE_ARGS, join(root, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const rpc = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  const waiting = new Map<string, (t: number) => void>();
  rpc.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({ today: '2026-11-21' })));
  rpc.onRequest('client/registerCapability', () => null);
  rpc.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number }) => {
    const key = `${p.uri}#${p.version}`;
    waiting.get(key)?.(performance.now());
    waiting.delete(key);
  });
  rpc.listen();
  await rpc.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true }, textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true } } } });
  await rpc.sendNotification('initialized', {});
  return {
    proc,
    rpc,
    published: (uri, version) => new Promise((resolve) => waiting.set(`${uri}#${version}`, resolve)),
    close: () => {
      rpc.dispose();
      proc.kill();
    },
  };
}

/** Opens a record; resolves with the time its first diagnostics arrive. */
async function open(s: Session, uri: string, text: string): Promise<number> {
  const first = s.published(uri, 1);
  await s.rpc.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'trial-record', version: 1, text } });
  return first;
}

function stats(samples: number[]): { p50: number; p95: number } {
  const s = [...samples].sort((a, b) => a - b);
  return { p50: s[Math.floor(s.length / 2)]!, p95: s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]! };
}

/** A deterministic pseudo-random sequence, so runs edit the same places. */
function random(seed: number): () => number {
  let x = seed;
  return () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
}

/** `edits` single-character insertions at random positions; each waits for its diagnostics. */
async function editLatency(root: string, text: string, edits: number): Promise<{ p50: number; p95: number }> {
  const s = await session(root);
  const uri = 'file:///bench/latency.trial';
  await open(s, uri, text);
  const lines = text.split('\n');
  const next = random(42);
  const samples: number[] = [];
  for (let v = 2; v < edits + 2; v++) {
    const line = Math.floor(next() * lines.length);
    const character = Math.floor(next() * (lines[line]!.length + 1));
    lines[line] = `${lines[line]!.slice(0, character)}x${lines[line]!.slice(character)}`;
    const done = s.published(uri, v);
    const sent = performance.now();
    await s.rpc.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: 'x' }] });
    samples.push((await done) - sent - DEBOUNCE_MS);
  }
  s.close();
  return stats(samples);
}

async function requestLatency(root: string, text: string): Promise<{ completion: { p50: number; p95: number }; documentSymbol: { p50: number; p95: number } }> {
  const s = await session(root);
  const uri = 'file:///bench/requests.trial';
  await open(s, uri, text);
  const lines = text.split('\n');
  const completion: number[] = [];
  const symbols: number[] = [];
  for (let i = 0; i < 200; i++) {
    const line = (i * 7) % lines.length;
    let t = performance.now();
    await s.rpc.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line, character: Math.min(4, lines[line]!.length) } });
    completion.push(performance.now() - t);
    t = performance.now();
    await s.rpc.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    symbols.push(performance.now() - t);
  }
  s.close();
  return { completion: stats(completion), documentSymbol: stats(symbols) };
}

/** From spawning the server to the first diagnostics of a seed. */
async function coldStart(root: string, text: string): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    const s = await session(root);
    runs.push((await open(s, 'file:///bench/cold.trial', text)) - t);
    s.close();
  }
  return stats(runs).p50;
}

/** Server RSS (MB) once 1,000 records are open and checked (Linux: /proc/<pid>/status). */
async function memoryWith(root: string, texts: readonly string[]): Promise<number | undefined> {
  const s = await session(root);
  const all: Promise<number>[] = [];
  for (let k = 0; k < 1000; k++) {
    all.push(open(s, `file:///bench/open/${k}.trial`, texts[k % texts.length]!));
  }
  await Promise.all(all);
  let rss: number | undefined;
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${s.proc.pid}/status`, 'utf8'));
    rss = m ? Number(m[1]) / 1024 : undefined;
  } catch {
    rss = undefined;
  }
  s.close();
  return rss;
}

export async function serverBench(root: string, seed: string, records: readonly string[]) {
  // A 5 MB record: the seed's header and many copies of its eligibility and outcome text.
  let big = seed;
  while (big.length < 5 * 1024 * 1024) big += `\n${seed.slice(seed.indexOf('\n') + 1)}`;
  return {
    debounceMs: DEBOUNCE_MS,
    editToDiagnosticsSeed: await editLatency(root, seed, 200),
    editToDiagnostics5MB: await editLatency(root, big, 200),
    requests: await requestLatency(root, seed),
    coldStartMs: await coldStart(root, seed),
    rssMBWith1000Records: await memoryWith(root, records),
  };
}
