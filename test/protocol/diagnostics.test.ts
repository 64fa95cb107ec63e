// Diagnostics and code actions through the real server, as an editor receives them.
import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { seedPath, seedText } from '../helpers';
import { TestClient } from './client';
import { TextDocument } from 'vscode-languageserver-textdocument';

const CAPS = { workspace: { configuration: true }, textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true }, publishDiagnostics: { relatedInformation: true } } };
const uriOf = (p: string) => pathToFileURL(p).toString();

describe('diagnostics over stdio', function () {
  this.timeout(20000);
  let c: TestClient;
  afterEach(() => c?.kill());

  async function start(settings: Record<string, unknown> = { today: '2026-11-21' }): Promise<TestClient> {
    c = TestClient.stdio();
    c.settings = settings;
    await c.initialize(CAPS);
    return c;
  }

  it('publishes the findings of a seed with code, rule page, source, related places and fix data', async () => {
    await start();
    const uri = uriOf(seedPath('003'));
    await c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'trial-record', version: 1, text: seedText('003') } });
    const diags = await c.diagnostics(uri, (p) => p.version === 1);
    const codes = diags.map((d) => d.code);
    for (const id of ['missing-primary-outcome', 'duplicate-criterion', 'criteria-age-conflict', 'enrollment-summary-conflict']) assert.ok(codes.includes(id), `${id} in ${codes.join(', ')}`);
    for (const d of diags) {
      assert.equal(d.source, 'trial-record');
      const href = d.codeDescription!.href;
      assert.ok(href.startsWith('file:') && href.endsWith(`/rules/${d.code}.md`), href);
      assert.ok(existsSync(fileURLToPath(href)), `the rule page ships: ${href}`);
      assert.equal((d.data as { rule: string }).rule, d.code);
    }
    const enrollment = diags.find((d) => d.code === 'enrollment-summary-conflict')!;
    assert.equal(enrollment.relatedInformation![0]!.message, 'Enrollment: 60');
    assert.equal(enrollment.relatedInformation![0]!.location.uri, uri);
    const missing = diags.find((d) => d.code === 'missing-primary-outcome')!;
    assert.equal(missing.severity, 1);
    assert.equal((missing.data as { fixes: { title: string }[] }).fixes[0]!.title, 'Insert a Primary Outcome Measure');
    assert.ok(c.configurationRequests.length > 0, 'settings are read per resource');
  });

  it('offers the fixes and the suppressions as code actions', async () => {
    await start();
    const uri = uriOf(seedPath('000'));
    await c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'trial-record', version: 1, text: seedText('000') } });
    const diags = await c.diagnostics(uri, (p) => p.version === 1);
    const typo = diags.find((d) => d.code === 'misspelled-term')!;
    const actions = await c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: typo.range, context: { diagnostics: [typo] } });
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Change to "toxicities"'), titles.join(' | '));
    assert.ok(titles.includes('Disable misspelled-term for this line'));
    assert.ok(titles.includes('Disable misspelled-term for this file'));
    assert.ok(!titles.some((t) => t.includes('in the workspace')), 'no settings commands for a client that does not run them');
    const change = actions.find((a) => a.title === 'Change to "toxicities"')!;
    assert.deepEqual(change.edit!.changes![uri], [{ range: typo.range, newText: 'toxicities' }]);
  });

  it('re-validates on edits (onType) and drops a stale result', async () => {
    await start();
    const uri = uriOf(seedPath('004'));
    await c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'trial-record', version: 1, text: seedText('004') } });
    const before = await c.diagnostics(uri, (p) => p.version === 1);
    assert.ok(before.some((d) => d.code === 'missing-brief-summary'));
    const line = seedText('004').split('\n').findIndex((l) => l.startsWith('Condition or disease'));
    for (let v = 2; v <= 6; v++) {
      const text = v === 6 ? 'Brief Summary:\nA first-in-human study of B4T2-001 CAR T cells in advanced solid tumors.\n' : '';
      await c.notify('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text }] });
    }
    const after = await c.diagnostics(uri, (p) => p.version === 6);
    assert.ok(!after.some((d) => d.code === 'missing-brief-summary'), 'the summary is there now');
  });

  it('holds back a "missing" finding on the line being typed, until the writer moves on or saves', async () => {
    await start({ today: '2023-06-01' });
    const uri = uriOf(seedPath('000'));
    const text = seedText('000');
    await c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'trial-record', version: 1, text } });
    const first = await c.diagnostics(uri, (p) => p.version === 1);
    assert.ok(!first.some((d) => d.code === 'missing-interventional-design'));
    const line = text.split('\n').indexOf('Masking: | None (Open Label) |');
    assert.equal(line, 29);
    // The writer clears the value to type another one: 'Masking: |  |' stays.
    await c.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line, character: 11 }, end: { line, character: 28 } }, text: '' }] });
    const typing = await c.diagnostics(uri, (p) => p.version === 2);
    assert.ok(!typing.some((d) => d.code === 'missing-interventional-design'), 'not while the row is being typed');
    assert.ok(typing.length > 0);
    // Typing on another line (a letter added to the title) shows it, on the Masking line.
    await c.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'A' }] });
    const moved = await c.diagnostics(uri, (p) => p.version === 3);
    const masking = moved.find((d) => d.code === 'missing-interventional-design');
    assert.ok(masking, moved.map((d) => d.code).join(', '));
    assert.equal(masking.range.start.line, line);
    // Typed again on the Masking line, then saved: the save shows it.
    await c.notify('textDocument/didChange', { textDocument: { uri, version: 4 }, contentChanges: [{ range: { start: { line, character: 10 }, end: { line, character: 10 } }, text: ' ' }] });
    await c.diagnostics(uri, (p) => p.version === 4 && !p.diagnostics.some((d) => d.code === 'missing-interventional-design'));
    await c.notify('textDocument/didSave', { textDocument: { uri } });
    await c.diagnostics(uri, (p) => p.version === 4 && p.diagnostics.some((d) => d.code === 'missing-interventional-design'));
  });

  it('a record drafted from an empty file: no "missing" finding comes and goes while it is typed, one note says what is to come (issue 30, point 11)', async () => {
    await start({ today: '2026-12-08' });
    const uri = 'untitled:Untitled-1';
    await c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'trial-record', version: 1, text: '' } });
    const empty = await c.diagnostics(uri, (p) => p.version === 1);
    assert.deepEqual(empty.map((d) => d.code), ['empty-record']);
    // Typed line by line, as a writer drafts: the header, then the description and design sections.
    const lines = [
      'A Study of Examplumab in Adults With Asthma',
      'ClinicalTrials.gov Identifier: NCT01234567',
      'Recruitment Status : Recruiting',
      'Sponsor: Example University',
      '',
      'Study Description',
      'Brief Summary:',
      'This study tests whether examplumab improves asthma control.',
      '',
      'Study Design',
      'Study Type : | Interventional (Clinical Trial) |',
    ];
    let text = '';
    let version = 1;
    const missingCounts: number[] = [];
    const notes: string[] = [];
    for (const line of lines) {
      for (const ch of `${line}\n`) {
        const at = text.split('\n');
        const position = { line: at.length - 1, character: at[at.length - 1]!.length };
        text += ch;
        await c.notify('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ range: { start: position, end: position }, text: ch }] });
      }
      const v = version;
      const diags = await c.diagnostics(uri, (p) => p.version === v);
      missingCounts.push(diags.filter((d) => typeof d.code === 'string' && d.code.startsWith('missing-')).length);
      notes.push(...diags.filter((d) => d.code === undefined).map((d) => d.message));
    }
    assert.deepEqual(missingCounts, lines.map(() => 0), 'two sections: still a draft');
    assert.ok(notes.length > 0 && notes.every((m) => /^Drafting: \d+ required elements are still to come \(/.test(m)), notes[0]);
    // The third section: the record has its sections, the findings come, and stay.
    for (const [k, line] of ['', 'Eligibility Criteria', 'Sexes Eligible for Study: | All |', ''].entries()) {
      const at = text.split('\n');
      const position = { line: at.length - 1, character: at[at.length - 1]!.length };
      text += `${line}\n`;
      await c.notify('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ range: { start: position, end: position }, text: `${line}\n` }] });
      const v = version;
      const diags = await c.diagnostics(uri, (p) => p.version === v);
      const missing = diags.filter((d) => typeof d.code === 'string' && d.code.startsWith('missing-')).length;
      if (k >= 1) assert.ok(missing > 5, `after "${line}": ${missing} missing findings`);
      assert.equal(diags.some((d) => d.code === undefined), k < 1, 'the note goes when the findings come');
    }
  });

  it('a record opened complete, or a draft once saved, gets its "missing" findings at once', async () => {
    await start({ today: '2026-12-08' });
    const uri = uriOf(seedPath('004'));
    await c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'trial-record', version: 1, text: seedText('004') } });
    assert.ok((await c.diagnostics(uri, (p) => p.version === 1)).some((d) => d.code === 'missing-brief-summary'));
    const draft = 'untitled:Untitled-2';
    await c.notify('textDocument/didOpen', { textDocument: { uri: draft, languageId: 'trial-record', version: 1, text: 'A Study\nClinicalTrials.gov Identifier: NCT01234567\n' } });
    const held = await c.diagnostics(draft, (p) => p.version === 1);
    assert.ok(!held.some((d) => typeof d.code === 'string' && d.code.startsWith('missing-')));
    await c.notify('textDocument/didSave', { textDocument: { uri: draft } });
    await c.diagnostics(draft, (p) => p.diagnostics.some((d) => d.code === 'missing-brief-summary'));
  });

  it('a quick fix taken after an edit is computed on the text as it is now (issue 31, point 3)', async () => {
    await start({ today: '2026-11-21', run: 'onSave' });
    const shift = (r: Diagnostic['range']) => ({ start: { line: r.start.line + 1, character: r.start.character }, end: { line: r.end.line + 1, character: r.end.character } });
    const fixes = async (uri: string, d: Diagnostic) => {
      const actions = await c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
      return actions.filter((a) => a.kind === 'quickfix' && a.edit).map((a) => ({ title: a.title, edits: a.edit!.changes![uri] }));
    };
    for (const f of ['000', '003']) {
      const uri = uriOf(seedPath(f));
      const text = seedText(f);
      await c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'trial-record', version: 1, text } });
      const published = await c.diagnostics(uri, (p) => p.version === 1);
      // One line typed above everything; with onSave no new diagnostics come, and the editor moves
      // the old ones down a line, as VS Code does with its markers.
      await c.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'A line typed above.\n' }] });
      // The same text opened fresh: the fixes it offers are the truth.
      const fresh = `untitled:fresh-${f}`;
      await c.notify('textDocument/didOpen', { textDocument: { uri: fresh, languageId: 'trial-record', version: 1, text: `A line typed above.\n${text}` } });
      const truth = await c.diagnostics(fresh, (p) => p.version === 1);
      let compared = 0;
      for (const d of published) {
        const moved = { ...d, range: shift(d.range) };
        const twin = truth.find((t) => t.code === d.code && JSON.stringify(t.range) === JSON.stringify(moved.range));
        const got = await fixes(uri, moved);
        const want = twin ? await fixes(fresh, twin) : [];
        assert.deepEqual(got, want, `${f}: ${d.code} at line ${d.range.start.line + 1}: ${JSON.stringify(got.map((x) => x.title))} vs ${JSON.stringify(want.map((x) => x.title))}`);
        compared += got.length;
      }
      assert.ok(compared > 0, `${f}: fixes compared`);
      if (f !== '000') continue;
      // The case that once corrupted seed 000: the stored edit wrote "toxicities" into "(ORR)- Cohort".
      const typo = published.find((d) => d.code === 'misspelled-term')!;
      const [change] = await fixes(uri, { ...typo, range: shift(typo.range) });
      assert.equal(change!.title, 'Change to "toxicities"');
      const edited = `A line typed above.\n${text}`;
      const after = TextDocument.applyEdits(TextDocument.create(uri, 'trial-record', 2, edited), change!.edits!);
      assert.equal(after, edited.replace('toxicites', 'toxicities'));
      // A diagnostic left where it was (now on other text) offers no fix of its own.
      assert.deepEqual((await fixes(uri, typo)).filter((x) => x.title.startsWith('Change to')), []);
    }
  });

  it('applies changed settings to open records (a rule off, another as a hint)', async () => {
    await start({ today: '2026-11-21' });
    const uri = uriOf(seedPath('001'));
    await c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'trial-record', version: 1, text: seedText('001') } });
    const first = await c.diagnostics(uri, (p) => p.version === 1);
    assert.equal(first.find((d) => d.code === 'missing-lead-sponsor')?.severity, 1);
    c.settings = { today: '2026-11-21', rules: { 'missing-lead-sponsor': 'off', 'unclassified-outcome': 'hint' } };
    await c.notify('workspace/didChangeConfiguration', { settings: null });
    const second = await c.diagnostics(uri, (p) => !p.diagnostics.some((d) => d.code === 'missing-lead-sponsor'));
    assert.equal(second.find((d) => d.code === 'unclassified-outcome')?.severity, 4);
  });

  it('over trialRecord.maxFileSize, publishes one information message and no Outline; raising it checks the record', async () => {
    await start({ today: '2026-11-21', maxFileSize: 10_000 });
    const uri = uriOf(seedPath('000'));
    await c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'trial-record', version: 1, text: seedText('000') } });
    const first = await c.diagnostics(uri, (p) => p.version === 1);
    assert.deepEqual(first.map((d) => [d.code, d.severity]), [['file-too-large', 3]]);
    assert.deepEqual(await c.request('textDocument/documentSymbol', { textDocument: { uri } }), []);
    c.settings = { today: '2026-11-21' };
    await c.notify('workspace/didChangeConfiguration', { settings: null });
    const second = await c.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'missing-primary-outcome' || d.code === 'unclassified-outcome'));
    assert.ok(!second.some((d) => d.code === 'file-too-large'));
  });

  it('with run onSave, validates the saved version', async () => {
    await start({ today: '2026-11-21', run: 'onSave' });
    const uri = uriOf(seedPath('004'));
    await c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'trial-record', version: 1, text: seedText('004') } });
    await c.diagnostics(uri, (p) => p.version === 1);
    const line = seedText('004').split('\n').findIndex((l) => l.startsWith('Condition or disease'));
    await c.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'Brief Summary:\nA first-in-human study.\n' }] });
    await c.notify('textDocument/didSave', { textDocument: { uri } });
    const saved = await c.diagnostics(uri, (p) => p.version === 2);
    assert.ok(!saved.some((d) => d.code === 'missing-brief-summary'));
  });

  it('clears the diagnostics of a closed record', async () => {
    await start();
    const uri = uriOf(seedPath('002'));
    await c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'trial-record', version: 1, text: seedText('002') } });
    await c.diagnostics(uri, (p) => p.diagnostics.length > 0);
    await c.notify('textDocument/didClose', { textDocument: { uri } });
    const cleared: Diagnostic[] = await c.diagnostics(uri, (p) => p.diagnostics.length === 0);
    assert.deepEqual(cleared, []);
  });
});
