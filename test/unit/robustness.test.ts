// Hostile input: property-based and fuzz tests over the parser and every feature. For each input:
// no exception, no hang (each under a second), every range inside the document (UTF-16 positions),
// and the same output for the same input.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { Position, Range } from 'vscode-languageserver-types';
import { readSettings } from '../../server/src/settings';
import { TrialRecordService } from '../../server/src/service';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReadError } from '../../server/src/convert/errors';
import { readStudies } from '../../server/src/convert/read';
import { writeRecord } from '../../server/src/convert/write';
import { FIXTURES, SEED_FILES, seedText } from '../helpers';

const settings = readSettings({ today: '2026-11-21' }).settings;

/** The lines, split at the editor's line breaks (CRLF, CR, LF); lengths are UTF-16 code units. */
function linesOf(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** A position's offset in LF-separated text (the imported records are written with LF). */
function offsetAt(lines: readonly string[], p: Position): number {
  let o = 0;
  for (let k = 0; k < p.line; k++) o += lines[k]!.length + 1;
  return o + p.character;
}

function assertInside(lines: readonly string[], r: Range | undefined, what: string): void {
  if (!r) return;
  for (const p of [r.start, r.end] as Position[]) {
    assert.ok(p.line >= 0 && p.line < lines.length, `${what}: line ${p.line} outside 0..${lines.length - 1}`);
    const line = lines[p.line]!;
    assert.ok(p.character >= 0 && p.character <= line.length, `${what}: character ${p.character} outside line ${p.line} (${line.length})`);
    const before = line.charCodeAt(p.character - 1);
    const at = line.charCodeAt(p.character);
    assert.ok(!(before >= 0xd800 && before <= 0xdbff && at >= 0xdc00 && at <= 0xdfff), `${what}: position ${p.line}:${p.character} splits a surrogate pair`);
  }
  assert.ok(r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character), `${what}: range ends before it starts`);
}

/** Every feature on one text; returns a JSON snapshot so identical input can be compared. */
function runAll(text: string, version = 1): string {
  const service = new TrialRecordService();
  const doc = { uri: 'file:///fuzz.trial', version, getText: () => text };
  const lines = linesOf(text);
  const started = Date.now();
  const diagnostics = service.diagnostics(doc, settings, (rule, e) => assert.fail(`rule ${rule} threw: ${String(e)}`));
  for (const d of diagnostics) {
    assertInside(lines, d.range, `diagnostic ${String(d.code)}`);
    for (const rel of d.relatedInformation ?? []) assertInside(lines, rel.location.range, 'related information');
  }
  const whole: Range = { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines[lines.length - 1]!.length } };
  const actions = service.codeActions(doc, whole, diagnostics, settings, { clientCommands: true });
  for (const a of actions) for (const edits of Object.values(a.edit?.changes ?? {})) for (const e of edits) assertInside(lines, e.range, `edit of "${a.title}"`);
  const symbols = service.documentSymbols(doc);
  const walk = (s: (typeof symbols)[number]): void => {
    assertInside(lines, s.range, `symbol ${s.name}`);
    assertInside(lines, s.selectionRange, `selection of ${s.name}`);
    s.children?.forEach(walk);
  };
  symbols.forEach(walk);
  const folds = service.foldingRanges(doc);
  for (const f of folds) assert.ok(f.startLine <= f.endLine && f.endLine < lines.length, 'folding range inside the document');
  for (const l of service.documentLinks(doc)) {
    assertInside(lines, l.range, 'document link');
    assert.match(l.target ?? '', /^https:\/\/clinicaltrials\.gov\//);
  }
  // Completion and hover at a spread of positions, including line ends.
  const probes: Position[] = [];
  for (let k = 0; k < lines.length && probes.length < 20; k += Math.max(1, Math.floor(lines.length / 10))) {
    probes.push({ line: k, character: 0 }, { line: k, character: lines[k]!.length });
  }
  for (const p of probes) {
    for (const item of service.completion(doc, p).items) {
      const te = item.textEdit;
      if (te && 'range' in te) assertInside(lines, te.range, `completion ${item.label}`);
    }
    assertInside(lines, service.hover(doc, p)?.range, 'hover');
  }
  assert.ok(Date.now() - started < 1000, `took ${Date.now() - started} ms (more than a second)`);
  return JSON.stringify({ diagnostics, symbols, folds });
}

