// Trial Record in the browser (issue 18): the extension's browser build in a real web workbench,
// offline. The VS Code server the other tests use hosts web extensions in its web worker extension
// host; the user setting remote.extensionKind "web" puts the development extension there (this web
// workbench ignores the payload's extensionDevelopmentKind), so only package.json's "browser"
// entry (dist/web/client.js) and its worker (dist/web/server.js) run: an extension without a
// browser build does not start at all. Driven as a user drives it.

import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, seedPath } from '../helpers';
import { localToday } from '../../server/src/rules/engine/run';
import { checkTypingRecords, prepareTypingFiles } from './typing';
import { command, previewFrame, quickOpen } from './ui';
import { withWorkbench } from './workbench';

const SEED_000 = '000_853d7334ca93d2a7.txt';
const SEED_003 = '003_c8a89d053ff08f16.txt';
const SPELLING = 'spelling.trial';

/** The rows a tree view shows, in order: label and depth. */
async function treeRows(page: Page, pane: string): Promise<{ label: string; level: number }[]> {
  const rows = await page.locator(`${pane} .monaco-list-row`).evaluateAll((els) =>
    els.map((e) => ({ top: parseFloat((e as { style: { top: string } }).style.top) || 0, label: e.getAttribute('aria-label') ?? '', level: Number(e.getAttribute('aria-level')) })),
  );
  return rows.sort((a, b) => a.top - b.top).map(({ label, level }) => ({ label, level }));
}

/** The CLI's findings for a file: what the desktop says, to hold the browser to. */
function cliDiagnostics(file: string, today: string): { code: string; severity: string }[] {
  let out: string;
  try {
    out = execFileSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', '--format', 'json', '--today', today, file], { encoding: 'utf8' });
  } catch (e) {
    out = (e as { stdout: string }).stdout;
  }
  const [r] = JSON.parse(out) as { diagnostics: { code: string; severity: string }[] }[];
  return r!.diagnostics;
}

