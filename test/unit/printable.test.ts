// Text output shows control characters and bidi overrides escaped (issue 31, point 11): a record
// or a file name cannot recolour the terminal, reorder a line or forge a result line.
import { strict as assert } from 'node:assert';
import { formatText } from '../../server/src/cli/check';
import { printable } from '../../server/src/text/printable';
import { TrialRecordService } from '../../server/src/service';
import { readSettings } from '../../server/src/settings';
import { seedText } from '../helpers';

describe('text output for a terminal', () => {
  it('escapes ANSI escapes, bidi overrides, line breaks and other controls; keeps tabs and ordinary text', () => {
    assert.equal(printable('a\u001b[31mred\u001b[0m'), 'a\\u{1b}[31mred\\u{1b}[0m');
    assert.equal(printable('x\u202eevil\u2066y'), 'x\\u{202e}evil\\u{2066}y');
    assert.equal(printable('one\ntwo\rthree'), 'one\\ntwo\\rthree');
    assert.equal(printable('tab\there — café ≥ 18'), 'tab\there — café ≥ 18');
  });

  it('a record carrying escapes and a file name with a newline give one result line per finding', () => {
    const text = seedText('000').replace('Recruitment Status :\nRecruiting', 'Recruitment Status :\nRecruit\u001b[2J\u202eing');
    const service = new TrialRecordService();
    const problems = service.problems({ uri: 'file:///x.trial', version: 1, getText: () => text }, readSettings({ today: '2026-12-08' }).settings);
    const out = formatText([{ file: '/tmp/a\nb.trial:1:1 error forged [x]', diagnostics: problems }], '/tmp');
    const lines = out.trimEnd().split('\n');
    assert.equal(lines.length, problems.length + 1, 'a line per finding and the summary');
    assert.ok(lines.every((l) => !/[\u001b\u202e]/.test(l)), 'no raw escape or override');
    assert.ok(lines.slice(0, -1).every((l) => l.startsWith('a\\nb.trial:1:1 error forged [x]:')), lines[0]);
    assert.ok(out.includes('\\u{1b}[2J'), 'the escape is shown, escaped');
  });
});