/** Line-level mutations of a seed: delete, duplicate, swap and garble lines. */
const mutatedSeed = fc
  .record({
    seed: fc.constantFrom(...SEED_FILES.map((f) => f.slice(0, 3))),
    ops: fc.array(fc.tuple(fc.constantFrom('delete', 'duplicate', 'swap', 'garble', 'indent', 'crlf'), fc.nat(), fc.string({ unit: 'grapheme', maxLength: 12 })), { maxLength: 12 }),
  })
  .map(({ seed, ops }) => {
    const lines = seedText(seed).split('\n');
    for (const [op, n, s] of ops) {
      const k = n % lines.length;
      if (op === 'delete') lines.splice(k, 1);
      else if (op === 'duplicate') lines.splice(k, 0, lines[k]!);
      else if (op === 'swap') [lines[k], lines[(k + 1) % lines.length]] = [lines[(k + 1) % lines.length]!, lines[k]!];
      else if (op === 'garble') lines[k] = `${lines[k]!.slice(0, n % 40)}${s}${lines[k]!.slice(n % 40)}`;
      else if (op === 'indent') lines[k] = `\t  ${lines[k]}`;
      else lines[k] = `${lines[k]}\r`;
      if (lines.length === 0) lines.push('');
    }
    return lines.join('\n');
  });

