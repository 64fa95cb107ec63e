import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, Range, TextEdit } from 'vscode-languageserver-types';
import { analyze } from '../../server/src/analysis/analyze';
import { codeActions, FIX_ALL_KIND } from '../../server/src/features/codeActions';
import { type DiagnosticData, diagnostics } from '../../server/src/features/diagnostics';
import { readSettings } from '../../server/src/settings';
import { seedText } from '../helpers';

const settings = readSettings({ today: '2026-11-21' }).settings;
const URI = 'file:///record.trial';

function applyEdits(text: string, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create(URI, 'trial-record', 1, text), [...edits]);
}

function actionsAt(text: string, diag: (d: Diagnostic) => boolean, opts = { clientCommands: false }) {
  const a = analyze(text);
  const diags = diagnostics(a, settings, URI);
  const d = diags.find(diag)!;
  return { a, d, actions: codeActions(a, URI, d.range, [d], settings, opts) };
}

describe('validation settings', () => {
  it('trialRecord.validate.enable: false reports nothing; today moves the date rules', () => {
    const a = analyze(seedText('000'));
    assert.deepEqual(diagnostics(a, readSettings({ validate: { enable: false } }).settings, URI), []);
    const then = diagnostics(a, readSettings({ today: '2023-06-01' }).settings, URI).map((d) => d.code);
    assert.ok(!then.includes('verification-overdue'), 'verified in May 2023: not overdue on 2023-06-01');
    assert.ok(diagnostics(a, settings, URI).some((d) => d.code === 'verification-overdue'), 'overdue on 2026-11-21');
  });

  it('reports malformed settings instead of failing', () => {
    const { settings: s, problems } = readSettings({ run: 'sometimes', today: 'tomorrow', rules: { 'missing-sex': 'loud' }, suppressions: [42] });
    assert.equal(s.run, 'onType');
    assert.equal(s.today, undefined);
    assert.deepEqual(s.rules, {});
    assert.equal(problems.length, 4);
  });
});

