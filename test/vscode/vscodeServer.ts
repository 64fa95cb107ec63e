// Prepares a real VS Code (the server build that the code-server npm package carries) without
// internet: only the npm registry and Debian's packages are used. Steps and their reasons are
// in ../shared/recipes/vscode-offline (copied to docs/vscode-offline.md).

import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** code-server 4.100.x is the last line that runs on Node 20; it carries VS Code 1.100.3. */
export const CODE_SERVER_VERSION = '4.100.3';

export function cacheDir(): string {
  return process.env.TRIAL_RECORD_CACHE ?? join(homedir(), '.cache', 'trial-record');
}

function which(cmd: string): string | undefined {
  try {
    return execFileSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): void {
  execFileSync(cmd, args, { cwd, env, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Returns the folder of the VS Code server (with out/server-main.js), preparing it once per version. */
export function ensureVscodeServer(log: (s: string) => void = (s) => process.stderr.write(`${s}\n`)): string {
  const target = join(cacheDir(), `vscode-server-${CODE_SERVER_VERSION}`);
  const ready = join(target, '.trial-record-ready');
  if (existsSync(ready)) return target;

  const rg = which('rg');
  if (!rg) throw new Error('ripgrep (rg) is missing: apt-get install ripgrep (see README, "Testing inside VS Code")');
  log(`preparing VS Code server from code-server@${CODE_SERVER_VERSION} (once; cached in ${target})`);
  // Work beside the target so the final rename stays on one file system.
  mkdirSync(cacheDir(), { recursive: true });
  const work = mkdtempSync(join(cacheDir(), 'tmp-'));
  try {
    run('npm', ['pack', `code-server@${CODE_SERVER_VERSION}`, '--silent'], work);
    // Only the VS Code part, without code-server's install scripts (they download ripgrep).
    run('tar', ['xzf', `code-server-${CODE_SERVER_VERSION}.tgz`, 'package/lib/vscode'], work);
    const vscode = join(work, 'package', 'lib', 'vscode');
    run('npm', ['install', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], vscode);
    const rgDir = join(vscode, 'node_modules', '@vscode', 'ripgrep', 'bin');
    mkdirSync(rgDir, { recursive: true });
    copyFileSync(rg, join(rgDir, 'rg'));
    run('npm', ['rebuild', '@vscode/spdlog', '@parcel/watcher', 'native-watchdog', 'node-pty', '--loglevel=error'], vscode, { ...process.env, npm_config_yes: 'true' });
    symlinkSync('node_modules', join(vscode, 'node_modules.asar'));
    rmSync(target, { recursive: true, force: true });
    renameSync(vscode, target);
    writeFileSync(ready, `${CODE_SERVER_VERSION}\n`);
    return target;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
