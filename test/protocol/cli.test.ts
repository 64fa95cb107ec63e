// The trial-record command (dist/cli.js), run as a user runs it.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { ROOT, seedPath } from '../helpers';

const CLI = join(ROOT, 'dist', 'cli.js');
const cli = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });

describe('trial-record CLI', () => {
  let tmp: string;
  before(() => (tmp = mkdtempSync(join(tmpdir(), 'trial-record-cli-'))));
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('outline prints the symbol tree as JSON', () => {
    const r = cli('outline', join(ROOT, 'examples', 'NCT04659603.trial'));
    assert.equal(r.status, 0, r.stderr);
    const [root] = JSON.parse(r.stdout) as DocumentSymbol[];
    assert.equal(root!.detail, 'NCT04659603');
    const outcomes = root!.children!.find((c) => c.name === 'Outcome Measures')!;
    assert.deepEqual(outcomes.children!.map((c) => [c.name, c.children!.length]), [['Primary', 2], ['Secondary', 9]]);
  });

  it('reads a seed with CRLF line breaks the same way', () => {
    const file = join(tmp, 'crlf.trial');
    writeFileSync(file, require('node:fs').readFileSync(seedPath('002'), 'utf8').replace(/\n/g, '\r\n'));
    const crlf = JSON.parse(cli('outline', file).stdout) as DocumentSymbol[];
    const lf = JSON.parse(cli('outline', seedPath('002')).stdout) as DocumentSymbol[];
    assert.deepEqual(crlf, lf);
  });

  it('--version prints the package version; --help prints usage', () => {
    const v = cli('--version');
    assert.equal(v.status, 0);
    assert.equal(v.stdout.trim(), require(join(ROOT, 'package.json')).version);
    const h = cli('--help');
    assert.equal(h.status, 0);
    assert.match(h.stdout, /trial-record outline <file>/);
  });

  it('reads a record as the editor shows it: UTF-16 with a BOM, a stray NUL and invalid UTF-8 with a note (issue 31, point 12)', () => {
    const seed = require('node:fs').readFileSync(seedPath('004'), 'utf8') as string;
    const expected = cli('check', '--format', 'json', seedPath('004'));
    const codes = (out: string) => (JSON.parse(out) as { diagnostics: { code: string }[] }[])[0]!.diagnostics.map((d) => d.code);
    const le = join(tmp, 'utf16le.trial');
    writeFileSync(le, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed, 'utf16le')]));
    const be = join(tmp, 'utf16be.trial');
    writeFileSync(be, Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(seed, 'utf16le').swap16()]));
    for (const f of [le, be]) {
      const r = cli('check', '--format', 'json', f);
      assert.equal(r.status, expected.status, r.stderr);
      assert.deepEqual(codes(r.stdout), codes(expected.stdout), f);
    }
    const nul = join(tmp, 'nul.trial');
    writeFileSync(nul, seed.replace('\n', ' \u0000\n'));
    const n = cli('check', nul);
    assert.notEqual(n.status, 2, n.stderr);
    assert.match(n.stderr, /nul\.trial: a NUL character on line \d+ was read as text/);
    const latin = join(tmp, 'latin1.trial');
    writeFileSync(latin, Buffer.concat([Buffer.from(seed.slice(0, 200), 'utf8'), Buffer.from([0xe9]), Buffer.from(seed.slice(200), 'utf8')]));
    const l = cli('check', latin);
    assert.notEqual(l.status, 2, l.stderr);
    assert.match(l.stderr, /latin1\.trial: bytes that are not UTF-8 were read as U\+FFFD \(first on line \d+\); save the file as UTF-8/);
  });

  it('usage errors and unreadable files get one clear line and exit code 2, never a stack trace', () => {
    const bin = join(tmp, 'garbage.bin');
    writeFileSync(bin, Buffer.from([0x00, 0xff, 0x10, 0x00, 0x41]));
    const cases: [string[], RegExp][] = [
      [[], /Usage:/],
      [['frobnicate'], /^trial-record: unknown command 'frobnicate'/],
      [['outline'], /^trial-record: outline takes exactly one file/],
      [['outline', join(tmp, 'missing.trial')], /missing\.trial: cannot read \(ENOENT\)/],
      [['outline', tmp], /is a folder/],
      [['outline', bin], /garbage\.bin: looks like a binary file/],
    ];
    for (const [args, message] of cases) {
      const r = cli(...args);
      assert.equal(r.status, 2, args.join(' '));
      assert.match(`${r.stderr}${r.stdout}`, message, args.join(' '));
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    }
  });
});

