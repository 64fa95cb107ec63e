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
import { ROOT } from '../helpers';

export const SERVER = join(ROOT, 'dist', 'server.js');

/** A real JSON-RPC client talking to dist/server.js in a child process. */
export class TestClient {
  readonly errors: Error[] = [];
  stderr = '';
  readonly exited: Promise<number | null>;

  private constructor(
    readonly proc: ChildProcess,
    readonly rpc: MessageConnection,
  ) {
    proc.stderr?.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.exited = new Promise((resolve) => proc.on('exit', (code) => resolve(code)));
    rpc.onError(([e]) => this.errors.push(e));
    rpc.listen();
  }

  static stdio(): TestClient {
    const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
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
