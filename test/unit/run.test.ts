// The rule engine keeps its findings with the analysis (issue 14): diagnostics, code actions and
// fix-all on one document version run the rules once, and nothing stale is ever returned.

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/analysis/analyze';
import { findings } from '../../server/src/rules/engine/run';
import { readSettings } from '../../server/src/settings';
import { TrialRecordService } from '../../server/src/service';

const seed = readFileSync(join(__dirname, '..', '..', '..', 'test', 'fixtures', 'seeds', '000_853d7334ca93d2a7.txt'), 'utf8');

describe('rule engine (rules/run.ts)', () => {
  it('answers one analysis and one settings object from what it kept', () => {
    const { settings } = readSettings({ today: '2026-12-02' });
    const a = analyze(seed);
    const first = findings(a, settings);
    assert.ok(first.length > 0);
    assert.equal(findings(a, settings), first, 'the same array: the rules did not run again');
  });

  it('runs again for other settings, another date or another version', () => {
    const { settings } = readSettings({ today: '2026-12-02' });
    const a = analyze(seed);
    const first = findings(a, settings);
    const off = readSettings({ today: '2026-12-02', rules: { [first[0]!.rule.id]: 'off' } }).settings;
    assert.ok(!findings(a, off).some((f) => f.rule.id === first[0]!.rule.id), 'a rule turned off is gone');
    const later = readSettings({ today: '2040-01-01' }).settings;
    assert.notDeepEqual(findings(a, later), first, 'dates judged against another today');
    const b = analyze(seed.replace('Inclusion Criteria:', 'Inclusion Criteria:\n\n- basline visit'));
    assert.ok(findings(b, settings).some((f) => f.message.includes('basline')), 'the new version is judged');
  });

  it('gives code actions the findings the diagnostics came from', () => {
    const { settings } = readSettings({ today: '2026-12-02' });
    const service = new TrialRecordService();
    const doc = { uri: 'file:///run.trial', version: 1, getText: () => seed };
    const diagnostics = service.diagnostics(doc, settings);
    const a = service.analysis(doc);
    const kept = findings(a, settings);
    service.codeActions(doc, diagnostics[0]!.range, diagnostics, settings, { clientCommands: false });
    assert.equal(findings(a, settings), kept);
  });
});
