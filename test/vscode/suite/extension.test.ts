// Runs inside VS Code (desktop, or the VS Code server in headless Chromium). The workspace is
// test/fixtures. Waits are event-driven or bounded polls, never sleeps.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';

const root = () => vscode.workspace.workspaceFolders![0]!.uri;
const file = (...p: string[]) => vscode.Uri.joinPath(root(), ...p);

/** Polls `fn` until it returns a value, for at most `ms`; fails with `what` otherwise. */
async function until<T>(what: string, fn: () => T | undefined | Promise<T | undefined>, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Resolves with the document once VS Code reports it under `languageId` (an open event or already so). */
function languageBecomes(uri: vscode.Uri, languageId: string, ms = 30_000): Promise<vscode.TextDocument> {
  const find = () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && d.languageId === languageId);
  return new Promise((resolve, reject) => {
    const now = find();
    if (now) return resolve(now);
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`${uri.path} did not become ${languageId}`));
    }, ms);
    const sub = vscode.workspace.onDidOpenTextDocument(() => {
      const d = find();
      if (d) {
        clearTimeout(timer);
        sub.dispose();
        resolve(d);
      }
    });
  });
}

/** The document's diagnostics once they satisfy `ok`: checked now and on every change event, with a bound. */
function diagnosticsOf(uri: vscode.Uri, ok: (d: readonly vscode.Diagnostic[]) => boolean, ms = 30_000): Promise<readonly vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const now = vscode.languages.getDiagnostics(uri);
    if (ok(now)) return resolve(now);
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`diagnostics of ${uri.path} never matched; last: ${vscode.languages.getDiagnostics(uri).map((d) => d.message).join(' | ').slice(0, 400)}`));
    }, ms);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      const d = vscode.languages.getDiagnostics(uri);
      if (ok(d)) {
        clearTimeout(timer);
        sub.dispose();
        resolve(d);
      }
    });
  });
}

async function outline(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  return until(`the Outline of ${uri.path}`, async () => {
    const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri);
    return s && s.length > 0 ? s : undefined;
  });
}

const SEEDS: [string, string, number][] = [
  ['000_853d7334ca93d2a7.txt', 'Tusamitamab Ravtansine Monotherapy and in Combination in Patients With CEACAM5-positive Advanced Solid Tumors', 3],
  ['001_63f7a08eae199110.txt', 'Isatuximab in Combination With Cemiplimab in Relapsed/Refractory Multiple Myeloma (RRMM) Patients', 3],
  ['002_398eed1d3d96e111.txt', 'Multinational Clinical Study Comparing Isatuximab, Carfilzomib And Dexamethasone To Carfilzomib And Dexamethasone In Relapse And/Or Refractory Multiple Myeloma Patients', 2],
  ['003_c8a89d053ff08f16.txt', 'Sequential Infusion of CD146-Targeted and HER2-Targeted CAR T Cells in Patients With Advanced Sarcomas', 1],
  ['004_bbd35bda965c16fe.txt', 'A Clinical Study to Evaluate B4T2-001 CAR T Cells in the Treatment of Advanced Solid Tumors', 1],
];

/** Closes every editor, dropping in-memory edits (fixtures on disk are never written). */
async function closeEverything(): Promise<void> {
  const open = () => vscode.window.tabGroups.all.reduce((n, g) => n + g.tabs.length, 0);
  for (let k = 0; k < 100 && open() > 0; k++) await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  if (open() > 0) throw new Error(`${open()} editors would not close`);
}

