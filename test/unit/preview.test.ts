// The study-page preview (features/preview), rendered from real records: every seed and 50 corpus
// records carry their arms, outcomes and findings; nothing a record says is ever markup.
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readStudies } from '../../server/src/convert/read';
import { writeRecord } from '../../server/src/convert/write';
import fc from 'fast-check';
import { labelRows, wrapLines } from '../../server/src/features/preview/figure';
import { esc } from '../../server/src/features/preview/html';
import { TrialRecordService } from '../../server/src/service';
import { readSettings } from '../../server/src/settings';
import { FIXTURES, SEED_FILES, seed, seedText } from '../helpers';

const { settings } = readSettings({ today: '2026-12-02' });
const service = new TrialRecordService();
const NONCE = 'n0nce';
// A new version each call: the facade keeps one analysis per URI and version.
let version = 0;
const page = (text: string, name = 'x') => service.previewPage({ uri: `file:///${name}.trial`, version: ++version, getText: () => text }, settings, { nonce: NONCE, ruleLink: (id) => `https://example.org/rules/${id}.md` });

// The markup the preview writes; anything else in the output would have come from the record.
const TAGS = new Set(['!DOCTYPE', 'html', 'head', 'meta', 'title', 'style', 'body', 'header', 'h1', 'h2', 'h3', 'p', 'br', 'span', 'strong', 'a', 'ul', 'ol', 'li', 'div', 'section', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'figure', 'svg', 'g', 'rect', 'text', 'line', 'circle']);
const ATTRS = new Set(['lang', 'charset', 'http-equiv', 'content', 'name', 'nonce', 'class', 'id', 'href', 'data-start', 'data-end', 'role', 'aria-label', 'viewBox', 'width', 'height', 'x', 'y', 'rx', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'text-anchor']);

/** Every tag and attribute the page holds, checked against what the preview writes. */
function markupProblems(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<\/?([!a-zA-Z][^\s>/]*)([^>]*)>/g)) {
    if (!TAGS.has(m[1]!)) out.push(`tag ${m[1]}`);
    for (const a of m[2]!.matchAll(/([a-zA-Z-]+)="([^"]*)"/g)) {
      if (!ATTRS.has(a[1]!)) out.push(`attribute ${a[1]}`);
      if (a[1] === 'href' && !a[2]!.startsWith('https://')) out.push(`href ${a[2]}`);
    }
  }
  return out;
}

