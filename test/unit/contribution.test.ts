// The language contribution: generated grammar in sync, word pattern, manifest settings.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { grammar } from '../../server/src/grammar';
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
});