describe('Trial Record in VS Code', () => {
  for (const [name, title, arms] of SEEDS) {
    it(`${name.slice(0, 3)}: a plain-text seed becomes a trial record and shows its Outline`, async () => {
      const uri = file('seeds', name);
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      const doc = await languageBecomes(uri, 'trial-record');
      assert.equal(doc.languageId, 'trial-record');
      const [record] = await outline(uri);
      assert.equal(record!.name, title);
      const groups = record!.children.map((c) => c.name);
      assert.ok(groups.includes('Eligibility'), groups.join(', '));
      assert.equal(record!.children.find((c) => c.name === 'Arms')!.children.length, arms);
    });
  }

  it('000: arms list their interventions, outcomes carry their time frames', async () => {
    const [record] = await outline(file('seeds', SEEDS[0]![0]));
    const cohortC = record!.children.find((c) => c.name === 'Arms')!.children[2]!;
    assert.deepEqual(cohortC.children.map((c) => c.name), ['Drug: tusamitamab ravtansine', 'Drug: Gemcitabine']);
    const measures = record!.children.find((c) => c.name === 'Outcome Measures')!.children[0]!.children;
    assert.equal(measures.length, 11);
    assert.equal(measures[1]!.detail, '28 days (Cycle 1)');
  });

  it('000: each Outline group covers its own lines, so the breadcrumb on a criterion says Eligibility', async () => {
    const [record] = await outline(file('seeds', SEEDS[0]![0]));
    // What the breadcrumb shows for line 72 (a criterion): the symbols whose range holds it, outermost first.
    const at = new vscode.Position(71, 3);
    const path: string[] = [];
    for (let level: vscode.DocumentSymbol[] = record!.children; ; ) {
      const hit = level.filter((c) => c.range.contains(at));
      if (hit.length === 0) break;
      assert.equal(hit.length, 1, `one symbol holds line 72 at each level: ${hit.map((h) => h.name).join(', ')}`);
      path.push(hit[0]!.name);
      level = hit[0]!.children;
    }
    assert.deepEqual(path.slice(0, 2), ['Eligibility', 'Inclusion Criteria']);
    assert.deepEqual([record!.children.find((c) => c.name === 'Identification')!.range.start.line, record!.children.find((c) => c.name === 'Identification')!.range.end.line], [0, 7]);
  });

  it('003: reports the missing primary outcome with its rule and link, and the quick fix inserts one', async () => {
    const uri = file('seeds', SEEDS[3]![0]);
    const doc = await languageBecomes(uri, 'trial-record');
    const code = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? d.code.value : d.code);
    const diags = await diagnosticsOf(uri, (ds) => ds.some((d) => code(d) === 'missing-primary-outcome'));
    const missing = diags.find((d) => code(d) === 'missing-primary-outcome')!;
    assert.equal(missing.source, 'trial-record');
    assert.equal(missing.severity, vscode.DiagnosticSeverity.Error);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, missing.range, vscode.CodeActionKind.QuickFix.value);
    const insert = actions.find((a) => a.title === 'Insert a Primary Outcome Measure')!;
    assert.ok(insert?.edit, actions.map((a) => a.title).join(' | '));
    assert.ok(await vscode.workspace.applyEdit(insert.edit));
    await diagnosticsOf(uri, (ds) => !ds.some((d) => code(d) === 'missing-primary-outcome'));
    assert.match(doc.getText(), /^Primary Outcome Measures:$/m);
    // The edit stays in memory: revert it so the fixture on disk is never touched.
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    assert.ok(!doc.isDirty && !/^Primary Outcome Measures:$/m.test(doc.getText()));
    // Last, since the preview takes the seed's editor tab.
    // The rule code links to a command that shows the rule's page rendered (issue 16, point 7).
    assert.ok(typeof missing.code === 'object');
    const link = (missing.code as { target: vscode.Uri }).target;
    assert.equal(link.scheme, 'command');
    assert.equal(link.path, 'trialRecord.showRulePage');
    const args = JSON.parse(decodeURIComponent(link.query)) as string[];
    assert.deepEqual(args, ['missing-primary-outcome']);
    await vscode.commands.executeCommand(link.path, ...args);
    const preview = await until('the rendered rule page', () =>
      vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(t.input.viewType) && t.label.includes('missing-primary-outcome')),
    );
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.path.endsWith('/rules/missing-primary-outcome.md') && vscode.window.visibleTextEditors.some((e) => e.document === d)), 'not opened as an editable file');
    await vscode.window.tabGroups.close(preview);
  });

  it('000 as a writer edits it: missing Sponsor where it goes, masking completion, date and Last Verified fixes, the placeholder selected', async () => {
    // Issue 16, points 3–5, driven through the editor on an in-memory copy of seed 000.
    const seedText = new TextDecoder().decode(await vscode.workspace.fs.readFile(file('seeds', SEEDS[0]![0])));
    const doc = await vscode.workspace.openTextDocument({ language: 'trial-record', content: seedText });
    const editor = await vscode.window.showTextDocument(doc);
    const code = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? d.code.value : d.code);
    const diags = await diagnosticsOf(doc.uri, (ds) => ds.some((d) => code(d) === 'missing-lead-sponsor'));
    // Point 3: Sponsor is reported just after line 8 (Last Update Posted), not on the title.
    const sponsor = diags.find((d) => code(d) === 'missing-lead-sponsor')!;
    assert.equal(doc.lineAt(7).text, 'Last Update Posted : May 3, 2023');
    assert.deepEqual([sponsor.range.start.line, sponsor.range.start.character, sponsor.range.isEmpty], [7, doc.lineAt(7).text.length, true]);
    assert.match(sponsor.message, /Add it after line 8 \(Last Update Posted\)\.$/);

    // Point 4: clear the Masking value, accept the completion VS Code offers, and no finding appears on that line.
    const maskLine = seedText.split('\n').findIndex((l) => l.startsWith('Masking:'));
    const valueAt = new vscode.Range(maskLine, 'Masking: | '.length, maskLine, doc.lineAt(maskLine).text.length - ' |'.length);
    assert.ok(await editor.edit((e) => e.replace(valueAt, '')));
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(maskLine, 'Masking: | '.length));
    const labelOf = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label);
    assert.ok(!list.items.some((i) => labelOf(i) === 'Double'), 'no bare level, which masking-roles would report');
    const double = list.items.find((i) => labelOf(i) === 'Double (Participant, Investigator)')!;
    assert.ok(double, list.items.map(labelOf).join(' | '));
    const edit = double.textEdit ?? new vscode.TextEdit(double.range instanceof vscode.Range ? double.range : new vscode.Range(maskLine, 11, maskLine, 11), String(double.insertText ?? labelOf(double)));
    assert.ok(await editor.edit((e) => e.replace(edit.range, edit.newText)));
    assert.equal(doc.lineAt(maskLine).text, 'Masking: | Double (Participant, Investigator) |');
    // Point 5: the passed Estimated date becomes Actual, keeping its date.
    const fixFor = async (rule: string, title: RegExp) => {
      const d = (await diagnosticsOf(doc.uri, (ds) => ds.some((x) => code(x) === rule))).find((x) => code(x) === rule)!;
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
      const a = actions.find((x) => title.test(x.title));
      assert.ok(a?.edit, `${rule}: ${actions.map((x) => x.title).join(' | ')}`);
      return a!;
    };
    const pcdLine = seedText.split('\n').findIndex((l) => l.startsWith('Estimated Primary Completion Date'));
    const actual = await fixFor('date-type-vs-today', /^Mark Primary Completion Date Actual/);
    assert.ok(await vscode.workspace.applyEdit(actual.edit!));
    assert.equal(doc.lineAt(pcdLine).text, 'Actual Primary Completion Date : | July 9, 2024 |');
    // The overdue Last Verified is set to this month, in the record's own form.
    const verified = await fixFor('verification-overdue', /^Set Last Verified to /);
    assert.ok(await vscode.workspace.applyEdit(verified.edit!));
    const month = new Date().toLocaleString('en-US', { month: 'long', year: 'numeric' });
    assert.equal(doc.lineAt(seedText.split('\n').findIndex((l) => l.startsWith('Last Verified:'))).text, `Last Verified: | ${month} |`);
    // Once a validation after these edits is in (the overdue finding is gone), the accepted
    // masking value has no finding either.
    const later = await diagnosticsOf(doc.uri, (ds) => !ds.some((d) => code(d) === 'verification-overdue'));
    assert.deepEqual(later.filter((d) => d.range.start.line === maskLine).map(code), []);

    // Inserting Sponsor selects its placeholder, ready to be typed over.
    const insert = await fixFor('missing-lead-sponsor', /^Insert Sponsor$/);
    assert.equal(insert.command?.command, 'trialRecord.selectPlaceholder');
    assert.ok(await vscode.workspace.applyEdit(insert.edit!));
    await vscode.commands.executeCommand(insert.command!.command, ...(insert.command!.arguments ?? []));
    assert.equal(doc.getText(editor.selection), '<sponsor organization>');
    // Nothing but the lines these steps meant to change has changed.
    const seedLines = new Set(seedText.split('\n'));
    const changed = doc.getText().split('\n').filter((l) => !seedLines.has(l));
    assert.deepEqual(changed, ['Sponsor: <sponsor organization>', 'Masking: | Double (Participant, Investigator) |', 'Actual Primary Completion Date : | July 9, 2024 |', `Last Verified: | ${month} |`]);
  });

  it('Show Source from a preview opened in place returns to the record\'s tab, with no new split (issue 30, point 6)', async () => {
    await closeEverything();
    const uri = file('seeds', SEEDS[4]![0]);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { viewColumn: vscode.ViewColumn.One });
    await vscode.commands.executeCommand('trialRecord.openPreview');
    const previewTab = () => vscode.window.tabGroups.activeTabGroup.activeTab?.input instanceof vscode.TabInputWebview ? true : undefined;
    await until('the preview in the record\'s place', previewTab);
    assert.equal(vscode.window.tabGroups.all.length, 1, 'the preview opened in the same group');
    await vscode.commands.executeCommand('trialRecord.showPreviewSource');
    const editor = await until('the record active again', () => (vscode.window.activeTextEditor?.document.uri.toString() === uri.toString() ? vscode.window.activeTextEditor : undefined));
    assert.equal(editor.viewColumn, vscode.ViewColumn.One);
    assert.equal(vscode.window.tabGroups.all.length, 1, 'no new split');
    assert.equal(vscode.window.tabGroups.all[0]!.tabs.filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri.toString()).length, 1, 'one tab of the record');
    await closeEverything();
  });

  it('completes values and standard terms, and explains them on hover', async () => {
    const uri = vscode.Uri.joinPath(root(), '..', '..', 'examples', 'NCT04659603.trial');
    const doc = await vscode.workspace.openTextDocument(uri);
    await outline(uri); // the server is up for this document
    const masking = doc.getText().split('\n').findIndex((l) => l.startsWith('Masking: |'));
    const values = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(masking, 'Masking: | '.length));
    assert.ok(values.items.some((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'Double (Participant, Investigator)'), 'masking values with their roles');
    const pfs = doc.getText().split('\n').findIndex((l) => l.startsWith('- Progression free survival'));
    const endpoints = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(pfs, 2));
    assert.ok(endpoints.items.some((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'Progression-Free Survival (PFS)'), 'endpoints');
    const allocation = doc.getText().split('\n').findIndex((l) => l.startsWith('Allocation:'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(allocation, 3));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /The method by which participants are assigned to arms/);
  });

  it('folds the sections and lists of a record', async () => {
    const uri = file('seeds', SEEDS[1]![0]);
    const ranges = await until('folding ranges', async () => {
      const r = await vscode.commands.executeCommand<vscode.FoldingRange[] | undefined>('vscode.executeFoldingRangeProvider', uri);
      return r && r.length > 0 ? r : undefined;
    });
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.ok(ranges.some((r) => doc.lineAt(r.start).text === 'Inclusion criteria:'));
  });

  it('a .trial file is a trial record by its extension', async () => {
    const uri = vscode.Uri.joinPath(root(), '..', '..', 'examples', 'NCT04659603.trial');
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.equal(doc.languageId, 'trial-record');
    const [record] = await outline(uri);
    assert.deepEqual(record!.children.find((c) => c.name === 'Outcome Measures')!.children.map((c) => c.name), ['Primary', 'Secondary']);
  });

  it('plain text that is not a record stays plain text; the command switches it by hand', async () => {
    const uri = file('plain', 'notes.txt');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    // Detection handles documents in the order they open: once a record opened after the
    // notes has switched, the notes have had their turn.
    const record = file('plain', 'looks-like-a-record.txt');
    await vscode.workspace.openTextDocument(record);
    await languageBecomes(record, 'trial-record');
    assert.equal(vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())!.languageId, 'plaintext');
    await vscode.commands.executeCommand('trialRecord.treatAsTrialRecord');
    const doc = await languageBecomes(uri, 'trial-record');
    assert.equal(doc.languageId, 'trial-record');
  });

  it('a draft .txt without an NCT line is detected from its labels and headings', async () => {
    // Issue 16, point 9: new registrations have no NCT number yet.
    const uri = file('plain', 'draft-without-nct.txt');
    await vscode.workspace.openTextDocument(uri);
    const doc = await languageBecomes(uri, 'trial-record');
    assert.ok(!/NCT\d{8}/.test(doc.getText()));
  });

  it('turns off word-based suggestions and quick suggestions in snippet fields for records, and wraps lines', () => {
    // Tab between snippet fields must never accept a word popup (issue 16): the language's defaults.
    const editor = vscode.workspace.getConfiguration('editor', { languageId: 'trial-record' });
    assert.equal(editor.get('wordBasedSuggestions'), 'off');
    assert.equal(editor.get('suggest.showWords'), false);
    assert.equal(editor.get('suggest.snippetsPreventQuickSuggestions'), true);
    assert.equal(editor.get('tabCompletion'), 'off');
    assert.equal(editor.get('wordWrap'), 'on');
    // Plain text keeps the user's own defaults.
    assert.notEqual(vscode.workspace.getConfiguration('editor', { languageId: 'plaintext' }).get('wordBasedSuggestions'), 'off');
  });

  it('imports a ClinicalTrials.gov JSON study as a new record, with its Outline', async () => {
    await vscode.commands.executeCommand('trialRecord.importFromClinicalTrialsGov', file('corpus', 'ctgov', 'NCT04870190.json'));
    const editor = await until('the imported record', () => {
      const e = vscode.window.activeTextEditor;
      return e && e.document.isUntitled && e.document.getText().includes('ClinicalTrials.gov Identifier: NCT04870190') ? e : undefined;
    });
    assert.equal(editor.document.languageId, 'trial-record');
    // Save proposes the NCT ID, beside the imported file, not the title (issue 30, point 7).
    assert.equal(editor.document.uri.path, vscode.Uri.joinPath(file('corpus', 'ctgov'), 'NCT04870190.trial').path);
    const [record] = await outline(editor.document.uri);
    assert.equal(record!.detail, 'NCT04870190');
  });

  it('offers "Import as Trial Record" on .json and .xml files in the Explorer, and it imports', async () => {
    const pkg = vscode.extensions.all.find((e) => e.packageJSON?.name === 'trial-record')!.packageJSON as { contributes: { menus: Record<string, { command: string; when: string }[]>; commands: { command: string; title: string }[] } };
    const entry = pkg.contributes.menus['explorer/context']!.find((m) => m.command === 'trialRecord.importAsTrialRecord')!;
    assert.match(entry.when, /resourceExtname == \.json/);
    assert.match(entry.when, /resourceExtname == \.xml/);
    assert.equal(pkg.contributes.commands.find((c) => c.command === entry.command)!.title, 'Import as Trial Record');
    // The Explorer passes the clicked file's URI; the record opens as one more untitled document.
    const imported = () => vscode.workspace.textDocuments.filter((d) => d.isUntitled && d.languageId === 'trial-record' && d.getText().includes('ClinicalTrials.gov Identifier: NCT04870190'));
    const before = new Set(imported());
    await vscode.commands.executeCommand(entry.command, file('corpus', 'ctgov', 'NCT04870190.json'));
    await until('the record imported from the Explorer', () => imported().find((d) => !before.has(d)));
  });

  it('Format Document rewrites seed 003 (newer layout) in the canonical form, and its export is the same study', async () => {
    const seed = await vscode.workspace.openTextDocument(file('seeds', '003_c8a89d053ff08f16.txt'));
    const doc = await vscode.workspace.openTextDocument({ language: 'trial-record', content: seed.getText() });
    await vscode.window.showTextDocument(doc);
    await diagnosticsOf(doc.uri, (d) => d.some((x) => String(typeof x.code === 'object' ? x.code.value : x.code) === 'missing-primary-outcome'));
    const study = async () => {
      await vscode.env.clipboard.writeText('');
      await vscode.commands.executeCommand('trialRecord.copyAsJson', doc.uri);
      const t = await until('the copied JSON', async () => {
        const c = await vscode.env.clipboard.readText();
        return c.includes('"protocolSection"') ? c : undefined;
      }, 10_000);
      // The sponsor's class is the registry's, printed by the newer layout only.
      return JSON.parse(t, (k, v: unknown) => (k === 'class' ? undefined : v)) as unknown;
    };
    const before = await study();
    const changed = new Promise<void>((resolve) => {
      const sub = vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === doc) (sub.dispose(), resolve());
      });
    });
    // As the user runs it: Format Document (Shift+Alt+F) on the active editor.
    await vscode.commands.executeCommand('editor.action.formatDocument');
    await changed;
    const text = doc.getText();
    for (const heading of ['Study Description', 'Study Design', 'Arms and Interventions', 'Eligibility Criteria', 'Contacts and Locations', 'More Information']) assert.ok(text.split('\n').includes(heading), heading);
    assert.ok(text.includes('Sponsor: Essen Biotech') && !text.includes('Sponsor Role lead'));
    assert.deepEqual(await study(), before);
    // Formatted again, nothing changes.
    const edits = await vscode.commands.executeCommand<vscode.TextEdit[] | undefined>('vscode.executeFormatDocumentProvider', doc.uri, { tabSize: 2, insertSpaces: true });
    assert.equal((edits ?? []).length, 0);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('exports a record as ClinicalTrials.gov JSON side by side, and copies it', async () => {
    const uri = vscode.Uri.joinPath(root(), '..', '..', 'examples', 'NCT04659603.trial');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await vscode.commands.executeCommand('trialRecord.exportAsJson', uri);
    const json = await until('the exported JSON', () => {
      const e = vscode.window.activeTextEditor;
      return e && e.document.languageId === 'json' && e.document.getText().includes('"protocolSection"') ? e.document : undefined;
    });
    const study = JSON.parse(json.getText()) as { protocolSection: { identificationModule: { nctId: string }; statusModule: { overallStatus: string } } };
    assert.equal(study.protocolSection.identificationModule.nctId, 'NCT04659603');
    assert.equal(study.protocolSection.statusModule.overallStatus, 'RECRUITING');
    await vscode.commands.executeCommand('trialRecord.copyAsJson', uri);
    const copied = await until('the copied JSON', async () => {
      const t = await vscode.env.clipboard.readText();
      return t.includes('"protocolSection"') ? t : undefined;
    }, 10_000);
    assert.deepEqual(JSON.parse(copied), study);
  });

  it('exports a record for PRS upload (XML) and imports the file back', async () => {
    const uri = vscode.Uri.joinPath(root(), '..', '..', 'examples', 'NCT04659603.trial');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const config = vscode.workspace.getConfiguration('trialRecord');
    await config.update('prs.organization', 'Example-Org', vscode.ConfigurationTarget.Global);
    const target = vscode.Uri.joinPath(vscode.Uri.file(require('node:os').tmpdir()), `trial-record-prs-${process.pid}.xml`);
    try {
      await vscode.commands.executeCommand('trialRecord.exportForPrs', uri, target);
      const xml = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
      assert.match(xml, /<prs:study_collection xmlns:prs="http:\/\/clinicaltrials.gov\/prs">/);
      assert.match(xml, /<org_name>Example-Org<\/org_name>\n\s+<org_study_id>ACT16432<\/org_study_id>/);
      await vscode.commands.executeCommand('trialRecord.importFromClinicalTrialsGov', target);
      const editor = await until('the record imported from PRS XML', () => {
        const e = vscode.window.activeTextEditor;
        return e && e.document.isUntitled && e.document.getText().includes('Org Study ID: | ACT16432 |') ? e : undefined;
      });
      assert.equal(editor.document.languageId, 'trial-record');
    } finally {
      await config.update('prs.organization', undefined, vscode.ConfigurationTarget.Global);
      await vscode.workspace.fs.delete(target).then(undefined, () => undefined);
    }
  });
});