describe('robustness on hostile input', function () {
  this.timeout(60_000);

  it('criteria nested 2,500 levels deep: the Outline and the preview stop nesting at 32 and list every criterion (issue 31, point 10)', () => {
    let text = 'A Study\nClinicalTrials.gov Identifier: NCT01234567\n\nEligibility Criteria\nInclusion Criteria:\n';
    for (let k = 0; k < 2500; k++) text += `${' '.repeat(k)}- level ${k}\n`;
    const service = new TrialRecordService();
    const doc = { uri: 'file:///deep.trial', version: 1, getText: () => text };
    type Sym = { name: string; children?: Sym[] };
    const walk = (nodes: readonly Sym[], depth: number, seen: { names: string[]; deepest: number }): void => {
      for (const n of nodes) {
        seen.names.push(n.name);
        seen.deepest = Math.max(seen.deepest, depth);
        walk(n.children ?? [], depth + 1, seen);
      }
    };
    const seen = { names: [] as string[], deepest: 0 };
    walk(service.documentSymbols(doc) as Sym[], 0, seen);
    for (let k = 0; k < 2500; k++) assert.ok(seen.names.includes(`level ${k}`), `level ${k} in the Outline`);
    assert.ok(seen.deepest < 40, `${seen.deepest} levels`);
    const html = service.previewPage(doc, readSettings({ today: '2026-12-08' }).settings, { nonce: 'n' });
    assert.ok(html.includes('level 2499'));
    assert.ok((html.match(/<ul>/g) ?? []).length < 60);
  });

  it('import through the server has the command line\'s cap and message (issue 31, point 13)', () => {
    const big = `[${' '.repeat(51 * 1024 * 1024)}]`;
    assert.throws(() => new TrialRecordService().importStudies(big, 'huge.json'), (e: Error) => e instanceof ReadError && /^huge\.json: 51 MB is too large for ClinicalTrials\.gov data \(JSON or XML\) \(the limit is 50 MB\)$/.test(e.message));
  });

  it('the range check itself rejects what it must', () => {
    const lines = linesOf('ab\n😀x');
    const at = (line: number, character: number): Range => ({ start: { line, character }, end: { line, character } });
    assert.throws(() => assertInside(lines, at(2, 0), 't'), /outside/);
    assert.throws(() => assertInside(lines, at(0, 3), 't'), /outside/);
    assert.throws(() => assertInside(lines, at(1, 1), 't'), /surrogate/);
    assert.throws(() => assertInside(lines, { start: { line: 1, character: 2 }, end: { line: 0, character: 1 } }, 't'), /ends before/);
    assert.doesNotThrow(() => assertInside(lines, { start: { line: 0, character: 2 }, end: { line: 1, character: 3 } }, 't'));
  });

  it('mutated seeds: no exception, ranges inside, same output for the same input', () => {
    fc.assert(
      fc.property(mutatedSeed, (text) => {
        assert.equal(runAll(text), runAll(text));
      }),
      { numRuns: 60, seed: 20261121 },
    );
  });

  it('random text from the record alphabet (labels, bullets, pipes, brackets, line breaks)', () => {
    const pieces = fc.constantFrom(
      'Recruitment Status : ', 'Phase 1/Phase 2', 'Masking: | ', 'Experimental: ', 'Drug: ', '- ', '* ', '|', '---|---|', '[ Time Frame: ', ']',
      'Inclusion Criteria:', 'Exclusion Criteria:', 'Arms and Interventions', 'Outcome Measures', 'Primary Outcome Measures:', 'NCT01234567',
      'Ages Eligible for Study: | ', '18 Years', '\n', '\r\n', '\r', '\t', ' ', '(', ')', ':', '\\', '😀', '漢字', '\u0000', '\uFEFF', '\uD800',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 200 }), (parts) => {
        const text = parts.join('');
        assert.equal(runAll(text), runAll(text));
      }),
      { numRuns: 150, seed: 20261121 },
    );
  });

  it('binary garbage and NUL bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4000 }), (bytes) => {
        runAll(Buffer.from(bytes).toString('latin1'));
        runAll(Buffer.from(bytes).toString('utf8'));
      }),
      { numRuns: 60, seed: 20261121 },
    );
  });

  it('a 10 MB single line, and 200,000 short lines', () => {
    const service = new TrialRecordService();
    for (const text of ['x'.repeat(10 * 1024 * 1024), `${seedText('000').slice(0, 300)}\n${'- a\n'.repeat(200_000)}`]) {
      const started = Date.now();
      const doc = { uri: 'file:///big.trial', version: 1, getText: () => text };
      service.diagnostics(doc, settings);
      service.documentSymbols(doc);
      service.foldingRanges(doc);
      assert.ok(Date.now() - started < 5000, `took ${Date.now() - started} ms`);
    }
  });

  it('mixed line breaks, a BOM and tabs give ranges inside the document', () => {
    const mixed = seedText('002')
      .split('\n')
      .map((l, k) => (k % 3 === 0 ? `${l}\r\n` : k % 3 === 1 ? `${l}\r` : `${l}\n`))
      .join('')
      .replace(/ {2}/g, '\t');
    runAll(`\uFEFF${mixed}`);
  });

  it('non-BMP characters: ranges count UTF-16 code units', () => {
    const text = seedText('000').replace(/Sanofi/g, '😀 Sanofi 𝔘').replace(/Cohort/g, '漢字Cohort');
    runAll(text);
    const service = new TrialRecordService();
    const doc = { uri: 'file:///emoji.trial', version: 1, getText: () => text };
    // The title symbol's selection starts after nothing and covers the title exactly.
    const [record] = service.documentSymbols(doc);
    const first = text.split('\n')[0]!;
    assert.deepEqual(record!.selectionRange, { start: { line: 0, character: 0 }, end: { line: 0, character: first.length } });
  });

  it('1,000-level nested bullets', () => {
    const nested = Array.from({ length: 1000 }, (_, k) => `${' '.repeat(k)}- level ${k}`).join('\n');
    runAll(`${seedText('004').split('Exclusion Criteria:')[0]}Exclusion Criteria:\n${nested}\n`);
  });

  it('every seed truncated at every 50th character', () => {
    for (const f of SEED_FILES) {
      const text = seedText(f.slice(0, 3));
      for (let at = 0; at < text.length; at += 50) runAll(text.slice(0, at));
    }
  });

  it('over trialRecord.maxFileSize: one information message, no parsing, links still work, and never slow', () => {
    const service = new TrialRecordService();
    service.maxFileSize = 10_000; // bytes; seed 000 has 13,108
    const text = seedText('000');
    const doc = { uri: 'file:///large.trial', version: 1, getText: () => text };
    const [only, ...rest] = service.diagnostics(doc, settings);
    assert.deepEqual(rest, []);
    assert.equal(only!.code, 'file-too-large');
    assert.match(only!.message, /^This file is 13 KB, over the size limit \(10 KB, setting trialRecord\.maxFileSizeMB\): it is not checked/);
    assert.deepEqual(service.documentSymbols(doc), []);
    assert.deepEqual(service.foldingRanges(doc), []);
    assert.deepEqual(service.completion(doc, { line: 0, character: 0 }).items, []);
    assert.equal(service.hover(doc, { line: 1, character: 35 }), null);
    assert.deepEqual(service.documentLinks(doc).map((l) => l.target), service.documentLinks({ ...doc, uri: 'file:///other.trial' }).map((l) => l.target));
    assert.ok(service.documentLinks(doc).length > 0);
    // Under the cap the same text is parsed and checked as usual.
    service.maxFileSize = 20_000;
    assert.ok(service.diagnostics({ ...doc, version: 2 }, settings).length > 1);
    // The default, 10 MB, turns a 12 MB document away in well under a second.
    const big = new TrialRecordService();
    const huge = `${text}\n${'- criterion line\n'.repeat(750_000)}`;
    const started = Date.now();
    const d = big.diagnostics({ uri: 'file:///huge.trial', version: 1, getText: () => huge }, settings);
    assert.equal(d[0]!.code, 'file-too-large');
    assert.ok(Date.now() - started < 1000);
  });

  it('every fix on every corpus record changes only the text in its ranges, and the result still reads', () => {
    const corpus = join(FIXTURES, 'corpus', 'ctgov');
    let fixes = 0;
    let reread = 0;
    for (const f of readdirSync(corpus).filter((x) => /\.(json|xml)$/.test(x))) {
      const [study] = readStudies(readFileSync(join(corpus, f), 'utf8'), f);
      const text = writeRecord(study!);
      const service = new TrialRecordService();
      const doc = { uri: `file:///corpus/${f}.trial`, version: 1, getText: () => text };
      const lines = linesOf(text);
      const diagnostics = service.diagnostics(doc, settings);
      const whole: Range = { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines[lines.length - 1]!.length } };
      let perRecord = 0;
      const actions = [
        ...service.codeActions(doc, whole, diagnostics, settings, { clientCommands: false }),
        ...service.codeActions(doc, whole, diagnostics, settings, { clientCommands: false, only: ['source.fixAll.trial-record'] }),
      ];
      for (const action of actions) {
        const edits = action.edit?.changes?.[doc.uri];
        if (!edits || edits.length === 0) continue;
        fixes++;
        const spans = edits
          .map((e) => {
            assertInside(lines, e.range, `${f}: "${action.title}"`);
            return { start: offsetAt(lines, e.range.start), end: offsetAt(lines, e.range.end), newText: e.newText };
          })
          .sort((a, b) => a.start - b.start);
        spans.forEach((e, k) => assert.ok(k === 0 || spans[k - 1]!.end <= e.start, `${f}: "${action.title}" has overlapping edits`));
        let out = '';
        let at = 0;
        for (const e of spans) {
          out += text.slice(at, e.start) + e.newText;
          at = e.end;
        }
        out += text.slice(at);
        // Outside the edited ranges the text is the same, piece by piece.
        let cursor = 0;
        at = 0;
        for (const e of spans) {
          assert.equal(out.slice(cursor, cursor + (e.start - at)), text.slice(at, e.start), `${f}: "${action.title}" changed text outside its ranges`);
          cursor += e.start - at + e.newText.length;
          at = e.end;
        }
        assert.equal(out.slice(cursor), text.slice(at));
        // Re-reading every variant would take long: the first three of each record, and any fix-all.
        if (perRecord++ < 3 || action.kind === 'source.fixAll.trial-record') {
          reread++;
          assert.doesNotThrow(() => new TrialRecordService().diagnostics({ ...doc, version: 2, getText: () => out }, settings));
        }
      }
    }
    assert.ok(fixes > 300, `only ${fixes} fixes were tried`);
    assert.ok(reread > 100, `only ${reread} fixed records were re-read`);
  });
});
