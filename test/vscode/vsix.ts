// The packaged extension, as a user installs it: package the .vsix, install it into the VS Code
// server with --install-extension, open a plain-text seed and check in the UI that the extension
// activated (status bar language), that the Outline shows the record without reopening, and
// that typing a new record from the snippet keeps what was typed and that typing the seeds and a
// record from scratch never rewrites a line (test/vscode/typing.ts), and that the study-page
// preview works as a user drives it (test/vscode/preview.ts).

import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, SEED_FILES, seedPath } from '../helpers';
import { ensureVscodeServer } from './vscodeServer';
import { checkFigureLayout, checkPreviewContrast, checkReportContrast } from './contrast';
import { checkPreview } from './preview';
import { checkSnippetTyping, checkTypingRecords, prepareTypingFiles } from './typing';
import { withWorkbench } from './workbench';

/**
 * Exactly what a user runs; it leaves trial-record.vsix in the repository root. It rebuilds dist/,
 * so it runs before any workbench loads the extension from the repository.
 */
export function packageVsix(): string {
  execFileSync('npm', ['run', '--silent', 'package'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  return join(ROOT, 'trial-record.vsix');
}

/**
 * `onTyping` is called when the UI checks are done and the typing begins: the caller starts the
 * web workbench then, so the two typing runs overlap but no UI check runs beside another.
 */
export async function checkVsix(vsix: string, onTyping: () => void = () => undefined): Promise<string[]> {
  const tmp = mkdtempSync(join(tmpdir(), 'trial-record-vsix-'));
  const passed: string[] = ['vsix: npm run package makes a .vsix'];
  try {
    const extensions = join(tmp, 'extensions');
    const server = join(ensureVscodeServer(), 'out', 'server-main.js');
    const out = execFileSync(process.execPath, [server, '--install-extension', vsix, '--extensions-dir', extensions, '--accept-server-license-terms'], { encoding: 'utf8' });
    if (!/successfully installed/i.test(out)) throw new Error(`--install-extension did not report success:\n${out}`);
    passed.push('vsix: installs into the VS Code server with --install-extension');
    // A folder of its own: the seeds, and the empty files the typing check types into.
    const folder = join(tmp, 'records');
    mkdirSync(folder);
    for (const f of SEED_FILES) copyFileSync(seedPath(f.slice(0, 3)), join(folder, f));
    prepareTypingFiles(folder);
    await withWorkbench({ folder, payload: [], extensionsDir: extensions }, async (w) => {
      const page = w.page;
      await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
      await page.keyboard.press('Control+P');
      await page.locator('.quick-input-widget input').fill('000_853d7334ca93d2a7.txt');
      await page.locator('.quick-input-list .monaco-list-row').first().click();
      await page.locator('.statusbar-item', { hasText: 'Trial Record' }).first().waitFor({ timeout: 60_000 });
      passed.push('vsix: activates on a plain-text seed and switches it to Trial Record');
      await page.keyboard.press('F1');
      await page.locator('.quick-input-widget input').fill('>Explorer: Focus on Outline View');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Focus on Outline View' }).first().click();
      await page.locator('.outline-pane .monaco-list-row', { hasText: 'Identification' }).first().waitFor({ timeout: 60_000 });
      passed.push('vsix: the Outline shows the record');
      // The preview first: its reload must not meet the unsaved new record that typing leaves.
      passed.push(...(await checkPreview(page)));
      passed.push(await checkPreviewContrast(page, SEED_FILES[0]!));
      passed.push(await checkReportContrast(page));
      passed.push(await checkFigureLayout(page, SEED_FILES));
      passed.push(await checkSnippetTyping(page));
      await page.keyboard.press('Escape');
      onTyping();
      passed.push(...(await checkTypingRecords(page, folder, 'vsix (desktop extension host)')));
    });
    return passed;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
