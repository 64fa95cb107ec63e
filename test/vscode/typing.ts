// Typing a new record from the `record` snippet in the real workbench, with the keyboard, as a
// writer does (issue 16, point 1): Tab between snippet fields must move on, never accept a word
// popup that changes what was typed (`John Smith, MD` once became `John Smith, Model`).

import type { Page } from 'playwright-core';
import { command } from './ui';

/** The first lines of the active editor, in order, as the workbench renders them. */
async function editorLines(page: Page, count: number): Promise<string[]> {
  const lines = await page.locator('.editor-group-container.active .monaco-editor .view-lines .view-line').evaluateAll((els) =>
    els.map((e) => ({ top: parseFloat(e.getAttribute('style')?.match(/top:\s*([\d.]+)px/)?.[1] ?? '0'), text: (e.textContent ?? '').replace(/\u00a0/g, ' ') })),
  );
  return lines.sort((a, b) => a.top - b.top).slice(0, count).map((l) => l.text);
}

/** A suggest popup shows within the bound (the quick-suggestion delay and the server's answer are far shorter). */
async function popupShows(page: Page, ms: number): Promise<boolean> {
  return page
    .locator('.suggest-widget.visible')
    .waitFor({ state: 'visible', timeout: ms })
    .then(() => true, () => false);
}

export async function checkTyping(page: Page): Promise<string> {
  await command(page, 'File: New Untitled Text File');
  await command(page, 'Change Language Mode');
  await page.locator('.quick-input-widget input').fill('Trial Record');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Trial Record' }).first().click();
  await page.locator('.statusbar-item', { hasText: 'Trial Record' }).first().waitFor({ timeout: 30_000 });
  await page.keyboard.type('record');
  await page.keyboard.press('Control+Space');
  await page.locator('.suggest-widget.visible .monaco-list-row', { hasText: 'New trial record' }).first().click();
  // Fields 1–3: title, acronym, NCT ID; field 4 is a choice (its list is the snippet's, closed with Escape).
  for (const text of ['A Study of Examplumab in Adults', 'EXM', 'NCT01234567']) {
    await page.keyboard.type(text);
    await page.keyboard.press('Tab');
  }
  await page.locator('.suggest-widget.visible').waitFor({ timeout: 10_000 });
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  // Fields 5 and 6: the sponsor and the responsible party, typed as a writer would.
  for (const text of ['John Smith, MD', 'Up to 5 years']) {
    await page.keyboard.type(text);
    if (await popupShows(page, 1_500)) throw new Error(`a suggestion popup opened while typing "${text}" in a snippet field: Tab would accept it`);
    await page.keyboard.press('Tab');
  }
  const lines = await editorLines(page, 5);
  const expected = [
    'A Study of Examplumab in Adults (EXM)',
    'ClinicalTrials.gov Identifier: NCT01234567',
    'Recruitment Status : Not yet recruiting',
    'Sponsor: John Smith, MD',
    'Information provided by (Responsible Party): Up to 5 years',
  ];
  if (lines.join('\n') !== expected.join('\n')) throw new Error(`the text is not what was typed:\n${lines.join('\n')}`);
  // Outside the snippet: a prose line typed at the end of the record, then Tab, as in a table.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Collaborator: Jane Roe, MD');
  if (await popupShows(page, 1_500)) throw new Error('a suggestion popup opened while typing a name and degree on a free line: Tab or Enter would accept it');
  return 'vsix: typing a new record from the snippet with Tab keeps exactly what was typed, and no word popup opens on a free line';
}
