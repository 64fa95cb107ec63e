// Runs the real VS Code workbench offline: the VS Code server on loopback and headless Debian
// Chromium driven by playwright-core. Used by the extension tests and the README screenshot.

import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { ensureVscodeServer } from './vscodeServer';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export interface Workbench {
  readonly page: Page;
  readonly port: number;
  /** A vscode-remote URI for a local path, as the workbench sees it. */
  remote(path: string): string;
  /** Everything the server printed so far. */
  log(): string;
  /** Resolves with the first match of `re` in the server log, or rejects after `ms`. */
  waitForLog(re: RegExp, ms: number): Promise<RegExpMatchArray>;
}

export interface WorkbenchOptions {
  folder: string;
  payload: [string, string][];
  env?: NodeJS.ProcessEnv;
  viewport?: { width: number; height: number };
  /** Extensions folder (e.g. where a .vsix was installed). */
  extensionsDir?: string;
  /** The user's settings (the server keeps them in its user data folder). */
  userSettings?: Record<string, unknown>;
}

export async function withWorkbench<T>(opts: WorkbenchOptions, fn: (w: Workbench) => Promise<T>): Promise<T> {
  const vscode = ensureVscodeServer();
  const tmp = mkdtempSync(join(tmpdir(), 'trial-record-wb-'));
  const port = await freePort();
  // The web workbench saves edited files after a delay by default; tests edit fixtures in memory only.
  mkdirSync(join(tmp, 'sd', 'data', 'Machine'), { recursive: true });
  writeFileSync(join(tmp, 'sd', 'data', 'Machine', 'settings.json'), JSON.stringify({ 'files.autoSave': 'off' }));
  mkdirSync(join(tmp, 'ud', 'User'), { recursive: true });
  writeFileSync(join(tmp, 'ud', 'User', 'settings.json'), JSON.stringify({ ...opts.userSettings }));
  let out = '';
  const waiters: (() => void)[] = [];
  const server: ChildProcess = spawn(
    process.execPath,
    [
      join(vscode, 'out', 'server-main.js'),
      '--host', '127.0.0.1', '--port', String(port), '--without-connection-token', '--accept-server-license-terms', '--disable-workspace-trust',
      '--user-data-dir', join(tmp, 'ud'), '--server-data-dir', join(tmp, 'sd'), '--extensions-dir', opts.extensionsDir ?? join(tmp, 'ext'),
    ],
    { env: { ...process.env, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const onData = (d: Buffer) => {
    out += d.toString();
    waiters.splice(0).forEach((w) => w());
  };
  server.stdout!.on('data', onData);
  server.stderr!.on('data', onData);
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));

  const waitForLog = (re: RegExp, ms: number): Promise<RegExpMatchArray> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${re} in the VS Code server log:\n${out.slice(-3000)}`)), ms);
      const check = () => {
        const m = re.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m);
        } else if (server.exitCode !== null) {
          clearTimeout(timer);
          reject(new Error(`VS Code server exited (${server.exitCode}):\n${out.slice(-3000)}`));
        } else waiters.push(check);
      };
      check();
    });

  let browser: Browser | undefined;
  try {
    await waitForLog(/Extension host agent started/, 60_000);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    const page = await browser.newPage({ viewport: opts.viewport ?? { width: 1400, height: 900 } });
    const remote = (path: string) => `vscode-remote://127.0.0.1:${port}${path}`;
    const payload = encodeURIComponent(JSON.stringify([...opts.payload, ['skipWelcome', 'true']]));
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(opts.folder)}&payload=${payload}`);
    return await fn({ page, port, remote, log: () => out, waitForLog });
  } finally {
    await browser?.close().catch(() => undefined);
    server.kill();
    await exited;
    rmSync(tmp, { recursive: true, force: true });
  }
}