describe('packaging', function () {
  this.timeout(60_000);
  it('the .vsix holds only what users need', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const files = r.stdout.split('\n').map((l) => l.trim()).filter(Boolean).sort();
    const pages = files.filter((f) => f.startsWith('dist/rules/'));
    assert.deepEqual(pages, readdirSync(join(ROOT, 'docs', 'rules')).filter((f) => f.endsWith('.md')).map((f) => `dist/rules/${f}`).sort(), 'every rule page ships');
    // The README's images show on the extension's page in VS Code only if they ship (issue 16, point 10).
    const images = [...readFileSync(join(ROOT, 'README.md'), 'utf8').matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
    assert.ok(images.length >= 2, 'the README shows its screenshots');
    for (const img of images) assert.ok(files.includes(img), `${img} is not in the .vsix`);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { icon: string };
    assert.ok(files.includes(pkg.icon), 'the icon ships');
    assert.deepEqual(files.filter((f) => !f.startsWith('dist/rules/')), [
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'dist/cli.js',
      'dist/client.js',
      'dist/dictionaries/english.dict-en-gb-mit.LICENSE',
      'dist/dictionaries/english.dict-en_us.LICENSE',
      'dist/dictionaries/english.source',
      'dist/dictionaries/english.words',
      'dist/dictionaries/medical-terms.dict-medicalterms.LICENSE',
      'dist/dictionaries/medical-terms.source',
      'dist/dictionaries/medical-terms.words',
      'dist/prs/ProtocolRecordSchema.xsd',
      'dist/prs/RRSUploadSchema.xsd',
      'dist/prs/SOURCES.md',
      'dist/server.js',
      'dist/web/client.js',
      'dist/web/server.js',
      'dist/xmllint-node.js',
      'dist/xmllint.LICENSE',
      'dist/xmllint.wasm',
      'docs/images/outline.png',
      'docs/images/preview-dark.png',
      'docs/images/preview-light.png',
      'docs/images/report.png',
      'docs/images/settings.png',
      'images/icon.png',
      'language-configuration.json',
      'package.json',
      'syntaxes/trial-record.tmLanguage.json',
    ]);
  });
});

