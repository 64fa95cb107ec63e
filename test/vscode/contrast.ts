// Every text of the study-page preview readable in VS Code's six default themes, and in the HTML
// report (issue 30, point 2): WCAG contrast of at least 4.5:1 between a text's computed colour and
// the background it is drawn on, as the browser computes them. Dark High Contrast once showed
// findings white on #f4f4f4.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, FrameLocator, Page } from 'playwright-core';
import { ROOT, seedPath } from '../helpers';
import { command, previewFrame, quickOpen } from './ui';

export const THEMES = ['Default Light+', 'Default Dark+', 'Default Light Modern', 'Default Dark Modern', 'Default High Contrast', 'Default High Contrast Light'];

/**
 * Runs in the page: each element with text of its own, its colour (SVG: fill) against the first
 * opaque background behind it (SVG text in a box: the box's fill), and the contrast ratio.
 */
const MEASURE = `(() => {
  const rgb = (c) => { const m = /rgba?\\(([\\d.]+),\\s*([\\d.]+),\\s*([\\d.]+)(?:,\\s*([\\d.]+))?/.exec(c); return m ? { r: +m[1], g: +m[2], b: +m[3], a: m[4] === undefined ? 1 : +m[4] } : undefined; };
  const lum = (c) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }; return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
  const ratio = (x, y) => { const [a, b] = [lum(x), lum(y)].sort((p, q) => q - p); return (a + 0.05) / (b + 0.05); };
  const background = (el) => {
    for (let e = el; e; e = e.parentElement) {
      if (e instanceof SVGElement) { const box = e.tagName === 'g' ? e.querySelector(':scope > rect') : null; if (box) { const f = rgb(getComputedStyle(box).fill); if (f && f.a > 0) return f; } continue; }
      const c = rgb(getComputedStyle(e).backgroundColor); if (c && c.a > 0) return c;
    }
    return rgb(getComputedStyle(document.documentElement).backgroundColor) ?? { r: 255, g: 255, b: 255, a: 1 };
  };
  const out = [];
  for (const el of document.querySelectorAll('body *')) {
    if (![...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim() !== '')) continue;
    if (el.closest('title, style, script')) continue;
    const cs = getComputedStyle(el);
    if (cs.display === 'none' || cs.visibility === 'hidden') continue;
    const fg = rgb(el instanceof SVGElement ? cs.fill : cs.color);
    if (!fg) continue;
    const r = ratio(fg, background(el));
    if (r < 4.5) out.push(el.tagName.toLowerCase() + '.' + (el.getAttribute('class') || '') + ' "' + el.textContent.trim().slice(0, 40) + '" ' + r.toFixed(2) + ':1');
  }
  return out;
})()`;

async function lowContrast(target: Frame | Page): Promise<string[]> {
  return (await target.evaluate(MEASURE)) as string[];
}

/** The frame of the preview's content, for evaluate. */
async function contentFrame(page: Page, frame: FrameLocator): Promise<Frame> {
  await frame.locator('h1').first().waitFor({ timeout: 30_000 }).catch(async (e) => {
    await page.screenshot({ path: join(tmpdir(), 'trial-record-preview-frame.png') });
    throw e;
  });
  const handle = await page.frameLocator('iframe.webview.ready').locator('#active-frame').elementHandle();
  const f = await handle?.contentFrame();
  if (!f) throw new Error('no preview frame');
  return f;
}

