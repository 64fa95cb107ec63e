// Typing as a writer types, in the real workbench with VS Code's default editor settings (issue 30):
// every seed and a record written from scratch, line by line with real key events, Enter after each
// line once the suggest widget had time to open; then the scratch record's lines ending with Tab.
// The saved file must be exactly what was typed (auto-indent aside). Also: a suggestion picked with
// the arrow keys is inserted, and a new record starts from the snippet with Tab between its fields.

import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { SEED_FILES, seedPath } from '../helpers';
import { command, quickOpen } from './ui';

/** A record typed from scratch: labels, values, outcome titles, time frames, criteria, a conditions row. */
export const SCRATCH: readonly string[] = [
  'Asthma Control With Examplumab in Adults (EXACT)',
  'ClinicalTrials.gov Identifier: NCT01234567',
  'Recruitment Status : Recruiting',
  'First Posted : March 3, 2026',
  'Last Update Posted : March 3, 2026',
  'Sponsor: Example University',
  'Information provided by (Responsible Party): Example University',
  '',
  'Study Description',
  'Brief Summary:',
  'This study tests whether examplumab improves asthma control in adults.',
  '',
  'Condition or disease | Intervention/treatment | Phase |',
  '---|---|---|',
  'Asthma | Drug: examplumab | Phase 2 |',
  '',
  'Study Design',
  'Study Type : | Interventional (Clinical Trial) |',
  'Phase: Phase 2',
  'Estimated Enrollment : | 120 participants |',
  'Allocation: | Randomized |',
  'Intervention Model: | Parallel Assignment |',
  'Masking: | Double (Participant, Investigator) |',
  'Primary Purpose: | Treatment |',
  'Actual Study Start Date : | March 2, 2026 |',
  'Estimated Primary Completion Date : | June 30, 2027 |',
  '',
  'Arms and Interventions',
  'Arm | Intervention/treatment |',
  '---|---|',
  'Experimental: Examplumab',
  'Examplumab 100 mg every 4 weeks',
  '|',
  'Drug: examplumab',
  'Subcutaneous injection |',
  '',
  'Outcome Measures',
  'Primary Outcome Measures:',
  '- Time to first severe exacerbation',
  '- Time to first severe exacerbation [ Time Frame: Week 12 ]',
  'Secondary Outcome Measures:',
  '- Overall survival',
  '- Overall Survival',
  '- Asthma Control Questionnaire score',
  '- Asthma Control Questionnaire score [ Time Frame: Baseline and Week 12 ]',
  '',
  'Eligibility Criteria',
  'Ages Eligible for Study: | 18 Years and older |',
  'Sexes Eligible for Study: | All |',
  'Inclusion Criteria:',
  '- Measurable disease per RECIST',
  '- ECOG',
  'Exclusion Criteria:',
  '- Current smoker',
  '',
  'More Information',
  'Last Verified: | March 2026 |',
];

/** The files the test types into, created empty in the workspace folder before the workbench opens. */
export function prepareTypingFiles(folder: string): void {
  for (const name of [...SEED_FILES.map((f) => `typed-${f.slice(0, 3)}.trial`), 'typed-scratch.trial', 'typed-scratch-tab.trial']) writeFileSync(join(folder, name), '');
}

/** Waits up to `ms` for the suggest widget, the moment a keystroke could accept an item. */
async function suggestShows(page: Page, ms: number): Promise<boolean> {
  return page
    .locator('.suggest-widget.visible')
    .waitFor({ state: 'visible', timeout: ms })
    .then(() => true, () => false);
}

/**
 * Real key events for `text`: a key down carrying the character and a key up, per character, as a
 * keyboard sends them. They are sent without waiting for each round trip (the workbench handles
 * them in order), which makes typing the seeds take minutes instead of a quarter of an hour.
 */
async function keys(cdp: CDPSession, text: string): Promise<void> {
  const sent: Promise<unknown>[] = [];
  for (const ch of text) {
    sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: ch, text: ch, unmodifiedText: ch }));
    sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: ch }));
  }
  await Promise.all(sent);
}

/**
 * Types the lines into the open editor, each followed by `end` (Tab then Enter for 'Tab') once the
 * suggest widget had 300 ms to open; the leading whitespace is left to auto-indent. Returns how
 * many lines ended with the widget open.
 */
async function typeLines(page: Page, lines: readonly string[], end: 'Enter' | 'Tab'): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  let open = 0;
  try {
    for (const line of lines) {
      const text = line.trimStart();
      if (text !== '') await keys(cdp, text);
      if (await suggestShows(page, 300)) open++;
      if (end === 'Tab' && text !== '') await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
    }
  } finally {
    await cdp.detach();
  }
  return open;
}

/**
 * Saves the active editor and returns its text from disk once the save landed: polls (bounded)
 * until the file's text is `done` and two reads agree.
 */
async function saved(page: Page, file: string, done: (text: string) => boolean): Promise<string> {
  await page.keyboard.press('Control+S');
  let text = '';
  for (let k = 0; k < 600; k++) {
    const again = readFileSync(file, 'utf8');
    if (again === text && done(text)) return text;
    text = again;
    await page.waitForTimeout(50);
  }
  return text;
}

