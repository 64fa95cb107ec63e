// `trial-record check`, run as a CI pipeline runs it: real records, real exit codes.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { readSettings } from '../../server/src/settings';
import { TrialRecordService } from '../../server/src/service';
import { FIXTURES, ROOT, SEED_FILES, SEEDS_DIR } from '../helpers';

const CLI = join(ROOT, 'dist', 'cli.js');
const run = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [CLI, 'check', ...args], { cwd, encoding: 'utf8' });

interface JsonResult {
  file: string;
  diagnostics: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; severity: string; code: string; message: string }[];
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> } }[];
}
interface SarifLog {
  runs: {
    tool: { driver: { name: string; rules: { id: string; helpUri: string }[] } };
    originalUriBaseIds: Record<string, { uri: string }>;
    results: SarifResult[];
  }[];
}

describe('trial-record check', () => {
  let dir: string;
  const clean = readFileSync(join(FIXTURES, 'rules', 'clean', 'interventional.trial'), 'utf8');

  beforeEach(() => {
    // a.trial: the clean interventional record with one misspelt status on line 3 ("Recruitment Status : " is 21 characters).
    // sub/obs.txt: a clean observational record, found because its text looks like a record.
    // sub/notes.md and sub/readme.txt: not records, so not checked.
    dir = mkdtempSync(join(tmpdir(), 'trial-record-check-'));
    writeFileSync(join(dir, 'a.trial'), clean.replace('Recruitment Status : Recruiting', 'Recruitment Status : Recruting'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'obs.txt'), readFileSync(join(FIXTURES, 'rules', 'clean', 'observational.trial'), 'utf8'));
    writeFileSync(join(dir, 'sub', 'notes.md'), clean.replace('Recruiting', 'Recruting'));
    writeFileSync(join(dir, 'sub', 'readme.txt'), 'Notes for the registry team. NCT09876543 is due for review.\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a file over the size limit fails the run: exit 2, one line with the reason, SARIF level error (issue 31, point 6)', () => {
    // Seed 000 padded past 10 MB: padding must not hide its errors behind an information note.
    const seed = readFileSync(join(SEEDS_DIR, SEED_FILES[0]!), 'utf8');
    writeFileSync(join(dir, 'padded.trial'), `${seed}${' '.repeat(10.5 * 1024 * 1024)}\n`);
    const r = run(dir, 'padded.trial');
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /^trial-record: padded\.trial: not checked: This file is 10\.5 MB, over the size limit \(10\.0 MB, setting trialRecord\.maxFileSizeMB\)/);
    assert.equal(r.stderr.trimEnd().split('\n').length, 1);
    const sarif = JSON.parse(run(dir, '--format', 'sarif', 'padded.trial').stdout) as SarifLog;
    assert.deepEqual(sarif.runs[0]!.results.map((x) => [x.ruleId, x.level]), [['file-too-large', 'error']]);
    // With the other files: they are still checked, and the run still fails.
    const all = run(dir);
    assert.equal(all.status, 2);
    assert.match(all.stdout, /a\.trial:3:22 error/);
  });

  it('text output reads like a compiler: file:line:col severity message [rule], a summary, exit code 1 on an error', () => {
    const r = run(dir);
    assert.equal(r.status, 1, r.stderr);
    const lines = r.stdout.trimEnd().split('\n');
    assert.equal(lines.length, 2, r.stdout);
    assert.match(lines[0]!, /^a\.trial:3:22 error "Recruting" is not an Overall Recruitment Status value ClinicalTrials\.gov accepts; did you mean "Recruiting"\?.* \[unknown-value\]$/);
    assert.equal(lines[1], '1 error, 0 warnings, 0 information, 0 hints in 2 files');
    assert.equal(r.stderr, '');
  });

  it('exit code 0 when only warnings remain; --rule sets a severity', () => {
    const r = run(dir, '--rule', 'unknown-value=warning', 'a.trial');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^a\.trial:3:22 warning "Recruting"/);
    assert.match(r.stdout, /0 errors, 1 warning, 0 information, 0 hints in 1 file\n$/);
  });

  it('--today moves "today" for the date rules', () => {
    // The start date (line 23) is Actual, March 2, 2026: in the future on 2026-01-01.
    const r = run(dir, '--today=2026-01-01', 'a.trial');
    assert.equal(r.status, 1);
    assert.match(r.stdout, /^a\.trial:23:1 warning Study Start Date March 2, 2026 is marked Actual but is after today \(2026-01-01\).*\[date-type-vs-today\]$/m);
    assert.doesNotMatch(run(dir, '--today=2026-06-01', 'a.trial').stdout, /date-type-vs-today/);
  });

  it('settings come from the nearest .trialrecord.json; flags override them', () => {
    writeFileSync(join(dir, '.trialrecord.json'), JSON.stringify({ rules: { 'unknown-value': 'off' } }));
    const off = run(dir, 'a.trial');
    assert.equal(off.status, 0, off.stderr);
    assert.equal(off.stdout, '0 errors, 0 warnings, 0 information, 0 hints in 1 file\n');
    const back = run(dir, '--rule', 'unknown-value=error', 'a.trial');
    assert.equal(back.status, 1);
    // A nearer file wins: sub/ has its own settings, with a "today" before obs.txt's dates.
    writeFileSync(join(dir, 'sub', '.trialrecord.json'), JSON.stringify({ today: '2030-01-01' }));
    const sub = run(dir, '--format', 'json');
    const results = JSON.parse(sub.stdout) as JsonResult[];
    assert.deepEqual(results.map((x) => x.file), ['a.trial', join('sub', 'obs.txt')]);
    assert.equal(results[0]!.diagnostics.length, 0, 'the root settings turn unknown-value off for a.trial');
    assert.ok(results[1]!.diagnostics.some((d) => d.code === 'date-type-vs-today'), 'sub/ settings set today for obs.txt');
  });

  it('json: one entry per file, 0-based LSP ranges, severities as words', () => {
    const r = run(dir, '--format', 'json', 'a.trial', 'sub');
    assert.equal(r.status, 1);
    const results = JSON.parse(r.stdout) as JsonResult[];
    assert.deepEqual(results.map((x) => x.file), ['a.trial', join('sub', 'obs.txt')]);
    assert.equal(results[0]!.diagnostics.length, 1);
    const d = results[0]!.diagnostics[0]!;
    assert.deepEqual(d.range, { start: { line: 2, character: 21 }, end: { line: 2, character: 30 } });
    assert.equal(d.severity, 'error');
    assert.equal(d.code, 'unknown-value');
    assert.deepEqual(Object.keys(d).sort(), ['code', 'message', 'range', 'severity']);
    assert.deepEqual(results[1]!.diagnostics, []);
  });

  it('sarif: valid SARIF 2.1.0 with rule metadata, help URIs and relative locations', () => {
    const r = run(dir, '--format', 'sarif', '--today', '2026-01-01');
    assert.equal(r.status, 1);
    const log = JSON.parse(r.stdout) as SarifLog;
    const schema = JSON.parse(readFileSync(join(FIXTURES, 'schemas', 'sarif-2.1.0.json'), 'utf8'));
    // The schema's patterns predate Unicode-mode regular expressions.
    const ajv = addFormats(new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }));
    const valid = ajv.validate(schema, log);
    assert.ok(valid, JSON.stringify(ajv.errors, null, 2));
    const runLog = log.runs[0]!;
    assert.equal(runLog.tool.driver.name, 'trial-record');
    assert.deepEqual(runLog.results.map((x) => x.ruleId), ['unknown-value', 'date-type-vs-today']);
    for (const res of runLog.results) {
      const rule = runLog.tool.driver.rules[res.ruleIndex]!;
      assert.equal(rule.id, res.ruleId, 'ruleIndex points at the rule');
      assert.ok(existsSync(fileURLToPath(rule.helpUri)), `${rule.helpUri} exists`);
    }
    const first = runLog.results[0]!.locations[0]!.physicalLocation;
    assert.deepEqual(first.artifactLocation, { uri: 'a.trial', uriBaseId: 'SRCROOT' });
    assert.deepEqual(first.region, { startLine: 3, startColumn: 22, endLine: 3, endColumn: 31 });
    assert.equal(runLog.originalUriBaseIds.SRCROOT!.uri, `${pathToFileURL(dir).toString()}/`);
    assert.equal(runLog.results[1]!.level, 'warning');
  });

  it('reports exactly what the editor reports, on every seed', () => {
    const r = run(SEEDS_DIR, '--format', 'json', '--today', '2026-11-21');
    assert.equal(r.status, 1, 'the seeds hold errors');
    const results = JSON.parse(r.stdout) as JsonResult[];
    assert.deepEqual(results.map((x) => x.file), [...SEED_FILES]);
    const service = new TrialRecordService();
    const { settings } = readSettings({ today: '2026-11-21' });
    const words = ['', 'error', 'warning', 'information', 'hint'];
    for (const res of results) {
      const text = readFileSync(join(SEEDS_DIR, res.file), 'utf8');
      const editor = service.diagnostics({ uri: pathToFileURL(join(SEEDS_DIR, res.file)).toString(), version: 0, getText: () => text }, settings);
      assert.ok(editor.length > 0);
      assert.deepEqual(
        res.diagnostics,
        editor.map((d) => ({ range: d.range, severity: words[d.severity ?? DiagnosticSeverity.Error], code: d.code, message: d.message })),
        res.file,
      );
    }
  });

  it('usage errors exit 2 with one clear line and no stack trace', () => {
    const cases: [string[], RegExp][] = [
      [['--format', 'xml'], /--format takes text, json, sarif or html, not 'xml'/],
      [['--format'], /--format needs a value/],
      [['--rule', 'no-such-rule=error'], /there is no rule 'no-such-rule'/],
      [['--rule', 'unknown-value=loud'], /'loud' is not one of/],
      [['--rule', 'unknown-value'], /--rule takes <id>=<severity>/],
      [['--today', '2026-13-45'], /--today takes a date as YYYY-MM-DD, not '2026-13-45'/],
      [['--frobnicate'], /unknown option '--frobnicate'/],
      [['missing.trial'], /missing\.trial: no such file or folder/],
    ];
    for (const [args, message] of cases) {
      const r = run(dir, ...args);
      assert.equal(r.status, 2, args.join(' '));
      assert.match(r.stderr, message, args.join(' '));
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    }
    writeFileSync(join(dir, '.trialrecord.json'), '{ "rules": ');
    const broken = run(dir, 'a.trial');
    assert.equal(broken.status, 2);
    assert.match(broken.stderr, /\.trialrecord\.json: not valid JSON/);
  });

  it('an unknown setting in .trialrecord.json is named, and the check still runs', () => {
    writeFileSync(join(dir, '.trialrecord.json'), JSON.stringify({ rules: { 'no-such-rule': 'error' } }));
    const r = run(dir, 'a.trial');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /\.trialrecord\.json: .*no-such-rule/);
    assert.match(r.stdout, /\[unknown-value\]/);
  });
  describe('--cache', () => {
    const cacheFile = () => join(dir, '.trialrecord-cache');
    interface CacheJson {
      format: number;
      tool: string;
      entries: Record<string, { key: string; diagnostics: JsonResult['diagnostics'] }>;
    }
    const readCache = (file = cacheFile()) => JSON.parse(readFileSync(file, 'utf8')) as CacheJson;
    /** Rewrites every kept message, so output served from the cache is told apart from a fresh check. */
    const mark = (edit: (c: CacheJson) => void = () => {}) => {
      const c = readCache();
      for (const e of Object.values(c.entries)) for (const d of e.diagnostics) d.message = `CACHED ${d.message}`;
      edit(c);
      writeFileSync(cacheFile(), JSON.stringify(c));
    };

    it('a second run serves unchanged files from the cache, with the same output and exit code', () => {
      const first = run(dir, '--cache', '--format', 'json');
      assert.equal(first.status, 1, first.stderr);
      const c = readCache();
      assert.deepEqual(Object.keys(c.entries).sort(), ['a.trial', 'sub/obs.txt'], 'paths relative to the cache file');
      assert.equal(c.entries['a.trial']!.diagnostics[0]!.code, 'unknown-value');
      const second = run(dir, '--cache', '--format', 'json');
      assert.equal(second.status, 1);
      assert.equal(second.stdout, first.stdout);
      assert.equal(second.stderr, '');
      mark();
      assert.match(run(dir, '--cache').stdout, /^a\.trial:3:22 error CACHED "Recruting"/, 'the kept findings were used');
      assert.doesNotMatch(run(dir).stdout, /CACHED/, 'without --cache the cache is not read');
    });

    it('a changed text, changed settings or another build of the tool is checked afresh', () => {
      run(dir, '--cache');
      mark();
      writeFileSync(join(dir, 'a.trial'), clean);
      const edited = run(dir, '--cache', '--format', 'json');
      assert.equal(edited.status, 0, 'the fixed record has no error');
      assert.deepEqual((JSON.parse(edited.stdout) as JsonResult[])[0]!.diagnostics, []);

      writeFileSync(join(dir, 'a.trial'), clean.replace('Recruiting', 'Recruting'));
      run(dir, '--cache');
      mark();
      const flag = run(dir, '--cache', '--rule', 'unknown-value=warning');
      assert.match(flag.stdout, /^a\.trial:3:22 warning "Recruting"/m, '--rule is part of the key');
      run(dir, '--cache');
      mark();
      const later = run(dir, '--cache', '--today', '2026-01-01');
      assert.match(later.stdout, /\[date-type-vs-today\]/, '--today is part of the key');
      assert.doesNotMatch(later.stdout, /CACHED/);
      writeFileSync(join(dir, '.trialrecord.json'), JSON.stringify({ rules: { 'unknown-value': 'off' } }));
      run(dir, '--cache');
      assert.equal(readCache().entries['a.trial']!.diagnostics.length, 0, '.trialrecord.json is part of the key');
      rmSync(join(dir, '.trialrecord.json'));

      run(dir, '--cache');
      mark((c) => (c.tool = 'another build'));
      const rebuilt = run(dir, '--cache');
      assert.doesNotMatch(rebuilt.stdout, /CACHED/, 'a cache from another build is not trusted');
      assert.notEqual(readCache().tool, 'another build', 'and is rewritten');
    });

    it('keeps entries of files outside this run, drops those of deleted files', () => {
      run(dir, '--cache');
      run(dir, '--cache', 'a.trial');
      assert.deepEqual(Object.keys(readCache().entries).sort(), ['a.trial', 'sub/obs.txt']);
      rmSync(join(dir, 'sub', 'obs.txt'));
      run(dir, '--cache', 'a.trial');
      assert.deepEqual(Object.keys(readCache().entries), ['a.trial']);
    });

    it('--cache-location takes a file or a folder; a bad cache is a note, never a failed check', () => {
      mkdirSync(join(dir, 'cache'));
      run(dir, '--cache', '--cache-location', 'cache');
      assert.deepEqual(Object.keys(readCache(join(dir, 'cache', '.trialrecord-cache')).entries).sort(), ['../a.trial', '../sub/obs.txt']);
      const unwritable = run(dir, '--cache', '--cache-location=ci/results.json', 'a.trial');
      assert.ok(!existsSync(join(dir, 'ci')), 'a missing folder is not created');
      assert.equal(unwritable.status, 1, 'the exit code is the check\'s');
      assert.match(unwritable.stderr, /ci[\\/]results\.json: cannot write the cache \(ENOENT\)/);
      assert.match(unwritable.stdout, /\[unknown-value\]/);

      writeFileSync(cacheFile(), '{ "format": 1, "entr');
      const corrupt = run(dir, '--cache');
      assert.equal(corrupt.status, 1);
      assert.match(corrupt.stderr, /\.trialrecord-cache: not a readable trial-record cache/);
      assert.match(corrupt.stdout, /\[unknown-value\]/);
      assert.equal(readCache().format, 1, 'rewritten whole');
      writeFileSync(cacheFile(), '[1, 2]');
      assert.match(run(dir, '--cache').stderr, /not a trial-record cache/);
      // An entry of this build that is not what it writes (edited by hand) is checked afresh.
      run(dir, '--cache');
      mark((c) => {
        const d = c.entries['a.trial']!.diagnostics[0]! as unknown as Record<string, unknown>;
        d.range = { start: { line: 'two' } };
      });
      const edited = run(dir, '--cache');
      assert.equal(edited.status, 1, edited.stderr);
      assert.match(edited.stdout, /^a\.trial:3:22 error "Recruting"/);

      const usage = run(dir, '--cache-location', 'x');
      assert.equal(usage.status, 2);
      assert.match(usage.stderr, /--cache-location is used with --cache/);
    });
  });
});

