// The title has one place in the canonical form (issue 30, point 3): import and Format Document
// write it once, and read back the same brief title and acronym.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/analysis/analyze';
import type { ApiStudy } from '../../server/src/convert/api';
import { TrialRecordService } from '../../server/src/service';
import { FIXTURES } from '../helpers';

const service = new TrialRecordService();
const DIR = join(FIXTURES, 'corpus', 'ctgov');
const count = (text: string, s: string) => text.split(s).length - 1;

function imported(study: ApiStudy): string {
  return service.importStudies(JSON.stringify(study), 'x.json')[0]!.text;
}

describe('the title has one place', () => {
  it('every corpus JSON study: the brief title written once, read back with its acronym', () => {
    let ambiguous = 0;
    for (const f of readdirSync(DIR).filter((x) => x.endsWith('.json'))) {
      const study = JSON.parse(readFileSync(join(DIR, f), 'utf8')) as ApiStudy;
      const id = study.protocolSection.identificationModule;
      const brief = (id?.briefTitle ?? '').replace(/\s+/g, ' ').trim();
      if (brief === '') continue;
      const text = imported(study);
      // The lines that state the brief title: the page title (with its acronym) or the title row.
      const acr = id?.acronym?.trim();
      const forms = new Set([brief, `${brief} (${acr})`]);
      const lines = text.split('\n').filter((l) => forms.has(l) || l.startsWith('Brief Title:'));
      assert.equal(lines.length, 1, `${f}: ${lines.join(' / ')}`);
      if (text.includes('\nAcronym: |') || text.startsWith('Brief Title:')) ambiguous++;
      const r = analyze(text).record;
      assert.equal(r.identification.briefTitle?.value.replace(/\s+/g, ' ').trim(), brief.replace(/\|/g, '/'), f);
      assert.equal(r.identification.acronym?.value.trim(), id?.acronym?.trim() || undefined, `${f} acronym`);
    }
    assert.ok(ambiguous > 20, `${ambiguous} records need the acronym or title row`);
  });

  it('a title ending in brackets with no acronym is its row alone, with no page-title line to misread', () => {
    const study = JSON.parse(readFileSync(join(DIR, 'NCT04870190.json'), 'utf8')) as ApiStudy;
    const id = study.protocolSection.identificationModule!;
    const edited = { ...study, protocolSection: { ...study.protocolSection, identificationModule: { ...id, briefTitle: 'A Study of Examplumab (Part 2)', acronym: undefined } } } as ApiStudy;
    const text = imported(edited);
    assert.ok(text.startsWith('Brief Title: | A Study of Examplumab (Part 2) |\n'), text.slice(0, 120));
    assert.equal(count(text, 'A Study of Examplumab (Part 2)'), 1);
    const r = analyze(text).record;
    assert.equal(r.identification.briefTitle?.value, 'A Study of Examplumab (Part 2)');
    assert.equal(r.identification.acronym, undefined);
  });

  it('with an acronym, the page title and an Acronym row (NCT04870190, ATTACK)', () => {
    const text = imported(JSON.parse(readFileSync(join(DIR, 'NCT04870190.json'), 'utf8')) as ApiStudy);
    const [first, second] = text.split('\n');
    assert.equal(first, 'Almonertinib Versus Osimertinib in the Patients With EGFR Mutations in Advanced NSCLC With Brain Metastases (ATTACK)');
    assert.notEqual(second!.startsWith('Brief Title:'), true);
    assert.equal(count(text, 'Almonertinib Versus Osimertinib in the Patients'), 1);
  });
});
