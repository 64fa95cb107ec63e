// `npm run screenshot`: README images from the real workbench (the offline VS Code server in
// headless Chromium), with this repository loaded as the development extension.
//   docs/images/outline.png   seed 000 open, with the Outline
//   docs/images/settings.png  the Trial Record settings

import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from '../helpers';
import { type Workbench, withWorkbench } from './workbench';

const WORKSPACE = join(ROOT, 'test', 'fixtures');

async function command(page: Page, name: string): Promise<void> {
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget input').fill(`>${name}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().click();
}

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
  console.log('wrote docs/images/outline.png and docs/images/settings.png');
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
    await page.locator('.settings-editor .setting-item-contents', { hasText: 'Detect Plain Text' }).first().waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(ROOT, 'docs', 'images', 'settings.png') });
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