describe('trial-record check --format html', () => {
  const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  /** The report's sections by id, each as its own HTML. */
  const sections = (html: string) => new Map([...html.matchAll(/<section class="record" id="(file-\d+)">(.*?)<\/section>/gs)].map((m) => [m[1]!, m[2]!]));
  /** What a report must never hold: anything that loads or runs. */
  function unsafe(html: string): string[] {
    const out: string[] = [];
    if (/<script/i.test(html)) out.push('a script');
    for (const m of html.matchAll(/<(img|iframe|object|embed|link|video|audio|source|base|form)\b/gi)) out.push(`a <${m[1]}>`);
    for (const m of html.matchAll(/<[a-z][^>]*\s(on[a-z]+|src|srcset)=/gi)) out.push(`an ${m[1]} attribute`);
    for (const m of html.matchAll(/href="([^"]*)"/g)) if (!/^(#|https:\/\/)/.test(m[1]!)) out.push(`a link to ${m[1]}`);
    if ((html.match(/<style/g) ?? []).length !== 1) out.push('more than one style element');
    return out;
  }

  it('the seeds: a row per file with its counts, each record with its figure and every finding, the rules found, and nothing that loads or runs', () => {
    const args = [SEEDS_DIR, '--today', '2026-12-02'];
    const report = run(ROOT, ...args, '--format', 'html');
    const json = run(ROOT, ...args, '--format', 'json');
    assert.equal(report.status, json.status, 'the exit code is the check\'s');
    assert.equal(report.status, 1);
    const html = report.stdout;
    const results = JSON.parse(json.stdout) as JsonResult[];
    assert.deepEqual(unsafe(html), []);
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;nonce-[\w-]+&#39;; img-src data:">/);
    // Every anchor lands: file rows on their sections, rule links on the rule pages.
    const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!));
    for (const m of html.matchAll(/href="#([^"]+)"/g)) assert.ok(ids.has(m[1]!), `#${m[1]} has no target`);
    const rows = [...html.matchAll(/<tr><td><a href="#(file-\d+)">([^<]+)<\/a><\/td><td>[^<]*<\/td>((?:<td class="n [a-z]+">\d*<\/td>){4})/g)];
    assert.equal(rows.length, SEED_FILES.length);
    const bySection = sections(html);
    const service = new TrialRecordService();
    results.forEach((r, k) => {
      const [, id, name, cells] = rows[k]!;
      assert.equal(name, `test/fixtures/seeds/${SEED_FILES[k]}`);
      const counts = [...cells!.matchAll(/<td class="n [a-z]+">(\d*)<\/td>/g)].map((c) => Number(c[1] || 0));
      const want = ['error', 'warning', 'information', 'hint'].map((s) => r.diagnostics.filter((d) => d.severity === s).length);
      assert.deepEqual(counts, want, name);
      const section = bySection.get(id!)!;
      for (const d of r.diagnostics) {
        assert.ok(section.includes(`<td class="line">${d.range.start.line + 1}:${d.range.start.character + 1}</td><td class="sev">${d.severity}</td><td>${esc(d.message)}</td><td class="rule"><a class="rule" href="#rule-${d.code}">`), `${name}: ${d.code} at ${d.range.start.line + 1}`);
        assert.ok(ids.has(`rule-${d.code}`), `the page of ${d.code}`);
      }
      const text = readFileSync(join(SEEDS_DIR, SEED_FILES[k]!), 'utf8');
      const arms = service.analysis({ uri: `file:///${SEED_FILES[k]}`, version: 1, getText: () => text }).record.arms.length;
      assert.equal((section.match(/<g class="arm"/g) ?? []).length, arms, `${name}: an arm box each`);
      assert.match(section, /<svg class="timeline"/);
    });
    // Seed 000, read by hand: 3 arms; its Sponsor line is missing.
    assert.equal((bySection.get('file-1')!.match(/<g class="arm"/g) ?? []).length, 3);
    assert.match(bySection.get('file-1')!, /<td class="line">8:33<\/td><td class="sev">error<\/td><td>Sponsor is missing/);
  });

  it('a record full of markup is reported as text; no records is a page that says so', () => {
    const dir = mkdtempSync(join(tmpdir(), 'trial-record-html-'));
    try {
      const clean = readFileSync(join(FIXTURES, 'rules', 'clean', 'interventional.trial'), 'utf8');
      writeFileSync(join(dir, 'a.trial'), clean.replace(/^.*$/m, '<script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3))'));
      const r = run(dir, '--format', 'html');
      assert.deepEqual(unsafe(r.stdout), []);
      assert.ok(r.stdout.includes('&#60;script&#62;alert(1)&#60;/script&#62; &#60;img src=x onerror=alert(2)&#62;'), 'the title, as text');
      rmSync(join(dir, 'a.trial'));
      const none = run(dir, '--format', 'html');
      assert.equal(none.status, 0);
      assert.match(none.stdout, /No record files were found\./);
      assert.match(run(dir, '--format', 'pdf').stderr, /--format takes text, json, sarif or html, not 'pdf'/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
