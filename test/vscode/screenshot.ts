// `npm run screenshot`: README images from the real workbench (the offline VS Code server in
// headless Chromium), with this repository loaded as the development extension.
//   docs/images/outline.png   seed 000 open, with the Outline
//   docs/images/settings.png  the Trial Record settings
//   docs/images/preview-light.png, preview-dark.png  seed 000 with its preview, in a light and a dark theme
//   docs/images/report.png    the HTML report of `trial-record check --format html` over the seeds

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { ROOT } from '../helpers';
import { command, previewFrame, quickOpen } from './ui';
import { CHROMIUM, CHROMIUM_ARGS, type Workbench, withWorkbench } from './workbench';

const WORKSPACE = join(ROOT, 'test', 'fixtures');

async function main(): Promise<void> {
  await withWorkbench({ folder: WORKSPACE, payload: [], viewport: { width: 1500, height: 920 } }, async (w) => {
    const page = w.page;
    try {
      await shoot(w);
    } catch (e) {
      // Leave a picture of the failure for whoever runs the script.
      await page.screenshot({ path: join(ROOT, 'docs', 'images', 'screenshot-failure.png') }).catch(() => undefined);
      throw e;
    }
  });
  await shootReport();
  console.log('wrote docs/images/outline.png, settings.png, preview-light.png, preview-dark.png and report.png');
}

async function shoot(w: Workbench): Promise<void> {
    const page = w.page;
    await page.goto(`http://127.0.0.1:${w.port}/?folder=${encodeURIComponent(WORKSPACE)}&payload=${encodeURIComponent(JSON.stringify([['extensionDevelopmentPath', w.remote(ROOT)], ['skipWelcome', 'true']]))}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').fill('000_853d7334ca93d2a7.txt');
    await page.locator('.quick-input-list .monaco-list-row').first().click();
    // The language switches once the extension has activated and read the text.
    await page.locator('.statusbar-item', { hasText: 'Trial Record' }).first().waitFor({ timeout: 60_000 });
    await command(page, 'Notifications: Clear All Notifications');
    await command(page, 'Explorer: Focus on Outline View');
    const outline = page.locator('.outline-pane');
    await outline.locator('.monaco-list-row', { hasText: 'Identification' }).first().waitFor({ timeout: 60_000 });
    // Room for the Outline: fold the file tree, then show only the record's groups.
    await page.locator('.pane-header', { hasText: 'fixtures' }).first().click();
    await page.locator('.pane-header', { hasText: 'Outline' }).first().hover();
    await page.locator('.pane-header', { hasText: 'Outline' }).locator('[aria-label^="Collapse All"]').first().click();
    await outline.locator('.monaco-list-row').first().locator('.monaco-tl-twistie').click();
    for (const name of ['Arms', 'Outcome Measures', 'Unclassified']) {
      const row = outline.locator('.monaco-list-row', { hasText: name }).first();
      await row.waitFor({ timeout: 30_000 });
      if ((await row.getAttribute('aria-expanded')) === 'false') await row.locator('.monaco-tl-twistie').click();
    }
    await outline.locator('.monaco-list-row', { hasText: 'Experimental: Cohort C' }).first().click();
    await page.screenshot({ path: join(ROOT, 'docs', 'images', 'outline.png') });
    await command(page, 'Preferences: Open Settings (UI)');
    await page.locator('.settings-editor .suggest-input-container textarea, .settings-editor .monaco-editor textarea').first().fill('trialRecord');
    await page.locator('.settings-editor .setting-item-contents', { hasText: 'Suppressions' }).first().waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(ROOT, 'docs', 'images', 'settings.png') });
    await shootPreview(page);
}

async function theme(page: Page, name: string): Promise<void> {
  await command(page, 'Preferences: Color Theme');
  await page.locator('.quick-input-widget input').fill(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().click();
}

/** Seed 000 beside its preview, scrolled to the design figure, in a light and a dark theme. */
async function shootPreview(page: Page): Promise<void> {
  await command(page, 'View: Close All Editors');
  await command(page, 'View: Close Primary Side Bar');
  await quickOpen(page, '000_853d7334ca93d2a7.txt');
  await page.locator('.statusbar-item', { hasText: 'Trial Record' }).first().waitFor({ timeout: 60_000 });
  await command(page, 'Trial Record: Open Preview to the Side');
  const frame = previewFrame(page);
  await frame.locator('figure svg.design').waitFor({ timeout: 30_000 });
  await frame.locator('figure').evaluate((f) => f.scrollIntoView({ block: 'start' }));
  for (const [name, file] of [['Light Modern', 'preview-light.png'], ['Dark Modern', 'preview-dark.png']] as const) {
    await theme(page, name);
    await page.locator('.monaco-workbench' + (name.startsWith('Dark') ? '.vs-dark' : '.vs')).waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(ROOT, 'docs', 'images', file) });
  }
  await theme(page, 'Light Modern');
}

/** The CI report over the seeds, as a browser shows the artifact. */
async function shootReport(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'trial-record-report-'));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  try {
    const html = execFileSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', '--format', 'html', 'test/fixtures/seeds', 'examples'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).toString();
    writeFileSync(join(dir, 'report.html'), html);
  } catch (e) {
    // Exit code 1 (errors found) is the report's normal case; its output is still the page.
    const out = (e as { stdout?: string }).stdout;
    if (!out) throw e;
    writeFileSync(join(dir, 'report.html'), out);
  }
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(`file://${join(dir, 'report.html')}`);
    await page.screenshot({ path: join(ROOT, 'docs', 'images', 'report.png') });
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
