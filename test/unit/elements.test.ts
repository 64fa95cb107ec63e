// The element table (server/src/vocabulary/elements.ts) is the one home of each data element's
// facts; these tests fail when a table derived from it, or code that follows it, drifts: the
// parser's label lookup, the placement templates, completion and hover, the grammar, the API
// paths (against the registry's own JSON and the export) and the import's order.
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/analysis/analyze';
import { exportRecord } from '../../server/src/convert/export';
import { readStudies } from '../../server/src/convert/read';
import { writeRecord } from '../../server/src/convert/write';
import { matchHeading, matchLabel } from '../../server/src/parser/labels';
import { parse } from '../../server/src/parser/parse';
import { SLOTS } from '../../server/src/rules/support/placement';
import { element, FIELD_ELEMENTS, type FieldElement, fieldElement, homeOf, isEnumerated, labelOf, PART_ELEMENTS, rankOf, SECTIONS } from '../../server/src/vocabulary/elements';
import { FIELDS } from '../../server/src/vocabulary/fields';
import { normKey } from '../../server/src/vocabulary/lookup';
import { XMLParser } from 'fast-xml-parser';
import { FIXTURES, ROOT, valuesAt } from '../helpers';

const CORPUS = join(FIXTURES, 'corpus', 'ctgov');
const FILES = readdirSync(CORPUS).filter((f) => /\.(json|xml)$/.test(f)).sort();

/** A path under protocolSection, or under the study when it names another section. */
const studyPath = (api: string) => (/^(derivedSection|resultsSection|documentSection)\./.test(api) ? api : `protocolSection.${api}`);

/** A record holding only the template, under its section's heading. */
function templateRecord(e: FieldElement): string {
  const heading = SECTIONS.find((s) => s.id === homeOf(e))?.heading;
  return `A study of something\n\n${heading ? `${heading}\n` : ''}${e.template}\n`;
}

describe('the element table', () => {
  it('has one row per key, and no label that two rows share', () => {
    const keys = [...FIELD_ELEMENTS, ...PART_ELEMENTS].map((e) => e.key);
    assert.equal(new Set(keys).size, keys.length);
    const owner = new Map<string, string>();
    for (const e of FIELD_ELEMENTS) {
      for (const l of e.labels) {
        const k = normKey(l);
        assert.ok(!owner.has(k) || owner.get(k) === e.key, `"${l}" is a label of both ${owner.get(k)} and ${e.key}`);
        owner.set(k, e.key);
      }
    }
  });

  it('is what the parser recognises: every label of a row is read as that row', () => {
    for (const e of FIELD_ELEMENTS) {
      for (const l of e.labels) assert.equal(matchLabel(l)?.def.key, e.key, l);
      if (e.qualified) for (const l of e.labels) assert.equal(matchLabel(`Actual ${l}`)?.def.key, e.key, `Actual ${l}`);
      assert.ok(e.sections.includes(homeOf(e)), `${e.key}: its home is one of the sections it may stand in`);
    }
  });

  it('writes each template so that the parser reads it back as its element, in its home section', () => {
    const templated = FIELD_ELEMENTS.filter((e) => e.template);
    assert.deepEqual(SLOTS.map((s) => s.key), templated.map((e) => e.key), 'the fix templates are the rows with one, in table order');
    for (const e of templated) {
      assert.ok(e.template!.startsWith(labelOf(e)), `${e.key}: the template starts with the label the editor writes`);
      const tree = parse(templateRecord(e));
      const home = tree.sections.find((s) => s.blocks.some((b) => b.kind === 'field' && b.key === e.key));
      assert.equal(home?.id, homeOf(e), `${e.key}: ${JSON.stringify(e.template)} is read in ${homeOf(e)}`);
    }
  });

  it('is what completion and hover document: every documented row, in table order, with its limit', () => {
    const documented = FIELD_ELEMENTS.filter((e) => e.definition);
    assert.deepEqual(FIELDS.map((f) => f.key), documented.map((e) => e.key));
    for (const f of FIELDS) {
      const e = fieldElement(f.key);
      assert.equal(matchLabel(f.label)?.def.key, f.key, `${f.key}: the written label "${f.label}" is read as the element`);
      if (e.limit !== undefined) assert.ok(f.limit?.startsWith(e.limit.toLocaleString('en-US')), `${f.key}: ${f.limit}`);
    }
    // Spot checks by hand against docs/reference/ctgov-rules.md §1.
    assert.equal(FIELDS.find((f) => f.key === 'briefSummary')?.limit, '5,000 characters');
    assert.equal(FIELDS.find((f) => f.key === 'conditions')?.limit, '160 characters each');
    assert.equal(fieldElement('officialTitle').limit, 600);
    assert.equal(PART_ELEMENTS.find((p) => p.key === 'outcomeTimeFrame')?.limit, 255);
  });

  it('is what the grammar colours: every label as a field, every enumerated field with its values', () => {
    const g = JSON.parse(readFileSync(join(ROOT, 'syntaxes', 'trial-record.tmLanguage.json'), 'utf8')) as { repository: Record<string, { begin?: string; match?: string }> };
    const field = new RegExp(g.repository.field!.begin!);
    const enumField = new RegExp(g.repository['enum-field']!.match!);
    for (const e of FIELD_ELEMENTS) {
      for (const l of e.labels) assert.equal(field.exec(`${l}: x`)?.[2], l, `field label ${l}`);
      const value = e.vocabulary?.terms[0]?.label;
      if (value) assert.equal(enumField.test(`${labelOf(e)}: | ${value} |`), isEnumerated(e), `${e.key}: coloured as a value of ${e.vocabulary!.id}`);
    }
  });

  it('opens sections under headings the parser reads as those sections', () => {
    for (const s of SECTIONS) if (s.heading) assert.equal(matchHeading(s.heading)?.section, s.id, s.heading);
  });
});