/** Seed 000's preview in each theme: no text under 4.5:1. Leaves the Light+ theme on. */
export async function checkPreviewContrast(page: Page, seed: string): Promise<string> {
  await quickOpen(page, seed);
  await page.locator('.statusbar-item', { hasText: 'Trial Record' }).first().waitFor({ timeout: 60_000 });
  await page.keyboard.press('Control+K');
  await page.keyboard.press('V');
  const frame = previewFrame(page);
  const problems: string[] = [];
  let previous = '';
  // Each theme, then back to the first for the checks that follow.
  const order = [...THEMES, THEMES[0]!];
  for (const [k, theme] of order.entries()) {
    await command(page, 'Preferences: Color Theme');
    await page.locator('.quick-input-widget input').fill(theme);
    // A row reads "Light+ Default Light+"; "Default High Contrast" is also the start of its light twin.
    const rows = page.locator('.quick-input-list .monaco-list-row', { hasText: theme });
    const row = (theme === 'Default High Contrast' ? rows.filter({ hasNotText: 'High Contrast Light' }) : rows).first();
    await row.click().catch(async (e) => {
      await page.screenshot({ path: join(tmpdir(), 'trial-record-theme-picker.png') });
      throw e;
    });
    // The webview takes the theme's colours as CSS variables: wait until its background changed.
    let f = await contentFrame(page, frame);
    let bg = previous;
    for (let k = 0; k < 100 && bg === previous; k++) {
      f = await contentFrame(page, frame);
      bg = (await f.evaluate('getComputedStyle(document.body).backgroundColor')) as string;
      if (bg === previous) await page.waitForTimeout(100);
    }
    previous = bg;
    if (k === order.length - 1) break;
    problems.push(...(await lowContrast(f)).map((p) => `${theme}: ${p}`));
  }
  await command(page, 'View: Close All Editors');
  if (problems.length > 0) throw new Error(`preview text under 4.5:1:\n${problems.slice(0, 20).join('\n')}`);
  return `preview: every text of seed 000's page reads at 4.5:1 or more in ${THEMES.join(', ')}`;
}

/** The CLI's HTML report of the seeds, opened in the browser: no text under 4.5:1. */
export async function checkReportContrast(page: Page): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'trial-record-report-'));
  try {
    const file = join(dir, 'report.html');
    // Exit code 1 (the seeds have errors): the report is written all the same.
    const run = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', '--format', 'html', seedPath('000'), seedPath('003')], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (!run.stdout.includes('<html')) throw new Error(`no report: ${run.stderr}`);
    writeFileSync(file, run.stdout);
    const browser = page.context().browser();
    if (!browser) throw new Error('no browser');
    const report = await browser.newPage();
    try {
      await report.goto(`file://${file}`);
      const problems = await lowContrast(report);
      if (problems.length > 0) throw new Error(`report text under 4.5:1:\n${problems.slice(0, 20).join('\n')}`);
    } finally {
      await report.close();
    }
    return 'report: every text of the HTML report reads at 4.5:1 or more';
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs in the page: overlapping timeline labels, and figure names wider than their box. */
const LAYOUT = `(() => {
  const out = [];
  const labels = [...document.querySelectorAll('svg.timeline text')].map((t) => ({ t: t.textContent, b: t.getBBox() }));
  for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) {
    const a = labels[i].b, b = labels[j].b;
    if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) out.push('labels overlap: "' + labels[i].t + '" and "' + labels[j].t + '"');
  }
  for (const g of document.querySelectorAll('svg.design g')) {
    const box = g.querySelector('rect'); if (!box) continue;
    const r = box.getBBox();
    for (const t of g.querySelectorAll('text')) { const b = t.getBBox(); if (b.x + b.width > r.x + r.width || b.y + b.height > r.y + r.height) out.push('"' + t.textContent + '" overflows its box'); }
  }
  return out;
})()`;

/** Each seed's preview as the browser lays it out: no two timeline labels overlap, no name leaves its box. */
export async function checkFigureLayout(page: Page, seeds: readonly string[]): Promise<string> {
  const problems: string[] = [];
  await quickOpen(page, seeds[0]!);
  await page.locator('.statusbar-item', { hasText: 'Trial Record' }).first().waitFor({ timeout: 60_000 });
  await page.keyboard.press('Control+K');
  await page.keyboard.press('V');
  const frame = previewFrame(page);
  let title = '';
  for (const seed of seeds) {
    await quickOpen(page, seed);
    await page.locator('.tab', { hasText: `Preview ${seed}` }).waitFor({ timeout: 30_000 });
    // The page is swapped in place: wait for this record's title.
    let f = await contentFrame(page, frame);
    for (let k = 0; k < 100; k++) {
      f = await contentFrame(page, frame);
      const now = (await f.evaluate('document.querySelector("h1")?.textContent ?? ""')) as string;
      if (now !== title && now !== '') {
        title = now;
        break;
      }
      await page.waitForTimeout(100);
    }
    problems.push(...((await f.evaluate(LAYOUT)) as string[]).map((p) => `${seed}: ${p}`));
  }
  await command(page, 'View: Close All Editors');
  if (problems.length > 0) throw new Error(problems.slice(0, 20).join('\n'));
  return `preview: on the ${seeds.length} seeds as the browser draws them, no two timeline labels overlap and every arm and intervention name fits its box`;
}
