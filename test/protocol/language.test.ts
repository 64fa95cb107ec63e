// Completion, resolve, hover, links, definition, references and rename through the real server.
import { strict as assert } from 'node:assert';
import { pathToFileURL } from 'node:url';
import type { CompletionList, DocumentLink, Hover, Location, MarkupContent, WorkspaceEdit, CompletionItem } from 'vscode-languageserver-types';
import { seedPath, seedText } from '../helpers';
import { TestClient } from './client';

const CAPS = { workspace: { configuration: true }, textDocument: { completion: { completionItem: { snippetSupport: true } } } };

describe('language features over stdio', function () {
  this.timeout(20000);
  let c: TestClient;
  const uri = pathToFileURL(seedPath('000')).toString();
  const text = seedText('000');
  const pos = (needle: string, shift = 0) => {
    const at = text.indexOf(needle) + shift;
    const before = text.slice(0, at).split('\n');
    return { line: before.length - 1, character: before[before.length - 1]!.length };
  };

  before(async () => {
    c = TestClient.stdio();
    c.settings = { today: '2026-11-21', customTerms: [{ term: 'mPAC', expansion: 'Metastatic Pancreatic Adenocarcinoma', definition: 'Pancreatic ductal adenocarcinoma with distant metastases.' }] };
    await c.initialize(CAPS);
    await c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'trial-record', version: 1, text } });
  });
  after(() => c?.kill());

  it('completes enumerated values, and resolves their documentation', async () => {
    const list = await c.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: pos('Masking: | None', 11) });
    const item = list.items.find((i) => i.label === 'Double (Participant, Investigator)')!;
    assert.ok(item.textEdit);
    const resolved = await c.request<CompletionItem>('completionItem/resolve', item);
    assert.match((resolved.documentation as MarkupContent).value, /API code `DOUBLE`/);
  });

  it('completes outcome titles with endpoints and the user\'s custom terms', async () => {
    const list = await c.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: pos('- Progression free survival (PFS)', 2) });
    const labels = list.items.map((i) => i.label);
    assert.ok(labels.includes('Progression-Free Survival (PFS)'));
    assert.ok(labels.includes('Metastatic Pancreatic Adenocarcinoma (mPAC)'));
  });

  it('hovers a label and a date', async () => {
    const h = await c.request<Hover>('textDocument/hover', { textDocument: { uri }, position: pos('Allocation:', 2) });
    assert.match((h.contents as MarkupContent).value, /The method by which participants are assigned to arms/);
    const d = await c.request<Hover>('textDocument/hover', { textDocument: { uri }, position: pos('July 9, 2024', 2) });
    assert.equal((d.contents as MarkupContent).value, '**Primary Completion Date**: `2024-07-09` (Estimated)');
  });

  it('links NCT IDs to ClinicalTrials.gov', async () => {
    const links = await c.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri } });
    assert.equal(links.length, 3);
  });

  it('goes to the definition, finds references, renames', async () => {
    const p = pos('Drug: tusamitamab ravtansine Drug', 8);
    const def = await c.request<Location>('textDocument/definition', { textDocument: { uri }, position: p });
    assert.equal(def.range.start.line, 41);
    const refs = await c.request<Location[]>('textDocument/references', { textDocument: { uri }, position: p, context: { includeDeclaration: true } });
    assert.equal(refs.length, 4);
    const edit = await c.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri }, position: p, newName: 'tusamitamab' });
    assert.equal(edit.changes![uri]!.length, 4);
  });

  it('answers null for positions and documents it cannot serve', async () => {
    assert.equal(await c.request('textDocument/hover', { textDocument: { uri }, position: { line: 9999, character: 0 } }), null);
    assert.equal(await c.request('textDocument/completion', { textDocument: { uri: 'file:///none.trial' }, position: { line: 0, character: 0 } }), null);
  });

  it('exports an open record and imports ClinicalTrials.gov data through workspace/executeCommand', async () => {
    const exported = await c.request<{ json: string; notes: string[] }>('workspace/executeCommand', { command: 'trial-record.exportStudy', arguments: [uri] });
    const study = JSON.parse(exported.json) as { protocolSection: { identificationModule: { nctId: string } } };
    assert.equal(study.protocolSection.identificationModule.nctId, 'NCT04659603');
    assert.match(exported.notes.join(' '), /11 outcome measures have no Primary\/Secondary Outcome Measures heading/);
    const imported = await c.request<{ records: { nctId: string; text: string }[] }>('workspace/executeCommand', { command: 'trial-record.importStudies', arguments: [exported.json, 'seed.json'] });
    assert.equal(imported.records.length, 1);
    assert.equal(imported.records[0]!.nctId, 'NCT04659603');
    assert.match(imported.records[0]!.text, /^Primary Outcome Measures:$/m);
    await assert.rejects(c.request('workspace/executeCommand', { command: 'trial-record.importStudies', arguments: ['{ nope', 'bad.json'] }), /bad\.json: not valid JSON/);
  });

  it('exports an open record as PRS upload XML through workspace/executeCommand, and imports it back', async () => {
    // No organization in the settings and none given: the error says how to give it.
    await assert.rejects(c.request('workspace/executeCommand', { command: 'trial-record.exportPrsXml', arguments: [uri] }), /needs your PRS organization name .*trialRecord\.prs\.organization/);
    const r = await c.request<{ xml?: string; notes: { uri: string; message: string }[]; problems: unknown[] }>('workspace/executeCommand', { command: 'trial-record.exportPrsXml', arguments: [[uri], 'Example-Org'] });
    assert.deepEqual(r.problems, []);
    assert.match(r.xml!, /<org_name>Example-Org<\/org_name>/);
    assert.ok(r.notes.every((n) => n.uri === uri));
    const back = await c.request<{ records: { orgStudyId?: string; text: string }[] }>('workspace/executeCommand', { command: 'trial-record.importStudies', arguments: [r.xml, 'upload.xml'] });
    assert.equal(back.records.length, 1);
    assert.equal(back.records[0]!.orgStudyId, 'ACT16432');
    await assert.rejects(c.request('workspace/executeCommand', { command: 'trial-record.exportPrsXml', arguments: ['file:///not-open.trial', 'Org'] }), /takes the URI of an open record/);
  });
});
