// Properties of the parser and model that hold for every input: offsets are exact, no line is
// dropped, line-break style does not change the model.
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/analysis/analyze';
import { buildModel } from '../../server/src/model/build';
import { parse } from '../../server/src/parser/parse';
import { SEED_FILES, seedText } from '../helpers';

/** Visits every object in a value. */
function visit(value: unknown, fn: (o: Record<string, unknown>, path: string) => void, path = '$'): void {
  if (Array.isArray(value)) value.forEach((v, k) => visit(v, fn, `${path}[${k}]`));
  else if (value && typeof value === 'object') {
    fn(value as Record<string, unknown>, path);
    for (const [k, v] of Object.entries(value)) visit(v, fn, `${path}.${k}`);
  }
}

/** Every token and every model value points at exactly the text it carries. */
export function assertOffsetsExact(text: string): void {
  const tree = parse(text);
  visit(tree.sections, (o, path) => {
    if (typeof o.start === 'number' && typeof o.end === 'number') {
      assert.ok(0 <= o.start && o.start <= o.end && o.end <= text.length, `${path}: span [${o.start},${o.end}) outside the text`);
      if (typeof o.text === 'string') assert.equal(text.slice(o.start, o.end), o.text, path);
    }
  });
  visit(buildModel(tree), (o, path) => {
    const range = o.range as { start: number; end: number } | undefined;
    if (range && typeof o.raw === 'string') assert.equal(text.slice(range.start, range.end), o.raw, path);
  });
}

/** Every line with content is inside some block: nothing the user wrote is dropped. */
export function assertNoLineDropped(text: string): void {
  const tree = parse(text);
  const spans = tree.sections.flatMap((s) => [...s.blocks.map((b) => [b.start, b.end] as const), ...(s.heading ? [[s.heading.start, s.heading.end] as const] : [])]);
  let offset = 0;
  for (const line of text.split(/(\r\n|\r|\n)/)) {
    if (/^(\r\n|\r|\n)$/.test(line)) {
      offset += line.length;
      continue;
    }
    const lead = line.length - line.trimStart().length;
    const start = offset + lead;
    const end = offset + line.trimEnd().length;
    if (end > start) assert.ok(spans.some(([a, b]) => a < end && b > start), `line not covered: ${JSON.stringify(line.slice(0, 80))}`);
    offset += line.length;
  }
}

/** The model with ranges and raw text removed, to compare renderings of the same record. */
function values(text: string): unknown {
  return JSON.parse(JSON.stringify(analyze(text).record, (k, v) => (k === 'range' || k === 'raw' || k === 'references' || k === 'sections' ? undefined : v)));
}

describe('parser invariants on the seeds', () => {
  for (const file of SEED_FILES) {
    const prefix = file.slice(0, 3);
    it(`${prefix}: offsets are exact`, () => assertOffsetsExact(seedText(prefix)));
    it(`${prefix}: no line is dropped`, () => assertNoLineDropped(seedText(prefix)));
    it(`${prefix}: CRLF, CR and a BOM give the same model as LF`, () => {
      const lf = seedText(prefix);
      const expected = values(lf);
      const crlf = lf.replace(/\n/g, '\r\n');
      const cr = lf.replace(/\n/g, '\r');
      assert.deepEqual(values(crlf), expected);
      assert.deepEqual(values(cr), expected);
      assertOffsetsExact(crlf);
      assertNoLineDropped(cr);
      assert.deepEqual(values(`\uFEFF${lf}`), expected);
    });
  }

  it('keeps lines it does not understand as unrecognised', () => {
    const text = seedText('004').replace('Study Type : |', 'Zorblat frobnication\nStudy Type : |');
    const r = analyze(text).record;
    assert.deepEqual(r.unrecognised.map((u) => u.value), ['Zorblat frobnication']);
    assert.equal(r.design.studyType?.code, 'INTERVENTIONAL');
  });

  it('never throws, and degrades to unrecognised lines, on hostile input', () => {
    const inputs = ['', '\n\n\n', '|', '---|---|', 'Arm | Intervention/treatment |\n---|---|\n|||||', '\u0000\u0001\uFFFF', '- [ Time Frame:', 'Inclusion Criteria:\n-\n-\n-', '😀 NCT01234567 𝔘', 'Recruitment Status :', 'a'.repeat(100_000)];
    for (const t of inputs) {
      assert.doesNotThrow(() => analyze(t));
      assertOffsetsExact(t);
      assertNoLineDropped(t);
    }
  });

  it('keeps the structure of a record whose last line is a table row (no line break after it)', () => {
    // The section is entered after its table is read; with no line left, this once made the
    // whole text fall back to unrecognised lines.
    const text = 'Arm | Intervention/treatment |\n---|---|\nExperimental: A | Drug: B |';
    const tree = parse(text);
    assert.deepEqual(tree.sections.map((s) => [s.id, s.blocks.map((b) => b.kind)]), [['arms', ['tableHeader', 'arm']]]);
    assert.equal(tree.sections[0]!.end, text.length);
    assert.deepEqual(analyze(text).record.arms.map((a) => a.label?.value), ['A']);
    assertOffsetsExact(text);
  });
});