describe('trial-record export and import', () => {
  let tmp: string;
  before(() => (tmp = mkdtempSync(join(tmpdir(), 'trial-record-convert-'))));
  after(() => rmSync(tmp, { recursive: true, force: true }));
  const corpus = (f: string) => join(ROOT, 'test', 'fixtures', 'corpus', 'ctgov', f);

  it('export prints the API v2 study object; --out writes it to a file', () => {
    const r = cli('export', join(ROOT, 'examples', 'NCT04659603.trial'));
    assert.equal(r.status, 0, r.stderr);
    const study = JSON.parse(r.stdout) as { protocolSection: { identificationModule: { nctId: string }; designModule: { phases: string[] } } };
    assert.equal(study.protocolSection.identificationModule.nctId, 'NCT04659603');
    assert.deepEqual(study.protocolSection.designModule.phases, ['PHASE2']);
    const out = join(tmp, 'out.json');
    const w = cli('export', join(ROOT, 'examples', 'NCT04659603.trial'), '--out', out);
    assert.equal(w.status, 0);
    assert.equal(w.stdout, '');
    assert.deepEqual(JSON.parse(require('node:fs').readFileSync(out, 'utf8')), study);
  });

  it('export names on stderr what it left out', () => {
    const r = cli('export', seedPath('000'));
    assert.equal(r.status, 0);
    assert.match(r.stderr, /11 outcome measures have no Primary\/Secondary Outcome Measures heading; exported as primary outcomes/);
  });

  it('format writes the canonical form, --check tells whether a record is in it, and a record it cannot format is left alone', () => {
    const out = join(tmp, 'formatted.trial');
    const w = cli('format', seedPath('003'), '--out', out);
    assert.equal(w.status, 0, w.stderr);
    assert.equal(w.stdout, '');
    const exportOf = (f: string) => JSON.parse(cli('export', f).stdout, (k, v: unknown) => (k === 'class' ? undefined : v)) as unknown;
    assert.deepEqual(exportOf(out), exportOf(seedPath('003')));
    assert.equal(cli('format', '--check', out).status, 0);
    const c = cli('format', '--check', seedPath('003'));
    assert.equal(c.status, 1);
    assert.match(c.stderr, /not in the canonical form/);
    const stray = join(tmp, 'stray.trial');
    const text = readFileSync(out, 'utf8').replace('\nMore Information\n', '\nMore Information\n- a note for the coordinator\n');
    writeFileSync(stray, text);
    const r = cli('format', stray, '--out', join(tmp, 'never.trial'));
    assert.equal(r.status, 1);
    assert.match(r.stderr, /leaves this record as it is: line \d+ \("- a note for the coordinator"\)/);
    assert.ok(!readdirSync(tmp).includes('never.trial'), 'nothing written');
  });

  it('import writes a JSON study and an XML record in the canonical form, which read back to the same study', () => {
    for (const f of ['NCT04870190.json', 'NCT00001177.xml']) {
      const r = cli('import', corpus(f));
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, new RegExp(`^ClinicalTrials\\.gov Identifier: ${f.slice(0, 11)}$`, 'm'));
      assert.match(r.stdout, /^Eligibility Criteria$/m);
      const file = join(tmp, `${f}.trial`);
      writeFileSync(file, r.stdout);
      const back = JSON.parse(cli('export', file).stdout) as { protocolSection: { identificationModule: { nctId: string } } };
      assert.equal(back.protocolSection.identificationModule.nctId, f.slice(0, 11));
    }
  });

  it('import of the array download needs --out <folder> and writes one record per study', () => {
    const one = require('node:fs').readFileSync(corpus('NCT04870190.json'), 'utf8');
    const two = require('node:fs').readFileSync(corpus('NCT05078931.json'), 'utf8');
    const array = join(tmp, 'ctg-studies.json');
    writeFileSync(array, `[${one},${two}]`);
    const refused = cli('import', array);
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /holds 2 studies; give --out <folder>/);
    const dir = join(tmp, 'records');
    const r = cli('import', array, '--out', dir);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(readdirSync(dir).sort(), ['NCT04870190.trial', 'NCT05078931.trial']);
  });

  it('import --out writes only inside the folder: names from a valid NCT ID, no overwrite without --force, no symbolic link (issue 31, point 2)', () => {
    const fs = require('node:fs') as typeof import('node:fs');
    const study = JSON.parse(fs.readFileSync(corpus('NCT04870190.json'), 'utf8')) as { protocolSection: { identificationModule: Record<string, unknown> } };
    const hostile = (nctId: string, orgId: string) => {
      const s = structuredClone(study);
      s.protocolSection.identificationModule.nctId = nctId;
      s.protocolSection.identificationModule.orgStudyIdInfo = { id: orgId };
      return s;
    };
    const base = join(tmp, 'hostile');
    const dir = join(base, 'out');
    fs.mkdirSync(dir, { recursive: true });
    const input = join(base, 'two.json');
    fs.writeFileSync(input, JSON.stringify([hostile('../escaped', '../../x'), hostile('NCT0487019/../../y', 'ORG/../../z')]));
    const r = cli('import', input, '--out', dir);
    assert.equal(r.status, 0, r.stderr);
    // Nothing outside: the invalid NCT IDs are not names; the Unique Protocol IDs are made safe.
    assert.deepEqual(fs.readdirSync(base).sort(), ['out', 'two.json']);
    assert.deepEqual(fs.readdirSync(dir).sort(), ['ORG_z.trial', 'x.trial']);
    // Again: the files exist and are kept, unless --force.
    const again = cli('import', input, '--out', dir);
    assert.equal(again.status, 2);
    assert.match(again.stderr, /x\.trial: exists; give --force to overwrite it/);
    fs.writeFileSync(join(dir, 'x.trial'), 'mine');
    assert.equal(cli('import', input, '--out', dir).status, 2);
    assert.equal(fs.readFileSync(join(dir, 'x.trial'), 'utf8'), 'mine');
    assert.equal(cli('import', input, '--out', dir, '--force').status, 0);
    assert.notEqual(fs.readFileSync(join(dir, 'x.trial'), 'utf8'), 'mine');
    // A symbolic link planted in the folder is refused, even with --force; its target is untouched.
    const victim = join(base, 'victim.txt');
    fs.writeFileSync(victim, 'keep');
    fs.rmSync(join(dir, 'x.trial'));
    fs.symlinkSync(victim, join(dir, 'x.trial'));
    const linked = cli('import', input, '--out', dir, '--force');
    assert.equal(linked.status, 2);
    assert.match(linked.stderr, /x\.trial: is a symbolic link; refusing to write through it/);
    assert.equal(fs.readFileSync(victim, 'utf8'), 'keep');
  });

  it('export --format prs-xml needs the PRS organization, from --org or .trialrecord.json', () => {
    const record = join(tmp, 'org', 'NCT04659603.trial');
    require('node:fs').mkdirSync(join(tmp, 'org'), { recursive: true });
    writeFileSync(record, require('node:fs').readFileSync(join(ROOT, 'examples', 'NCT04659603.trial'), 'utf8'));
    const missing = cli('export', '--format', 'prs-xml', record);
    assert.equal(missing.status, 2);
    assert.equal(missing.stdout, '');
    assert.match(missing.stderr, /^trial-record: export --format prs-xml needs the PRS organization name .*give --org NAME, or put \{"prs": \{"organization": "NAME"\}\} in \.trialrecord\.json\n$/);
    const given = cli('export', '--format', 'prs-xml', '--org', 'Sanofi-PRS', record);
    assert.equal(given.status, 0, given.stderr);
    assert.match(given.stdout, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<prs:study_collection xmlns:prs="http:\/\/clinicaltrials.gov\/prs">/);
    assert.match(given.stdout, /<org_name>Sanofi-PRS<\/org_name>\n\s+<org_study_id>ACT16432<\/org_study_id>/);
    writeFileSync(join(tmp, 'org', '.trialrecord.json'), JSON.stringify({ prs: { organization: 'From-Settings' } }));
    const fromFile = cli('export', '--format=prs-xml', record, '--out', join(tmp, 'org', 'upload.xml'));
    assert.equal(fromFile.status, 0, fromFile.stderr);
    assert.match(require('node:fs').readFileSync(join(tmp, 'org', 'upload.xml'), 'utf8'), /<org_name>From-Settings<\/org_name>/);
    assert.equal(cli('export', '--format', 'yaml', record).status, 2);
  });

  it('export --format prs-xml writes several records into one file, which import reads back', () => {
    const upload = join(tmp, 'upload.xml');
    const r = cli('export', '--format', 'prs-xml', '--org', 'Example-Org', seedPath('000'), seedPath('002'), '--out', upload);
    assert.equal(r.status, 0, r.stderr);
    // Seed 000 has no Sponsor line: the note says PRS requires it.
    assert.match(r.stderr, /000_[0-9a-f]+\.txt: Sponsor is missing; PRS requires it/);
    const xml = require('node:fs').readFileSync(upload, 'utf8') as string;
    assert.equal((xml.match(/<clinical_study>/g) ?? []).length, 2);
    const refused = cli('import', upload);
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /holds 2 studies; give --out <folder>/);
    const dir = join(tmp, 'from-prs');
    const back = cli('import', upload, '--out', dir);
    assert.equal(back.status, 0, back.stderr);
    // PRS XML has no NCT ID: the files are named by Unique Protocol ID (seeds 000 and 002: ACT16432, EFC15246).
    assert.deepEqual(readdirSync(dir).sort(), ['ACT16432.trial', 'EFC15246.trial']);
    assert.match(require('node:fs').readFileSync(join(dir, 'EFC15246.trial'), 'utf8'), /^Multinational Clinical Study Comparing Isatuximab/m);
  });

  it('bad data files get one clear line and exit code 2', () => {
    const bad = (name: string, content: string) => {
      const f = join(tmp, name);
      writeFileSync(f, content);
      return f;
    };
    const cases: [string, RegExp][] = [
      [bad('broken.json', '{ "protocolSection": '), /broken\.json: not valid JSON/],
      [bad('other.json', '{ "hello": 1 }'), /other\.json: this is not a ClinicalTrials\.gov API v2 study \(no "protocolSection"\)/],
      [bad('broken.xml', '<clinical_study><brief_title>x</clinical_study>'), /broken\.xml: not well-formed XML/],
      [bad('rss.xml', '<rss><channel/></rss>'), /rss\.xml: not a ClinicalTrials\.gov <clinical_study> record \(its root element is <rss>\)/],
      [bad('notes.txt', 'hello'), /notes\.txt: neither JSON nor XML/],
      [join(tmp, 'missing.json'), /missing\.json: cannot read \(ENOENT\)/],
      // Issue 31, point 9: the wrong types, external entities, deep nesting.
      [bad('types.json', '{"protocolSection":{"identificationModule":{"nctId": 5, "briefTitle": ["x"]},"statusModule":{"overallStatus":{"a":1}}}}'), /types\.json: a value has the wrong type or shape for a ClinicalTrials\.gov study/],
      [bad('xxe.xml', '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n<clinical_study><id_info><nct_id>&e;</nct_id></id_info></clinical_study>\n'), /xxe\.xml: the XML declares external entities \(a DOCTYPE\), which are never read/],
      [bad('deep.json', `${'{"protocolSection":'.repeat(3000)}1${'}'.repeat(3000)}`), /deep\.json: nested too deeply to read/],
    ];
    for (const [file, message] of cases) {
      const r = cli('import', file);
      assert.equal(r.status, 2, file);
      assert.match(r.stderr, message, file);
      assert.doesNotMatch(r.stderr, /\n\s+at |internal error/, 'no stack trace, no internal error');
    }
    // check on something that is neither a file nor a folder: named, exit 2, the rest still checked.
    const dev = spawnSync(process.execPath, [CLI, 'check', '/dev/null', seedPath('004')], { encoding: 'utf8' });
    assert.equal(dev.status, 2);
    assert.match(dev.stderr, /^trial-record: \/dev\/null: not a file or a folder \(a device, a pipe or a socket\); not checked\n$/);
    assert.match(dev.stdout, /in 1 file\n$/);
  });
});
