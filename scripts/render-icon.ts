// Renders images/icon.svg to images/icon.png (the extension icon; the Marketplace takes PNG only),
// with the headless Chromium the VS Code tests use. Run it after changing the SVG:
// `node esbuild.mjs --tests && node out/scripts/render-icon.js`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../test/vscode/workbench';

const root = join(__dirname, '..', '..');

async function main(): Promise<void> {
  const svg = readFileSync(join(root, 'images', 'icon.svg'), 'utf8');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS], headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 256, height: 256 } });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
    await page.locator('svg').screenshot({ path: join(root, 'images', 'icon.png'), omitBackground: true });
  } finally {
    await browser.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
