// The language contribution: generated grammar in sync, word pattern, manifest settings.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { grammar } from '../../server/src/grammar';
import { readSettings } from '../../server/src/settings';
import { ROOT } from '../helpers';

const json = (p: string) => JSON.parse(readFileSync(join(ROOT, p), 'utf8'));

describe('language contribution', () => {
  it('the committed grammar is the one generated from the parser tables (npm run gen)', () => {
    assert.deepEqual(json('syntaxes/trial-record.tmLanguage.json'), grammar());
  });

  it('the word pattern keeps NCT, EudraCT, EU CT and UTN numbers whole', () => {
    const { wordPattern } = json('language-configuration.json');
    const words = 'See NCT04659603, EudraCT 2017-001431-39, EU CT 2025-522006-21-00 and U1111-1244-1644.'.match(new RegExp(wordPattern, 'g'));
    for (const id of ['NCT04659603', '2017-001431-39', '2025-522006-21-00', 'U1111-1244-1644']) assert.ok(words?.includes(id), `${id} in ${JSON.stringify(words)}`);
  });

  it('declares the language, the detection setting and the command', () => {
    const pkg = json('package.json');
    const lang = pkg.contributes.languages[0];
    assert.equal(lang.id, 'trial-record');
    assert.deepEqual(lang.aliases[0], 'Trial Record');
    assert.deepEqual(lang.extensions, ['.trial']);
    assert.deepEqual(lang.filenamePatterns, ['*.trial.txt']);
    assert.equal(pkg.contributes.configuration.properties['trialRecord.detectPlainText'].default, true);
    assert.ok(pkg.contributes.commands.some((c: { command: string; title: string }) => c.command === 'trialRecord.treatAsTrialRecord' && c.title === 'Treat this file as a trial record'));
    assert.equal(pkg.bin['trial-record'], 'dist/cli.js');
  });

  it('lists the general settings first, in the order a writer needs them, then the rule levels (issue 30, point 5)', () => {
    const props = json('package.json').contributes.configuration.properties as Record<string, { order?: number }>;
    const byOrder = Object.entries(props).sort(([, a], [, b]) => (a.order ?? 1e9) - (b.order ?? 1e9)).map(([k]) => k);
    assert.ok(Object.values(props).every((p) => typeof p.order === 'number'), 'every setting has its place');
    assert.deepEqual(byOrder.slice(0, 4), ['trialRecord.run', 'trialRecord.today', 'trialRecord.suppressions', 'trialRecord.validate.enable']);
    const firstRule = byOrder.findIndex((k) => k.startsWith('trialRecord.rules.'));
    assert.ok(byOrder.slice(firstRule).every((k) => k.startsWith('trialRecord.rules.')), 'no general setting among the rule levels');
  });

  it('states the size limit in megabytes; the older setting in bytes still wins when set', () => {
    const props = json('package.json').contributes.configuration.properties as Record<string, { default?: unknown; markdownDeprecationMessage?: string }>;
    assert.equal(props['trialRecord.maxFileSizeMB']!.default, 10);
    assert.equal(props['trialRecord.maxFileSize']!.default, undefined, 'no default: a value there is the user\'s');
    assert.match(props['trialRecord.maxFileSize']!.markdownDeprecationMessage!, /maxFileSizeMB/);
    assert.equal(readSettings({}).settings.maxFileSize, 10 * 1024 * 1024);
    assert.equal(readSettings({ maxFileSizeMB: 2 }).settings.maxFileSize, 2 * 1024 * 1024);
    assert.equal(readSettings({ maxFileSizeMB: 10, maxFileSize: 5000 }).settings.maxFileSize, 5000);
    assert.deepEqual(readSettings({ maxFileSizeMB: 'big' }).problems, ["trialRecord.maxFileSizeMB: 'big' is not a positive number of megabytes"]);
  });
});