describe('code actions', () => {
  it('fix-all applies only the safe fixes, and they do not overlap: seed 003 gets labels for its API codes', () => {
    const text = seedText('003');
    const a = analyze(text);
    const [fixAll] = codeActions(a, URI, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], settings, { clientCommands: false, only: [FIX_ALL_KIND] });
    assert.equal(fixAll!.kind, FIX_ALL_KIND);
    const after = applyEdits(text, fixAll!.edit!.changes![URI]!);
    const left = diagnostics(analyze(after), settings, URI);
    assert.equal(left.filter((d) => d.code === 'api-code-value').length, 0);
    // Unsafe fixes (inserting templates) were not applied: the record still lacks its primary outcome.
    assert.ok(left.some((d) => d.code === 'missing-primary-outcome'));
    assert.match(after, /^Recruiting$/m);
    assert.match(after, /^Phase 1\/Phase 2$/m);
    // Exactly the api-code values changed, each to its label: one hint for the record, whose fix
    // holds an edit per value (its related places name them).
    const [hint, ...more] = diagnostics(a, settings, URI).filter((d) => d.code === 'api-code-value');
    assert.equal(more.length, 0);
    const perValue = (hint!.data as { fixes: { edits: TextEdit[] }[] }).fixes[0]!.edits;
    assert.equal(perValue.length, 14);
    assert.equal(hint!.relatedInformation?.length, 14);
    const byPlace = (e: TextEdit) => `${String(e.range.start.line).padStart(6, '0')}:${String(e.range.start.character).padStart(6, '0')}`;
    assert.deepEqual([...fixAll!.edit!.changes![URI]!].sort((x, y) => byPlace(x).localeCompare(byPlace(y))), [...perValue].sort((x, y) => byPlace(x).localeCompare(byPlace(y))));
  });

  it('fix-all on seed 000 corrects the misspelled standard term, and changes nothing else (issue 30, point 8)', () => {
    const text = seedText('000');
    const [fixAll] = codeActions(analyze(text), URI, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], settings, { clientCommands: false, only: [FIX_ALL_KIND] });
    assert.ok(fixAll, 'a Fix All action');
    const edits = fixAll!.edit!.changes![URI]!;
    // Seed 000, line 55, read by hand: "toxicites" twice, each time for "toxicities".
    assert.deepEqual(edits.map((e) => [e.range.start.line, text.split('\n')[e.range.start.line]!.slice(e.range.start.character, e.range.end.character), e.newText]), [
      [54, 'toxicites', 'toxicities'],
      [54, 'toxicites', 'toxicities'],
    ]);
    const after = applyEdits(text, edits);
    assert.equal(after, text.replaceAll('toxicites', 'toxicities'));
    // A word the record spells right elsewhere is corrected too; a dictionary's guess is not.
    const edited = text.replace('every 2 weeks administered', 'every 2 weeks with a questionaire adminsitered');
    const [g] = codeActions(analyze(edited), URI, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], settings, { clientCommands: false, only: [FIX_ALL_KIND] });
    assert.equal(applyEdits(edited, g!.edit!.changes![URI]!), text.replaceAll('toxicites', 'toxicities').replace('every 2 weeks administered', 'every 2 weeks with a questionaire administered'));
  });

  it('labels the selected measures Primary and the others Secondary', () => {
    const text = seedText('000');
    const a = analyze(text);
    const d = diagnostics(a, settings, URI).find((x) => x.code === 'unclassified-outcome')!;
    const [o1, o2] = a.record.outcomes;
    const range = { start: a.index.position(o1!.range.start), end: a.index.position(o2!.range.start + 5) };
    const action = codeActions(a, URI, range, [d], settings, { clientCommands: false }).find((x) => x.title.startsWith('Label the 2 selected'))!;
    const after = analyze(applyEdits(text, action.edit!.changes![URI]!)).record.outcomes;
    assert.deepEqual(after.map((o) => o.group), ['primary', 'primary', ...Array(9).fill('secondary')]);
  });

  it('disables a rule for a line or the file with a directive the parser ignores', () => {
    const text = seedText('000');
    const { d, actions } = actionsAt(text, (x) => x.code === 'misspelled-term');
    const line = actions.find((x) => x.title === 'Disable misspelled-term for this line')!;
    const afterLine = applyEdits(text, line.edit!.changes![URI]!);
    const left = diagnostics(analyze(afterLine), settings, URI).filter((x) => x.code === 'misspelled-term');
    assert.equal(left.length, 0, 'both typos are on that line');
    assert.deepEqual(analyze(afterLine).record.outcomes.length, 11, 'the directive does not disturb the outcome list');
    const file = actions.find((x) => x.title === 'Disable misspelled-term for this file')!;
    const afterFile = applyEdits(text, file.edit!.changes![URI]!);
    assert.equal(analyze(afterFile).record.identification.briefTitle?.value, analyze(text).record.identification.briefTitle?.value, 'the title is still the title');
    assert.ok(d);
  });

  it('a directive range (disable … enable) and a bare disable-next-line (all rules)', () => {
    const text = seedText('000')
      .replace('- Objective Response Rate', '<!-- trial-record-disable misspelled-term -->\n- Objective Response Rate')
      .replace('- Incidence of participants with treatment-emergent', '<!-- trial-record-enable misspelled-term -->\n- Incidence of participants with treatment-emergent')
      .replace('Last Verified: |', '<!-- trial-record-disable-next-line -->\nLast Verified: |');
    const codes = diagnostics(analyze(text), settings, URI).map((d) => d.code);
    assert.ok(!codes.includes('misspelled-term'));
    assert.ok(!codes.includes('verification-overdue'));
    assert.ok(codes.includes('unknown-status-risk'), 'other lines keep their findings');
  });

  it('offers workspace-wide disabling and settings suppression to clients that run the commands', () => {
    const { actions } = actionsAt(seedText('000'), (x) => x.code === 'verification-overdue', { clientCommands: true });
    const ws = actions.find((x) => x.title === 'Disable verification-overdue in the workspace') as CodeAction;
    assert.deepEqual(ws.command, { title: 'Disable rule', command: 'trialRecord.disableRule', arguments: ['verification-overdue'] });
    const sup = actions.find((x) => x.title.startsWith('Suppress this verification-overdue finding'))!;
    assert.deepEqual(sup.command!.arguments, [URI, 'verification-overdue', 'May 2, 2023']);
  });
});

