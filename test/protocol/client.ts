import { type ChildProcess, fork, spawn } from 'node:child_process';
import { join } from 'node:path';
import {
  createMessageConnection,
  IPCMessageReader,
  IPCMessageWriter,
  type MessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-jsonrpc/node';
import type { Diagnostic } from 'vscode-languageserver-types';
import { ROOT } from '../helpers';

export const SERVER = join(ROOT, 'dist', 'server.js');

/** A real JSON-RPC client talking to dist/server.js in a child process. */
export class TestClient {
  readonly errors: Error[] = [];
  stderr = '';
  readonly exited: Promise<number | null>;

  /** What the client answers to workspace/configuration for the `trialRecord` section. */
  settings: Record<string, unknown> = {};
  readonly configurationRequests: unknown[] = [];
  private readonly published = new Map<string, { version?: number; diagnostics: Diagnostic[] }>();
  private readonly waiters: (() => void)[] = [];

  private constructor(
    readonly proc: ChildProcess,
    readonly rpc: MessageConnection,
  ) {
    proc.stderr?.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.exited = new Promise((resolve) => proc.on('exit', (code) => resolve(code)));
    rpc.onError(([e]) => this.errors.push(e));
    rpc.onRequest('workspace/configuration', (p: { items: unknown[] }) => {
      this.configurationRequests.push(p);
      return p.items.map(() => this.settings);
    });
    rpc.onRequest('client/registerCapability', () => null);
    rpc.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: Diagnostic[] }) => {
      this.published.set(p.uri, p);
      this.waiters.splice(0).forEach((w) => w());
    });
    rpc.listen();
  }

  /** How many documents have had diagnostics published so far. */
  get publishedCount(): number {
    return this.published.size;
  }

  /**
   * The next diagnostics published for `uri` that satisfy `accept` (by default any for the
   * given version), or a rejection after `ms`: an event wait with a bound, no sleeping.
   */
  diagnostics(uri: string, accept: (d: { version?: number; diagnostics: Diagnostic[] }) => boolean = () => true, ms = 10_000): Promise<Diagnostic[]> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${ms} ms; last: ${JSON.stringify(this.published.get(uri))?.slice(0, 300)}`)), ms);
      const check = () => {
        const p = this.published.get(uri);
        if (p && accept(p)) {
          clearTimeout(timer);
          resolve(p.diagnostics);
        } else this.waiters.push(check);
      };
      check();
    });
  }

  /** `nodeArgs` go before the server script, e.g. `--require` of a preload. */
  static stdio(nodeArgs: readonly string[] = []): TestClient {
    const proc = spawn(process.execPath, [...nodeArgs, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    return new TestClient(proc, createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!)));
  }

  static ipc(): TestClient {
    const proc = fork(SERVER, ['--node-ipc'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
    return new TestClient(proc, createMessageConnection(new IPCMessageReader(proc), new IPCMessageWriter(proc)));
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.rpc.sendRequest(method, params) as Promise<R>;
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.rpc.sendNotification(method, params);
  }

  async initialize(capabilities: Record<string, unknown>, rootUri: string | null = null): Promise<{ capabilities: Record<string, unknown>; serverInfo?: { name: string } }> {
    const result = await this.request<{ capabilities: Record<string, unknown> }>('initialize', { processId: process.pid, rootUri, capabilities, workspaceFolders: rootUri ? [{ uri: rootUri, name: 'ws' }] : null });
    await this.notify('initialized', {});
    return result;
  }

  /** shutdown + exit, then the exit code, bounded so a hung server fails the test instead of hanging it. */
  async stop(): Promise<number | null> {
    await this.request('shutdown', null);
    await this.notify('exit', null);
    let timer: NodeJS.Timeout | undefined;
    const bound = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('server did not exit within 5 s')), 5000)));
    try {
      return await Promise.race([this.exited, bound]);
    } finally {
      clearTimeout(timer);
      this.rpc.dispose();
    }
  }

  kill(): void {
    this.rpc.dispose();
    this.proc.kill();
  }
}