export async function checkWeb(): Promise<string[]> {
  const passed: string[] = [];
  const folder = mkdtempSync(join(tmpdir(), 'trial-record-web-'));
  try {
    copyFileSync(seedPath('000'), join(folder, SEED_000));
    copyFileSync(seedPath('003'), join(folder, SEED_003));
    // A clean record with one word a dictionary knows the right spelling of: found only when the
    // worker has the word lists the client handed over.
    const clean = readFileSync(join(ROOT, 'test', 'fixtures', 'rules', 'clean', 'interventional.trial'), 'utf8');
    const misspelt = clean.replace('by a central laboratory.', 'by a central laboratory and a questionaire.');
    if (misspelt === clean) throw new Error('the clean fixture changed: no place for the misspelt word');
    writeFileSync(join(folder, SPELLING), misspelt);
    prepareTypingFiles(folder);

    // The user's setting that runs an extension in the browser's web worker host, as a user of a
    // VS Code server may set it; the extension then runs from its "browser" entry or not at all.
    await withWorkbench({ folder, payload: [], userSettings: { 'remote.extensionKind': { 'trial-record.trial-record': ['web'] } } }, async (w) => {
      const page = w.page;
      await page.goto(
        `http://127.0.0.1:${w.port}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(
          JSON.stringify([
            ['extensionDevelopmentPath', w.remote(ROOT)],
            ['skipWelcome', 'true'],
          ]),
        )}`,
      );
      await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
      await quickOpen(page, SEED_000);
      await page.locator('.statusbar-item', { hasText: 'Trial Record' }).first().waitFor({ timeout: 60_000 });
      passed.push('web: the browser build activates on a plain-text seed and switches it to Trial Record');

      // The server's first words: where it runs and how long its bundle took to load.
      await command(page, 'Output: Show Output Channels...');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Trial Record' }).first().click();
      const line = page.locator('.output-view .view-line', { hasText: /running\sin/ }).first();
      await line.waitFor({ timeout: 30_000 }).catch(async (e) => {
        await page.screenshot({ path: '/tmp/webfail.png' });
        throw e;
      });
      const said = ((await line.textContent()) ?? '').replace(/\u00a0/g, ' ');
      const m = /running in a web worker, loaded in (\d+) ms/.exec(said);
      if (!m) throw new Error(`the server is not the web worker's: "${said}"`);
      if (Number(m[1]) >= 1000) throw new Error(`the worker bundle took ${m[1]} ms to load`);
      passed.push(`web: the server runs in a web worker; its bundle loaded in ${m[1]} ms (under a second)`);
      await command(page, 'View: Hide Panel');

      // The Outline of seed 000: its 3 arms, each with the interventions it assigns.
      await page.locator('.pane-header', { hasText: /trial-record-web/i }).first().click();
      await command(page, 'Explorer: Focus on Outline View');
      await page.locator('.outline-pane .monaco-list-row[aria-label="Identification (module)"]').click();
      for (let k = 0; k < 3; k++) {
        await page.keyboard.press('ArrowLeft');
        await page.keyboard.press('ArrowDown');
      }
      await page.locator('.outline-pane .monaco-list-row[aria-label^="Outcome Measures"]').waitFor({ timeout: 15_000 });
      const rows = await treeRows(page, '.outline-pane');
      const from = rows.findIndex((r) => r.label.startsWith('Arms '));
      const to = rows.findIndex((r) => r.label.startsWith('Outcome Measures'));
      const arms = rows.slice(from + 1, to).map((r) => `${'  '.repeat(r.level - 3)}${r.label.replace(/ \([a-z ]+\)$/, '')}`);
      // Seed 000, read by hand: Cohorts A and B get tusamitamab ravtansine, Cohort C also gemcitabine.
      const expected = [
        'Experimental: Cohort A metastatic breast cancer (mBC)',
        '  Drug: tusamitamab ravtansine',
        'Experimental: Cohort B metastatic pancreatic adenocarcinoma (mPAC)',
        '  Drug: tusamitamab ravtansine',
        'Experimental: Cohort C Metastatic pancreatic adenocarcinoma (mPAC)',
        '  Drug: tusamitamab ravtansine',
        '  Drug: Gemcitabine',
      ];
      if (arms.join('\n') !== expected.join('\n')) throw new Error(`the Outline's arms are not seed 000's:\n${arms.join('\n')}`);
      passed.push('web: the Outline of seed 000 shows its 3 arms with their interventions');

      // Findings: the same as the desktop's for each file (the Problems view counts errors,
      // warnings and information), spelling included; seed 003's missing primary outcome.
      await quickOpen(page, SEED_003);
      await quickOpen(page, SPELLING);
      const today = localToday();
      const want = [SEED_000, SEED_003, SPELLING].map((f) => {
        // The Problems view lists errors, warnings and information, not hints.
        const shown = cliDiagnostics(join(folder, f), today).filter((d) => d.severity !== 'hint').length;
        return `${shown} problems in file ${f} of folder .`;
      });
      await command(page, 'View: Focus Problems');
      const rowsNow = async () => {
        await page.keyboard.press('Home');
        for (let k = 0; k < 3; k++) {
          await page.keyboard.press('ArrowLeft');
          await page.keyboard.press('ArrowDown');
        }
        return (await treeRows(page, '.markers-panel')).filter((r) => r.level === 1).map((r) => r.label);
      };
      let files: string[] = [];
      for (let k = 0; k < 30 && JSON.stringify(files) !== JSON.stringify(want); k++) {
        if (k > 0) await page.waitForTimeout(500);
        files = await rowsNow();
      }
      if (JSON.stringify(files) !== JSON.stringify(want)) throw new Error(`the Problems view says\n${files.join('\n')}\nwhere the CLI says\n${want.join('\n')}`);
      passed.push(`web: each file's findings are as many as the CLI's (${want.map((x) => x.split(' ')[0]).join(', ')}), the spelling word lists included`);
      await page.locator('.markers-panel-action-filter input, .viewpane-filter input').first().fill('missing-primary-outcome');
      // The files were collapsed above: the one left after the filter is opened to show its finding.
      const only = page.locator('.markers-panel .monaco-list-row[aria-level="1"]');
      await page.waitForFunction(`document.querySelectorAll('.markers-panel .monaco-list-row[aria-level="1"]').length === 1`, undefined, { timeout: 15_000 });
      const file = (await only.first().getAttribute('aria-label')) ?? '';
      if (!file.includes(SEED_003)) throw new Error(`missing-primary-outcome is reported in ${file}`);
      await only.first().click();
      await page.keyboard.press('ArrowRight');
      await page.locator('.markers-panel .monaco-list-row[aria-level="2"]', { hasText: 'missing-primary-outcome' }).first().waitFor({ timeout: 15_000 });
      passed.push('web: seed 003 shows its missing-primary-outcome error');

      // The study-page preview: a webview fed by the worker's trial-record.previewPage.
      await command(page, 'View: Hide Panel');
      await quickOpen(page, SEED_000);
      await page.keyboard.press('Control+K');
      await page.keyboard.press('V');
      const frame = previewFrame(page);
      await frame.locator('h1', { hasText: 'Tusamitamab Ravtansine Monotherapy' }).waitFor({ timeout: 30_000 });
      const figureArms = await frame.locator('figure svg g.arm').count();
      const outcomes = await frame.locator('ol.outcomes li.outcome').count();
      if (figureArms !== 3 || outcomes !== 11) throw new Error(`the preview shows ${figureArms} arms and ${outcomes} outcome measures, not 3 and 11`);
      passed.push('web: the preview of seed 000 shows its 3 arms and 11 outcome measures');

      // Typing the seeds and a record from scratch never rewrites a line (test/vscode/typing.ts).
      passed.push(...(await checkTypingRecords(page, folder, 'web (web worker extension host)')));
    });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return passed;
}
