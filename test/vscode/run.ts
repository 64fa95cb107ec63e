// `npm run test:vscode`: the extension tests inside a real VS Code.
// - VSCODE_EXECUTABLE_PATH set (a desktop VS Code): @vscode/test-electron runs them in it.
// - TRIAL_RECORD_VSCODE=desktop (a machine with internet): @vscode/test-electron downloads the
//   pinned desktop VS Code and runs them (on Linux, under xvfb-run).
// - otherwise (our CI: no internet): the VS Code server in headless Chromium runs them,
//   loading this repository as the development extension, as the offline recipe describes;
//   then the packaged .vsix as a user installs it (vsix.ts), and the browser build in the web
//   worker extension host (web.ts).

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers';
import { checkVsix, packageVsix } from './vsix';
import { checkWeb } from './web';
import { withWorkbench } from './workbench';

const WORKSPACE = join(ROOT, 'test', 'fixtures');
const TESTS = join(ROOT, 'out', 'test', 'vscode', 'suite', 'index.js');
const LIMIT_MS = 5 * 60_000;

interface Results {
  passes: string[];
  failures: { title: string; error: string }[];
}

/** The desktop VS Code matching the offline server's version, so both paths test the same API. */
const DESKTOP_VERSION = '1.100.3';

async function desktop(executable: string | undefined): Promise<number> {
  const { runTests } = await import('@vscode/test-electron');
  const where = executable ? { vscodeExecutablePath: executable } : { version: DESKTOP_VERSION };
  return runTests({ ...where, extensionDevelopmentPath: ROOT, extensionTestsPath: TESTS, launchArgs: [WORKSPACE, '--disable-extensions'] });
}

async function offline(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'trial-record-results-'));
  const resultsFile = join(dir, 'results.json');
  try {
    const code = await withWorkbench(
      { folder: WORKSPACE, payload: [], env: { TRIAL_RECORD_TEST_RESULTS: resultsFile } },
      async (w) => {
        // The payload is set after the server is up, since the remote URIs carry its port.
        await w.page.goto(
          `http://127.0.0.1:${w.port}/?folder=${encodeURIComponent(WORKSPACE)}&payload=${encodeURIComponent(
            JSON.stringify([
              ['extensionDevelopmentPath', w.remote(ROOT)],
              ['extensionTestsPath', w.remote(TESTS)],
              ['skipWelcome', 'true'],
            ]),
          )}`,
        );
        const m = await w.waitForLog(/Extension Host Process exited with code: (\d+)/, LIMIT_MS);
        return Number(m[1]);
      },
    );
    let results: Results;
    try {
      results = JSON.parse(readFileSync(resultsFile, 'utf8'));
    } catch {
      console.error('The extension host wrote no results: the suite did not run.');
      return 1;
    }
    // The packaged extension installed as a user would (desktop extension host), then the browser
    // build (web worker extension host), each in a workbench of its own. Typing the seeds takes
    // minutes in each, so the web workbench starts when the desktop one begins to type: the two
    // typing runs overlap, no UI check runs beside another. Packaging rebuilds dist/, so it is first.
    let vsix: string | undefined;
    try {
      vsix = packageVsix();
    } catch (e) {
      results.failures.push({ title: 'vsix: npm run package', error: e instanceof Error ? e.message : String(e) });
    }
    let web: Promise<string[]> | undefined;
    const startWeb = (): Promise<string[]> => {
      if (!web) {
        web = checkWeb();
        web.catch(() => undefined); // handled below; a failure before then must not end the process
      }
      return web;
    };
    const [desktop] = await Promise.allSettled([vsix ? checkVsix(vsix, () => void startWeb()) : Promise.resolve([])]);
    const [browser] = await Promise.allSettled([startWeb()]);
    if (desktop!.status === 'fulfilled') results.passes.push(...desktop!.value);
    else results.failures.push({ title: 'vsix: install, activate, preview and typing', error: desktop!.reason instanceof Error ? desktop!.reason.message : String(desktop!.reason) });
    if (browser!.status === 'fulfilled') results.passes.push(...browser!.value);
    else results.failures.push({ title: 'web: the browser build in the web worker extension host', error: browser!.reason instanceof Error ? browser!.reason.message : String(browser!.reason) });
    for (const p of results.passes) console.log(`  ✔ ${p}`);
    for (const f of results.failures) console.log(`  ✘ ${f.title}\n    ${f.error.replace(/\n/g, '\n    ')}`);
    console.log(`vscode: ${results.passes.length} passed, ${results.failures.length} failed`);
    if (results.passes.length === 0) return 1;
    return code === 0 && results.failures.length === 0 ? 0 : 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const exe = process.env.VSCODE_EXECUTABLE_PATH;
  const download = process.env.TRIAL_RECORD_VSCODE === 'desktop';
  process.exitCode = exe || download ? await desktop(exe) : await offline();
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
