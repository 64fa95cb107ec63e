// The name an imported record is saved under (issue 30, point 7; issue 31, point 2): the NCT ID,
// else the Unique Protocol ID made safe; never a path, never the title.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { recordBaseName } from '../../server/src/convert/fileName';
import { TrialRecordService } from '../../server/src/service';
import { FIXTURES } from '../helpers';

describe('the file name of an imported record', () => {
  it('is the NCT ID of a corpus study, not its title', () => {
    const data = readFileSync(join(FIXTURES, 'corpus', 'ctgov', 'NCT04870190.json'), 'utf8');
    const [r] = new TrialRecordService().importStudies(data, 'NCT04870190.json');
    assert.equal(r!.baseName, 'NCT04870190');
    assert.ok(r!.text.startsWith('Almonertinib Versus Osimertinib'), 'the title is the record\'s first line, not its name');
  });

  it('is the Unique Protocol ID, made safe, when there is no valid NCT ID', () => {
    assert.equal(recordBaseName(undefined, 'ABC-2024/01 (v2)'), 'ABC-2024_01_v2');
    assert.equal(recordBaseName('NCT123', 'ORG-1'), 'ORG-1', 'an NCT ID that is not NCT + 8 digits is not used');
    assert.equal(recordBaseName(' NCT05897541 ', undefined), 'NCT05897541');
  });

  it('is never a path', () => {
    for (const [nct, org] of [['../escaped', undefined], ['NCT01234567/../../x', '../../x'], [undefined, '..'], [undefined, '/etc/passwd'], [undefined, 'a\\..\\b'], [undefined, '...']] as const) {
      const name = recordBaseName(nct, org);
      if (name === undefined) continue;
      assert.doesNotMatch(name, /[/\\]|^\./, `${String(nct)} / ${String(org)} → ${name}`);
    }
    assert.equal(recordBaseName('../escaped', undefined), undefined);
    assert.equal(recordBaseName(undefined, '/etc/passwd'), 'etc_passwd');
  });
});