/** The differences between the typed lines and the saved text, auto-indent aside. */
function differences(typed: readonly string[], text: string, end: 'Enter' | 'Tab'): string[] {
  const got = text.split('\n');
  const out: string[] = [];
  if (got.length !== typed.length + 1 || got.at(-1)!.trim() !== '') out.push(`${got.length - 1} lines where ${typed.length} were typed`);
  typed.forEach((want, k) => {
    const line = (got[k] ?? '').trimStart();
    const w = want.trimStart();
    // Tab after a line's text adds indentation there and nothing else.
    const ok = end === 'Tab' && w !== '' ? line.startsWith(w) && /^[ \t]+$/.test(line.slice(w.length)) : line === w;
    if (!ok) out.push(`line ${k + 1}: typed "${w}", got "${line}"`);
  });
  return out;
}

export async function typeInto(page: Page, folder: string, name: string, lines: readonly string[], end: 'Enter' | 'Tab'): Promise<number> {
  await quickOpen(page, name);
  await page.locator('.statusbar-item', { hasText: 'Trial Record' }).first().waitFor({ timeout: 30_000 });
  await page.locator('.editor-group-container.active .monaco-editor textarea').focus();
  const open = await typeLines(page, lines, end);
  const diff = differences(lines, await saved(page, join(folder, name), (t) => t.split('\n').length > lines.length), end);
  if (diff.length > 0) throw new Error(`${name}: the text is not what was typed (${end} after each line):\n${diff.slice(0, 12).join('\n')}`);
  return open;
}

/**
 * The five seeds and the scratch record with Enter, the scratch record with Tab, then a suggestion
 * picked with the arrow keys. `host` names the extension host in the results.
 */
export async function checkTypingRecords(page: Page, folder: string, host: string): Promise<string[]> {
  const passed: string[] = [];
  let open = 0;
  let lines = 0;
  for (const f of SEED_FILES) {
    const seed = readFileSync(seedPath(f.slice(0, 3)), 'utf8').replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
    open += await typeInto(page, folder, `typed-${f.slice(0, 3)}.trial`, seed, 'Enter');
    lines += seed.length;
  }
  passed.push(`${host}: the five seeds typed line by line with Enter are exactly what was typed (${lines} lines, the suggest widget open at ${open} line ends)`);
  const scratchOpen = await typeInto(page, folder, 'typed-scratch.trial', SCRATCH, 'Enter');
  passed.push(`${host}: a record typed from scratch with Enter is exactly what was typed (${SCRATCH.length} lines, the widget open at ${scratchOpen})`);
  passed.push(`${host}: ${await checkArrowPick(page, join(folder, 'typed-scratch.trial'))}`);
  const tabOpen = await typeInto(page, folder, 'typed-scratch-tab.trial', SCRATCH, 'Tab');
  passed.push(`${host}: the same lines ending with Tab keep every typed word (the widget open at ${tabOpen})`);
  return passed;
}

/** At the end of the active record (just typed and saved as `file`): a suggestion picked with the arrow keys and Enter is inserted. */
export async function checkArrowPick(page: Page, file: string): Promise<string> {
  await page.keyboard.press('Control+End');
  // At a writer's pace, so the list is open when the arrow key comes.
  await page.keyboard.type('Allocation: | Non', { delay: 80 });
  if (!(await suggestShows(page, 10_000))) {
    await page.screenshot({ path: join(tmpdir(), 'trial-record-arrow-pick.png') });
    throw new Error(`no suggestion for "Allocation: | Non" (screenshot in ${tmpdir()})`);
  }
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const last = (await saved(page, file, (t) => t.endsWith('Allocation: | Non-Randomized'))).split('\n').at(-1);
  if (last !== 'Allocation: | Non-Randomized') throw new Error(`the suggestion picked with the arrow keys gave "${last}"`);
  return 'a suggestion picked with the arrow keys and Enter is inserted';
}

/** The first lines of the active editor, in order, as the workbench renders them. */
async function editorLines(page: Page, count: number): Promise<string[]> {
  const lines = await page.locator('.editor-group-container.active .monaco-editor .view-lines .view-line').evaluateAll((els) =>
    els.map((e) => ({ top: parseFloat(e.getAttribute('style')?.match(/top:\s*([\d.]+)px/)?.[1] ?? '0'), text: (e.textContent ?? '').replace(/\u00a0/g, ' ') })),
  );
  return lines.sort((a, b) => a.top - b.top).slice(0, count).map((l) => l.text);
}

/**
 * A new record from the snippet, as a writer starts one (issue 16, point 1): completion on the empty
 * file offers New trial record; Tab between its fields moves on and never accepts a word popup
 * (`John Smith, MD` once became `John Smith, Model`).
 */
export async function checkSnippetTyping(page: Page): Promise<string> {
  await command(page, 'File: New Untitled Text File');
  await command(page, 'Change Language Mode');
  await page.locator('.quick-input-widget input').fill('Trial Record');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Trial Record' }).first().click();
  await page.locator('.statusbar-item', { hasText: 'Trial Record' }).first().waitFor({ timeout: 30_000 });
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
    if (await suggestShows(page, 1_500)) throw new Error(`a suggestion popup opened while typing "${text}" in a snippet field: Tab would accept it`);
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
  return 'vsix: a new record from the New trial record completion, typed with Tab between fields, keeps exactly what was typed';
}
