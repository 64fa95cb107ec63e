import { strict as assert } from 'node:assert';
import { ageValue, parseAgesLine, parseDate, parseMasking, parsePhases } from '../../server/src/model/values';
import { looksLikeRecord } from '../../server/src/detect';
import { seedText } from '../helpers';

const tok = (text: string, start = 0) => ({ start, end: start + text.length, text });

describe('value readers', () => {
  it('reads every date form of the seeds and the corpus, and ISO', () => {
    const cases: [string, string | undefined][] = [
      ['December 9, 2020', '2020-12-09'],
      ['May 2022', '2022-05'],
      ['May 2, 2023', '2023-05-02'],
      ['9 December 2020', '2020-12-09'],
      ['Dec 9, 2020', '2020-12-09'],
      ['Sept 2021', '2021-09'],
      ['2025-05-29', '2025-05-29'],
      ['2025-07', '2025-07'],
      ['2025', '2025'],
      ['February 30, 2021', undefined],
      ['2021-13', undefined],
      ['Smarch 3, 2021', undefined],
      ['soon', undefined],
      ['', undefined],
    ];
    for (const [raw, iso] of cases) assert.equal(parseDate(raw), iso, raw);
  });

  it('understands phase variants, keeping each phase at its place in the text', () => {
    const read = (s: string) => parsePhases(tok(s)).map((p) => p.code ?? `?${p.raw}`);
    assert.deepEqual(read('Phase 1 Phase 2'), ['PHASE1', 'PHASE2']);
    assert.deepEqual(read('Phase 1/Phase 2'), ['PHASE1', 'PHASE2']);
    assert.deepEqual(read('Phase 1/2'), ['PHASE1', 'PHASE2']);
    assert.deepEqual(read('PHASE1/PHASE2'), ['PHASE1', 'PHASE2']);
    assert.deepEqual(read('PHASE2, PHASE3'), ['PHASE2', 'PHASE3']);
    assert.deepEqual(read('Early Phase 1'), ['EARLY_PHASE1']);
    assert.deepEqual(read('Not Applicable'), ['NA']);
    assert.deepEqual(read('N/A'), ['NA']);
    assert.deepEqual(read('Phase 5'), ['?Phase 5']);
    assert.deepEqual(read('Phase 2 and a half'), ['PHASE2', '?and a half']);
    const [a, b] = parsePhases(tok('Phase 1/2', 10));
    assert.deepEqual([a!.range, b!.range], [{ start: 10, end: 17 }, { start: 18, end: 19 }]);
  });

  it('reads ages and the classic ages line', () => {
    assert.deepEqual(ageValue(tok('6 Months')), { raw: '6 Months', range: { start: 0, end: 8 }, number: 6, unit: 'Months', years: 0.5 });
    assert.equal(ageValue(tok('1 Year')).unit, 'Years');
    assert.equal(ageValue(tok('N/A (No limit)')).noLimit, true);
    assert.equal(ageValue(tok('eighteen')).number, undefined);
    const up = parseAgesLine(tok('up to 17 Years (Child)'));
    assert.equal(up.minimumAge?.noLimit, true);
    assert.equal(up.maximumAge?.years, 17);
    assert.deepEqual(up.groups.map((g) => g.text), ['Child']);
    const to = parseAgesLine(tok('18 Years to 70 Years (Adult, Older Adult)'));
    assert.deepEqual([to.minimumAge?.raw, to.maximumAge?.raw], ['18 Years', '70 Years']);
    assert.deepEqual(to.groups.map((g) => [g.text, g.start]), [['Adult', 22], ['Older Adult', 29]]);
  });

  it('splits masking into level and masked roles, including pre-2017 labels', () => {
    const m = parseMasking(tok('Double (Participant, Investigator)'));
    assert.equal(m.masking.code, 'DOUBLE');
    assert.deepEqual(m.whoMasked.map((w) => w.code), ['PARTICIPANT', 'INVESTIGATOR']);
    const old = parseMasking(tok('Double Blind (Subject, Caregiver)'));
    assert.equal(old.masking.code, 'DOUBLE');
    assert.deepEqual(old.whoMasked.map((w) => [w.code, w.writtenAs]), [['PARTICIPANT', 'alias'], ['CARE_PROVIDER', 'alias']]);
    assert.equal(parseMasking(tok('None (Open Label)')).whoMasked.length, 0);
  });

  it('detects records in plain text: an NCT identifier line and two labels or headings', () => {
    for (const s of ['000', '001', '002', '003', '004']) assert.ok(looksLikeRecord(seedText(s)), s);
    assert.equal(looksLikeRecord('ClinicalTrials.gov Identifier: NCT01234567\nhello'), false);
    assert.equal(looksLikeRecord('Study Type : | Interventional |\nAllocation: | Randomized |'), false);
    assert.equal(looksLikeRecord('NCT ID: NCT01234567\nRecruitment Status\n\nRECRUITING\nStudy Design'), true);
    assert.equal(looksLikeRecord('My notes mention NCT01234567 and Masking: but nothing else'), false);
  });

  it('detects a draft without an NCT line (a new registration has none) by four different elements', () => {
    // Issue 16, point 9: every seed with its NCT lines taken out is still a record.
    for (const s of ['000', '001', '002', '003', '004']) {
      const draft = seedText(s).split('\n').filter((l) => !/NCT\d{8}/.test(l)).join('\n');
      assert.ok(!/NCT\d{8}/.test(draft) && looksLikeRecord(draft), s);
    }
    assert.equal(looksLikeRecord('Aspirin After Knee Surgery\nBrief Summary:\nA study.\nStudy Type : | Interventional |\nAllocation: | Randomized |\nMasking: | None (Open Label) |'), true);
    // Three elements, or one element said four times, are a note, not a record.
    assert.equal(looksLikeRecord('Meeting notes\nSponsor: ACME\nPhase: 2\nMasking: double, to be decided'), false);
    assert.equal(looksLikeRecord('Sponsor: A\nSponsor: B\nSponsor: C\nSponsor: D'), false);
  });
});