describe('quick fixes that do the work', () => {
  const text = seedText('000');
  const changed = (before: string, after: string) => {
    const x = before.split('\n');
    const y = after.split('\n');
    assert.equal(y.length, x.length, 'no line added or removed');
    return y.flatMap((l, k) => (l === x[k] ? [] : [`${k + 1}: ${l}`]));
  };
  const actionFor = (t: string, code: string, title: RegExp, opts = { clientCommands: false }) => {
    const a = analyze(t);
    const d = diagnostics(a, settings, URI).find((x) => x.code === code && codeActions(a, URI, x.range, [x], settings, opts).some((c) => title.test(c.title)));
    assert.ok(d, `no ${code} finding with a fix ${title}`);
    return codeActions(a, URI, d.range, [d], settings, opts).find((c) => title.test(c.title))!;
  };

  it('an Estimated date that has passed: marked Actual, the date kept (seed 000, today 2026-11-21)', () => {
    const fix = actionFor(text, 'date-type-vs-today', /^Mark Primary Completion Date Actual/);
    assert.equal(fix.title, 'Mark Primary Completion Date Actual (the date stays July 9, 2024)');
    const after = applyEdits(text, fix.edit!.changes![URI]!);
    assert.deepEqual(changed(text, after), ['34: Actual Primary Completion Date : | July 9, 2024 |']);
    assert.equal(analyze(after).record.status.primaryCompletionDate?.type?.code, 'ACTUAL');
    // The completion date of a study still recruiting needs a new estimate: no one-click fix.
    const open = diagnostics(analyze(text), settings, URI).filter((d) => d.code === 'date-type-vs-today' && /still Recruiting/.test(d.message));
    assert.equal(open.length, 1);
    assert.deepEqual((open[0]!.data as DiagnosticData).fixes, []);
  });

  it('an overdue Last Verified, and the unknown-status risk: set to this month, in the form the record writes', () => {
    for (const code of ['verification-overdue', 'unknown-status-risk']) {
      const fix = actionFor(text, code, /^Set Last Verified/);
      assert.equal(fix.title, 'Set Last Verified to November 2026 (the record has been reviewed)');
      const after = applyEdits(text, fix.edit!.changes![URI]!);
      assert.deepEqual(changed(text, after), ['122: Last Verified: | November 2026 |']);
      const left = diagnostics(analyze(after), settings, URI).map((d) => d.code);
      assert.ok(!left.includes('verification-overdue') && !left.includes('unknown-status-risk'), left.join(', '));
    }
    // The newer layout writes ISO dates: the fix writes one.
    const modern = seedText('003').replace('Last Updated: 2025-07-15', 'Last Updated: 2025-07-15\n\nLast Verified\n\n2024-01');
    const a = analyze(modern);
    const d = diagnostics(a, settings, URI).find((x) => x.code === 'verification-overdue');
    assert.ok(d, diagnostics(a, settings, URI).map((x) => x.code).join(', '));
    const fix = codeActions(a, URI, d.range, [d], settings, { clientCommands: false }).find((c) => c.title.startsWith('Set Last Verified'))!;
    assert.match(applyEdits(modern, fix.edit!.changes![URI]!), /\nLast Verified\n\n2026-11\n/);
  });

  it('a status that contradicts the dates: set to what the dates say', () => {
    const nyr = text.replace('Recruitment Status :\nRecruiting', 'Recruitment Status :\nNot yet recruiting');
    assert.notEqual(nyr, text);
    const fix = actionFor(nyr, 'status-vs-dates', /^Set the overall status to Recruiting$/);
    assert.deepEqual(changed(nyr, applyEdits(nyr, fix.edit!.changes![URI]!)), ['6: Recruiting']);
    // Active, not recruiting after completion: Completed, with the dates it then needs Actual.
    const anr = text.replace('Recruitment Status :\nRecruiting', 'Recruitment Status :\nActive, not recruiting');
    const done = actionFor(anr, 'status-vs-dates', /^Set the overall status to Completed/);
    const after = applyEdits(anr, done.edit!.changes![URI]!);
    assert.deepEqual(changed(anr, after), ['6: Completed', '34: Actual Primary Completion Date : | July 9, 2024 |', '35: Actual Study Completion Date : | January 13, 2025 |']);
    const left = diagnostics(analyze(after), settings, URI).map((d) => d.code);
    assert.ok(!left.includes('status-vs-dates') && !left.includes('status-date-types'), left.join(', '));
  });

  it('disable entries come once per rule and line, however many findings the line has', () => {
    const a = analyze(text);
    const typos = diagnostics(a, settings, URI).filter((d) => d.code === 'misspelled-term');
    assert.ok(typos.length >= 2 && typos[0]!.range.start.line === typos[1]!.range.start.line, 'seed 000 has two typos on one line');
    const titles = codeActions(a, URI, typos[0]!.range, typos, settings, { clientCommands: true }).map((c) => c.title);
    for (const t of ['Disable misspelled-term for this line', 'Disable misspelled-term for this file', 'Disable misspelled-term in the workspace']) assert.equal(titles.filter((x) => x === t).length, 1, `${t}: ${titles.join(' | ')}`);
  });

  it('an inserted template comes with the command that selects its first placeholder (clients that run it)', () => {
    const fix = actionFor(text, 'missing-lead-sponsor', /^Insert Sponsor$/, { clientCommands: true });
    assert.equal(fix.command?.command, 'trialRecord.selectPlaceholder');
    const [uri, range] = fix.command!.arguments as [string, Range];
    assert.equal(uri, URI);
    const after = applyEdits(text, fix.edit!.changes![URI]!);
    const line = after.split('\n')[range.start.line]!;
    assert.equal(line.slice(range.start.character, range.end.character), '<sponsor organization>');
    assert.equal(actionFor(text, 'missing-lead-sponsor', /^Insert Sponsor$/).command, undefined, 'not for other clients');
  });
});
