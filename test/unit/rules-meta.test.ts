// The rules, their pages and their settings stay in sync.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configuration, rulesIndexPage, rulesReadmeTable } from '../../server/src/contributions';
import { RULES } from '../../server/src/rules';
import { ROOT } from '../helpers';

const HELPERS = new Set(['index', 'types']); // shared code lives in rules/support, the engine in rules/engine

describe('rule registry, pages and settings', () => {
  it('every rule file is registered, and ids are unique kebab-case file names', () => {
    const files = readdirSync(join(ROOT, 'server', 'src', 'rules')).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3)).filter((f) => !HELPERS.has(f)).sort();
    assert.deepEqual(RULES.map((r) => r.id).sort(), files);
    assert.equal(new Set(RULES.map((r) => r.id)).size, RULES.length);
    for (const r of RULES) assert.match(r.id, /^[a-z]+(-[a-z]+)*$/);
  });

  it('every rule has its page with why, source, a bad and a good example, and the fix', () => {
    const pages = readdirSync(join(ROOT, 'docs', 'rules')).filter((f) => f.endsWith('.md') && f !== 'README.md');
    assert.deepEqual(pages.map((p) => p.slice(0, -3)).sort(), RULES.map((r) => r.id).sort(), 'one page per rule, no orphan pages');
    for (const r of RULES) {
      const page = readFileSync(join(ROOT, 'docs', 'rules', `${r.id}.md`), 'utf8');
      assert.equal(page.split('\n')[0], `# ${r.id}`, r.id);
      for (const h of ['## Why', '## Source', '## Bad', '## Good', '## Fix']) assert.ok(page.includes(`\n${h}\n`), `${r.id} lacks ${h}`);
      assert.ok(page.includes(`Default severity: **${r.severity}**`), `${r.id}: page states another severity`);
    }
  });

  it('rule pages speak to users: no internal references, and every link works where the pages ship', () => {
    // Issue 16, point 7. The pages ship in dist/rules alone, so a relative link may only lead to
    // another rule page; what they cite is named and linked, not a key of the project's references.
    const dir = join(ROOT, 'docs', 'rules');
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.md'))) {
      const page = readFileSync(join(dir, f), 'utf8');
      const internal = [/§/, /ctgov-rules\.md|standards-and-terms\.md/, /\b[SR]\d+\b/, /\b[PCFQT]\d{1,2}\b/, /\bseeds?\b/i, /test\/fixtures|corpus/, /\[(INF|K|REG)\]/];
      for (const re of internal) assert.doesNotMatch(page, re, `${f}: ${re}`);
      for (const m of page.matchAll(/\]\(([^)]+)\)/g)) {
        const target = m[1]!;
        if (/^https?:\/\//.test(target)) continue;
        assert.match(target, /^[a-z-]+\.md$/, `${f}: link ${target}`);
        assert.ok(readdirSync(dir).includes(target), `${f}: link to a missing page ${target}`);
      }
    }
  });

  it('package.json settings are generated from the registry (npm run gen)', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.deepEqual(pkg.contributes.configuration, configuration());
    for (const r of RULES) assert.equal(pkg.contributes.configuration.properties[`trialRecord.rules.${r.id}`].default, r.severity);
  });

  it('the rules tables of README.md and docs/rules/README.md are current (npm run gen)', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    assert.ok(readme.includes(rulesReadmeTable()), 'README rules table is stale');
    assert.equal(readFileSync(join(ROOT, 'docs', 'rules', 'README.md'), 'utf8'), rulesIndexPage());
  });

  it('the README lists every general setting', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const key of Object.keys((configuration() as { properties: Record<string, unknown> }).properties)) {
      if (key.startsWith('trialRecord.rules.')) continue;
      assert.ok(readme.includes(`\`${key}\``), `README does not list ${key}`);
    }
  });
});
