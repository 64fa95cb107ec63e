// The study-page preview in the real workbench, driven as a user drives it (issue 17): Ctrl+K V on
// seed 000 opens the preview beside it; the page shows the 3 arms linked to their interventions
// and the 11 outcome measures; clicking a finding selects its range in the editor; typing updates
// the page; it follows the active record; and after a reload the preview comes back.

import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from '../helpers';
import { command, previewFrame, quickOpen } from './ui';

const SEED_000 = '000_853d7334ca93d2a7.txt';
const SEED_003 = '003_c8a89d053ff08f16.txt';

/** The 1-based line of an offset in a text. */
function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

async function selectionStatus(page: Page): Promise<string> {
  return (await page.locator('#status\\.editor\\.selection').first().textContent()) ?? '';
}

export async function checkPreview(page: Page): Promise<string[]> {
  const passed: string[] = [];
  const seed = readFileSync(join(ROOT, 'test', 'fixtures', 'seeds', SEED_000), 'utf8');
  await quickOpen(page, SEED_000);
  await page.locator('.statusbar-item', { hasText: 'Trial Record' }).first().waitFor({ timeout: 60_000 });
  await page.keyboard.press('Control+K');
  await page.keyboard.press('V');
  await page.locator('.tab', { hasText: `Preview ${SEED_000}` }).waitFor({ timeout: 30_000 });
  const frame = previewFrame(page);
  await frame.locator('h1', { hasText: 'Tusamitamab Ravtansine Monotherapy' }).waitFor({ timeout: 30_000 });

  // Seed 000, read by hand: Cohorts A and B get tusamitamab ravtansine, Cohort C also gemcitabine;
  // 11 outcome measures, in a list without Primary/Secondary headings (lines 54-64).
  const arms = await frame.locator('table.arms tr.arm').evaluateAll((rows) =>
    rows.map((r) => ({ arm: r.querySelector('strong')?.textContent ?? '', linked: Array.from(r.querySelectorAll('li.linked'), (l) => (l as { textContent: string | null }).textContent ?? '') })),
  );
  const expected = [
    { arm: 'Experimental: Cohort A metastatic breast cancer (mBC)', linked: ['Drug: tusamitamab ravtansine'] },
    { arm: 'Experimental: Cohort B metastatic pancreatic adenocarcinoma (mPAC)', linked: ['Drug: tusamitamab ravtansine'] },
    { arm: 'Experimental: Cohort C Metastatic pancreatic adenocarcinoma (mPAC)', linked: ['Drug: tusamitamab ravtansine', 'Drug: Gemcitabine'] },
  ];
  if (JSON.stringify(arms) !== JSON.stringify(expected)) throw new Error(`the preview's arms are not seed 000's:\n${JSON.stringify(arms, null, 1)}`);
  const figureArms = await frame.locator('figure svg g.arm').count();
  const outcomes = await frame.locator('ol.outcomes li.outcome').evaluateAll((items) => items.map((o) => o.querySelector('strong')?.textContent ?? ''));
  if (figureArms !== 3 || outcomes.length !== 11 || !outcomes[0]!.startsWith('Objective Response Rate (ORR)') || !outcomes[10]!.startsWith('Maximum concentration observed after infusion (Cmax) of gemcitabine')) {
    throw new Error(`the preview shows ${figureArms} arms in the figure and ${outcomes.length} outcomes: ${outcomes.join(' | ')}`);
  }
  passed.push('preview: Ctrl+K V on seed 000 shows its 3 arms linked to their interventions (table and figure) and its 11 outcome measures');

  // A click on a finding selects its source range in the editor.
  const finding = frame.locator('li.finding', { hasText: 'vague-time-frame' }).first();
  const start = Number(await finding.getAttribute('data-start'));
  const end = Number(await finding.getAttribute('data-end'));
  const shownLine = Number(/line (\d+)/.exec((await finding.textContent()) ?? '')?.[1]);
  if (shownLine !== lineOf(seed, start)) throw new Error(`the finding says line ${shownLine}, but its range starts on line ${lineOf(seed, start)}`);
  const before = await selectionStatus(page);
  await finding.click();
  const want = `Ln ${lineOf(seed, end)}, Col ${end - seed.lastIndexOf('\n', end - 1)} (${end - start} selected)`;
  await page.locator('#status\\.editor\\.selection', { hasText: want }).waitFor({ timeout: 60_000 }).catch(async () => {
    throw new Error(`after clicking the finding the selection is "${await selectionStatus(page)}" (was "${before}"), not "${want}"`);
  });
  passed.push('preview: clicking a finding selects its range in the editor');

  // Typing into the record updates the page.
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('EDITED ');
  await frame.locator('h1', { hasText: 'EDITED Tusamitamab Ravtansine' }).waitFor({ timeout: 60_000 });
  const armsAfter = await frame.locator('table.arms tr.arm').count();
  if (armsAfter !== 3) throw new Error(`after typing, the preview shows ${armsAfter} arms`);
  passed.push('preview: typing into the record updates the page');

  // The fixture stays as it is on disk: the edit is reverted before anything could save it.
  await command(page, 'File: Revert File');
  await frame.locator('h1', { hasText: /^Tusamitamab Ravtansine/ }).waitFor({ timeout: 60_000 }).catch(async (e) => {
    await page.screenshot({ path: join(tmpdir(), 'trial-record-revert.png') });
    throw e;
  });

  // It follows the active record.
  await quickOpen(page, SEED_003);
  await page.locator('.tab', { hasText: `Preview ${SEED_003}` }).waitFor({ timeout: 30_000 });
  await frame.locator('li.finding', { hasText: 'missing-primary-outcome' }).first().waitFor({ timeout: 60_000 });
  passed.push('preview: follows the active record (seed 003, with its missing-primary-outcome error)');

  // After a reload the preview comes back with its record.
  // As a user reloads: the workbench's own command, which saves the window's state first.
  await command(page, 'Developer: Reload Window');
  await page.waitForEvent('load', { timeout: 60_000 });
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.locator('.tab', { hasText: `Preview ${SEED_003}` }).waitFor({ timeout: 60_000 });
  await page.locator('.tab', { hasText: `Preview ${SEED_003}` }).click();
  await previewFrame(page).locator('li.finding', { hasText: 'missing-primary-outcome' }).first().waitFor({ timeout: 60_000 });
  passed.push('preview: restored after a reload of the window');
  if (readFileSync(join(ROOT, 'test', 'fixtures', 'seeds', SEED_000), 'utf8') !== seed) throw new Error(`the preview check changed ${SEED_000} on disk`);
  // Leave one editor group, full width, for the checks that follow (a wrapped line reads as two).
  await command(page, 'View: Close All Editors');
  await page.locator('.tab', { hasText: 'Preview' }).waitFor({ state: 'detached', timeout: 60_000 });
  return passed;
}