describe('the element table against the registry', function () {
  this.timeout(120_000);
  const json = FILES.filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(join(CORPUS, f), 'utf8')) as unknown);
  const withApi = [...FIELD_ELEMENTS, ...PART_ELEMENTS].filter((e) => e.api);

  it('names API paths that the registry\'s own records use', () => {
    const unused = withApi.filter((e) => !json.some((s) => valuesAt(s, studyPath(e.api!)).length > 0)).map((e) => `${e.key}: ${e.api}`);
    assert.deepEqual(unused, [], 'no record of the 200 has a value at these paths');
  });

  it('names the paths where the export writes each element, for every corpus record', () => {
    const missing = new Map<string, number>();
    for (const file of FILES) {
      const [source] = readStudies(readFileSync(join(CORPUS, file), 'utf8'), file);
      const exported = exportRecord(analyze(writeRecord(source!))).study.protocolSection;
      for (const e of withApi) {
        if (/^derivedSection\./.test(e.api!)) continue; // set by ClinicalTrials.gov, outside what PRS takes
        const there = valuesAt(exported, e.api!).length > 0;
        const given = valuesAt(source, e.api!);
        // A value the vocabulary lacks (legacy study type "N/A") is left out, with a note.
        const coded = e.vocabulary ? given.filter((v) => typeof v !== 'string' || e.vocabulary!.terms.some((t) => t.code === v)) : given;
        if (there || coded.length === 0) continue;
        // Age groups are derived by ClinicalTrials.gov from the limits (ctgov-rules.md §1.9): with no
        // limit at all the text states "N/A (No limit)" for both, and writes no groups.
        const el = source!.eligibilityModule;
        if (e.key === 'stdAges' && !el?.minimumAge && !el?.maximumAge) continue;
        missing.set(`${e.key} (${e.api})`, (missing.get(`${e.key} (${e.api})`) ?? 0) + 1);
      }
    }
    assert.deepEqual([...missing].map(([k, n]) => `${k}: ${n} records`), [], 'the source has a value at the path and the export has none');
  });

  it('gives the order the import writes: within each section, its own fields in table order', () => {
    const disorders: string[] = [];
    for (const file of FILES) {
      const [source] = readStudies(readFileSync(join(CORPUS, file), 'utf8'), file);
      for (const s of parse(writeRecord(source!)).sections) {
        let last = -1;
        let lastKey = '';
        for (const b of s.blocks) {
          if (b.kind !== 'field' || homeOf(fieldElement(b.key)) !== s.id) continue;
          const rank = rankOf(b.key);
          if (rank < last) disorders.push(`${file}: ${b.key} after ${lastKey} in ${s.id}`);
          last = rank;
          lastKey = b.key;
        }
      }
    }
    assert.deepEqual(disorders.slice(0, 10), []);
  });
});

/** The PRS upload schema as child element names by complex type (sequence, all, and extended bases). */
function prsSchema(): { readonly children: (type: string) => ReadonlyMap<string, string> } {
  const xsd = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'xs:element' || name === 'xs:complexType' }).parse(
    readFileSync(join(FIXTURES, 'schemas', 'prs', 'ProtocolRecordSchema.xsd'), 'utf8'),
  ) as { 'xs:schema': { 'xs:complexType': Record<string, unknown>[] } };
  const types = new Map(xsd['xs:schema']['xs:complexType'].map((t) => [t['@name'] as string, t]));
  const children = (name: string): Map<string, string> => {
    const t = types.get(name.replace(/^prs:/, ''));
    const out = new Map<string, string>();
    if (!t) return out;
    const ext = (t['xs:complexContent'] as { 'xs:extension'?: { '@base': string } } | undefined)?.['xs:extension'];
    if (ext) for (const [k, v] of children(ext['@base'])) out.set(k, v);
    for (const group of ['xs:sequence', 'xs:all'] as const) {
      for (const e of ((t[group] as { 'xs:element'?: Record<string, string>[] } | undefined)?.['xs:element'] ?? [])) if (e['@name']) out.set(e['@name'], e['@type'] ?? '');
    }
    return out;
  };
  return { children };
}

describe('the element table against the PRS upload schema', () => {
  it('names PRS tag paths that ProtocolRecordSchema.xsd has, under <clinical_study>', () => {
    const { children } = prsSchema();
    assert.ok(children('ClinicalStudy').has('id_info') && children('TopLevelTextBlock').has('textblock'), 'the schema reader finds elements');
    const missing: string[] = [];
    for (const e of [...FIELD_ELEMENTS, ...PART_ELEMENTS]) {
      if (!e.prs) continue;
      let type = 'ClinicalStudy';
      for (const tag of e.prs.split('/')) {
        const next = children(type).get(tag);
        if (next === undefined) {
          missing.push(`${e.key}: ${e.prs} (no <${tag}> in ${type})`);
          break;
        }
        type = next;
      }
    }
    assert.deepEqual(missing, []);
  });

  it('has a PRS tag for every element PRS takes: all with an API path but those ClinicalTrials.gov sets', () => {
    const setByRegistry = new Set(['nctId', 'lastKnownStatus', 'firstSubmitted', 'firstPosted', 'resultsFirstPosted', 'lastUpdatePosted', 'meshTerms', 'stdAges']);
    const untagged = [...FIELD_ELEMENTS, ...PART_ELEMENTS].filter((e) => e.api && !e.prs && !setByRegistry.has(e.key)).map((e) => e.key);
    assert.deepEqual(untagged, []);
    for (const k of setByRegistry) assert.equal(element(k as Parameters<typeof element>[0]).prs, undefined, k);
  });
});