describe('study-page preview', () => {
  for (const file of SEED_FILES) {
    it(`${file}: every arm, intervention link, outcome and finding, and only the preview's markup`, () => {
      const text = seedText(file.slice(0, 3));
      const html = page(text, file);
      const r = seed(file.slice(0, 3)).record;
      assert.deepEqual(markupProblems(html), []);
      for (const a of r.arms) assert.ok(html.includes(esc(a.label!.value)), `arm ${a.label!.value}`);
      assert.equal((html.match(/<g class="arm"/g) ?? []).length, r.arms.length, 'an arm box each');
      const links = r.arms.reduce((n, a) => n + a.interventions.filter((i) => i.intervention !== undefined).length, 0);
      assert.equal((html.match(/<line class="link"/g) ?? []).length, links, 'a line per arm–intervention link');
      assert.equal((html.match(/<li class="outcome"/g) ?? []).length, r.outcomes.length);
      for (const o of r.outcomes) assert.ok(html.includes(esc(o.title!.value.trim())), `outcome ${o.title!.value}`);
      const problems = service.problems({ uri: `file:///${file}.trial`, version: 1, getText: () => text }, settings);
      assert.equal((html.match(/<li class="finding /g) ?? []).length, problems.length);
      for (const p of problems) assert.ok(html.includes(esc(p.message)), p.message);
      assert.match(html, new RegExp(`content="default-src 'none'; style-src 'nonce-${NONCE}'; script-src 'nonce-${NONCE}'; img-src data:"`.replace(/'/g, '&#39;')));
    });
  }

  it('keeps arms told apart: names wrap in their boxes, never cut (issue 30, point 12)', () => {
    const html = page(seedText('000'), 'arms-000');
    const boxes = [...html.matchAll(/<g class="arm"[^>]*>(.*?)<\/g>/gs)].map((m) => [...m[1]!.matchAll(/<text [^>]*class="name">([^<]*)<\/text>/g)].map((t) => t[1]).join(' '));
    // Seed 000's arms, read by hand: B and C differ only after 30 characters.
    assert.deepEqual(boxes, ['Cohort A metastatic breast cancer (mBC)', 'Cohort B metastatic pancreatic adenocarcinoma (mPAC)', 'Cohort C Metastatic pancreatic adenocarcinoma (mPAC)']);
    assert.deepEqual(wrapLines('a'.repeat(40)), [`${'a'.repeat(29)}…`]);
    assert.equal(wrapLines(Array.from({ length: 30 }, () => 'word').join(' ')).length, 4);
  });

  it('lists each section\'s findings errors first: a hint never sits above an error', () => {
    const rank: Record<string, number> = { error: 0, warning: 1, information: 2, hint: 3 };
    for (const f of SEED_FILES) {
      const html = page(seedText(f.slice(0, 3)), `order-${f}`);
      for (const list of html.matchAll(/<ul class="findings">(.*?)<\/ul>/gs)) {
        const sev = [...list[1]!.matchAll(/<li class="finding (\w+)"/g)].map((m) => rank[m[1]!]!);
        assert.deepEqual(sev, [...sev].sort((a, b) => a - b), f);
      }
    }
  });

  it('states the ages as the registry does: "18 Years and older" has no maximum (issue 30, point 1)', () => {
    const cell = (html: string, name: string) => new RegExp(`<th>${name}</th><td><span[^>]*>([^<]*)</span>`).exec(html)?.[1];
    for (const s of ['000', '001', '002']) {
      const html = page(seedText(s), `ages-${s}`);
      assert.equal(cell(html, 'Minimum Age'), '18 Years', s);
      assert.equal(cell(html, 'Maximum Age'), 'No limit', s);
    }
    const html = page(seedText('004'), 'ages-004');
    assert.equal(cell(html, 'Minimum Age'), '18 Years');
    assert.equal(cell(html, 'Maximum Age'), '70 Years');
  });

  it('seed 000: 3 arms linked to their interventions, 11 outcome measures, the timeline with today', () => {
    const html = page(seedText('000'));
    assert.equal((html.match(/<g class="arm"/g) ?? []).length, 3);
    assert.equal((html.match(/<li class="outcome"/g) ?? []).length, 11);
    // Line 27 reads 'Estimated Enrollment : | 94 participants |'; with 3 arms no arm has its own count.
    assert.match(html, /<text x="8" y="24" class="heading">Non-Randomized · Parallel Assignment · None \(Open Label\)<\/text><text x="8" y="44" class="enrollment">Enrollment: 94 participants \(Estimated\)<\/text>/);
    assert.doesNotMatch(html, /n = 94/);
    assert.match(html, /Study Start: March 29, 2021 \(Actual\)/);
    assert.match(html, /Today: 2026-12-02/);
    // Primary completion was Estimated for July 2024, before today: drawn as overdue.
    assert.match(html, /class="mark overdue"[^>]*>(<line class="leader"[^>]*\/>)?<circle[^>]*\/><text[^>]*>Primary Completion: [^<]*\(Estimated, passed\)/);
  });

  it('seed 004: its one arm carries the planned participants (the enrollment, line 19: 36, Estimated)', () => {
    const html = page(seedText('004'), 'seed-004');
    assert.equal((html.match(/<g class="arm"/g) ?? []).length, 1);
    assert.match(html, /<g class="arm"[^>]*><rect[^>]*\/><text[^>]*class="type">Experimental · n = 36<\/text>/);
    assert.match(html, /class="heading">N\/A · Single Group Assignment · None \(Open Label\)<\/text><text x="8" y="44" class="enrollment">Enrollment: 36 participants \(Estimated\)</);
  });

  it('50 corpus records: each arm and outcome measure is on the page, and nothing else is markup', () => {
    const dir = join(FIXTURES, 'corpus', 'ctgov');
    const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort().slice(0, 50);
    for (const f of files) {
      const p = readStudies(readFileSync(join(dir, f), 'utf8'), f)[0]!;
      const html = page(writeRecord(p), f);
      assert.deepEqual(markupProblems(html), [], f);
      for (const a of p.armsInterventionsModule?.armGroups ?? []) assert.ok(html.includes(esc(a.label!.replace(/\s+/g, ' ').trim())), `${f}: arm ${a.label}`);
      const outcomes = [...(p.outcomesModule?.primaryOutcomes ?? []), ...(p.outcomesModule?.secondaryOutcomes ?? []), ...(p.outcomesModule?.otherOutcomes ?? [])];
      assert.equal((html.match(/<li class="outcome"/g) ?? []).length, outcomes.length, f);
    }
  });

  it('a record full of markup shows it as text', () => {
    const text = readFileSync(join(FIXTURES, 'rules', 'clean', 'interventional.trial'), 'utf8')
      .replace(/^.*$/m, '<script>alert(1)</script> Study')
      .replace('Vitamin D3', '<img src=x onerror=alert(1)>')
      .replace(/Brief Summary:\n/, 'Brief Summary:\njavascript:alert(1) <a href="javascript:alert(1)">x</a> "quoted" & \'single\'\n');
    const html = page(text);
    assert.deepEqual(markupProblems(html), []);
    assert.ok(!/<script|<img|<a href="javascript/i.test(html));
    assert.ok(html.includes('&#60;script&#62;alert(1)&#60;/script&#62;'));
    assert.ok(html.includes('&#60;img src=x onerror=alert(1)&#62;'));
  });

  it('timeline labels never overlap and stay inside the figure, however close the dates', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ cx: fc.integer({ min: 40, max: 600 }), width: fc.integer({ min: 40, max: 360 }) }), { minLength: 1, maxLength: 6 }), (labels) => {
        const rows = labelRows(labels, 640);
        rows.forEach((r, k) => {
          assert.ok(r.left >= 4 && r.left + labels[k]!.width <= 636, `label ${k} inside`);
          rows.forEach((o, j) => {
            if (j <= k || o.side !== r.side || o.level !== r.level) return;
            assert.ok(r.left + labels[k]!.width <= o.left || o.left + labels[j]!.width <= r.left, `labels ${k} and ${j} overlap`);
          });
        });
      }),
    );
    // Five dates on one day: each label gets its own row (no endless search for a free one).
    const same = labelRows(Array.from({ length: 5 }, () => ({ cx: 320, width: 200 })), 640);
    assert.equal(new Set(same.map((r) => `${r.side}${r.level}`)).size, 5);
    // Seed 000's five dates, read by hand: Study Completion (January 2025) and Primary Completion
    // (July 2024) are 6 months apart, so their labels take different rows.
    const html = page(seedText('000'));
    const rowOf = (name: string) => new RegExp(`<text x="\\d+" y="(\\d+)">${name}:`).exec(html)?.[1];
    assert.notEqual(rowOf('Primary Completion'), rowOf('Study Completion'));
    // Leaders are drawn first, so every label (with its halo) lies over them.
    const svg = /<svg class="timeline".*?<\/svg>/s.exec(html)![0];
    assert.ok(svg.includes('<line class="leader"'), 'seed 000 has a label off the first row');
    assert.ok(svg.lastIndexOf('<line class="leader"') < svg.indexOf('<g class="mark'));
  });
});
