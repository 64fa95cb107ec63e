// The trial-record command (dist/cli.js), run as a user runs it.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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
    assert.deepEqual(files.filter((f) => !f.startsWith('dist/rules/')), [
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'dist/cli.js',
      'dist/client.js',
      'dist/server.js',
      'language-configuration.json',
      'package.json',
      'snippets/trial-record.code-snippets',
      'syntaxes/trial-record.tmLanguage.json',
    ]);
  });
});
