// What the workbench tests do as a user does, in one place: run a command from the palette, open a
// file with Quick Open, reach the study-page preview's content.

import type { FrameLocator, Page } from 'playwright-core';

/** F1, the command's title, and its row. */
export async function command(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget input').fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().click();
}

/** Ctrl+P and the file's name; resolves once its tab is the active one. */
export async function quickOpen(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget input').fill(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().click();
  // The record's own tab (a preview's tab also carries the record's name).
  await page.locator(`.tab.active[data-resource-name="${name}"]`).waitFor({ timeout: 30_000 });
}

/** The preview's page: the webview's outer frame, then the frame that holds the content. */
export function previewFrame(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
}
