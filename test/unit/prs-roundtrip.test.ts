// Round trip through PRS upload XML over the corpus: record → text → PRS XML → import → text must
// give the same text. Every line that differs must be a documented exception with its reason.
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiProtocolSection } from '../../server/src/convert/api';
import { readStudies } from '../../server/src/convert/read';
import { prsCollection, prsStudy } from '../../server/src/convert/prsWrite';
import { writeRecord } from '../../server/src/convert/write';
import { writeXml } from '../../server/src/convert/xmlWrite';
import { TrialRecordService } from '../../server/src/service';
import { FIXTURES } from '../helpers';

const CORPUS = join(FIXTURES, 'corpus', 'ctgov');
const FILES = readdirSync(CORPUS).filter((f) => /\.(json|xml)$/.test(f)).sort();

interface Exception {
  readonly reason: string;
  /** Whether a line the round trip removed (`-`) or added (`+`) is explained. */
  readonly applies: (line: string, side: '-' | '+', source: ApiProtocolSection, file: string, viaJson: ReadonlySet<string>, exported: ApiProtocolSection) => boolean;
}

const label = (line: string) => line.replace(/\s*[:|].*$/, '');

// Each checked by hand against the source record and the schema.
const EXCEPTIONS: readonly Exception[] = [
  {
    reason: 'The NCT number and the posting dates are assigned by ClinicalTrials.gov; the upload schema has no element for them.',
    applies: (l, side) => side === '-' && ['ClinicalTrials.gov Identifier', 'First Submitted', 'First Posted', 'Last Update Posted', 'Results First Posted'].includes(label(l)),
  },
  {
    reason: 'Availability of Expanded Access lives in ind_info, which requires the IND/IDE grantor and number a study page does not show (the export says so in a note).',
    applies: (l, side) => side === '-' && label(l) === 'Availability of Expanded Access',
  },
  {
    reason: 'PRS names an investigator responsible party by PRS user name, which a study page does not show: the name is left out (with a note). A party in the form used before 2011, which the text shows as an investigator, goes the same way.',
    applies: (l, _side, _s, _f, _j, e) => !!e.sponsorCollaboratorsModule?.responsibleParty?.investigatorFullName && ['Responsible Party', 'Information provided by (Responsible Party)'].includes(label(l)),
  },
  {
    reason: 'A single-group interventional study with no allocation: PRS requires one, and a single group\'s is N/A, which the export writes (with a note).',
    applies: (l, side, _s, _f, _j, e) => side === '+' && l === 'Allocation: | N/A |' && !e.designModule?.designInfo?.allocation,
  },
  {
    reason: 'A phase on an expanded access record: PRS has a phase only in the interventional design.',
    applies: (l, _side, _s, _f, _j, e) => e.designModule?.studyType === 'EXPANDED_ACCESS' && /\| (Not Applicable|Phase \d|Early Phase 1)? ?\|$/.test(l),
  },
  {
    reason: '"Unknown status" is derived by ClinicalTrials.gov; PRS holds the last known status, which the export writes (and "Withheld" is not a PRS status).',
    applies: (l, _side, s) => ['UNKNOWN', 'WITHHELD'].includes(s.statusModule?.overallStatus ?? '') && /^Recruitment [Ss]tatus( was)?\b/.test(l),
  },
  {
    reason: 'PRS takes one contact and one backup (centrally and per site): further contacts are left out (with a note). The text writes a site\'s investigators as contacts too, so they count.',
    applies: (l, side, _s, _f, _j, e) => side === '-' && /^Contact:/.test(l) && ((e.contactsLocationsModule?.centralContacts?.length ?? 0) > 2 || (e.contactsLocationsModule?.locations ?? []).some((x) => (x.contacts ?? []).filter((c) => c.role === 'CONTACT' || !c.role).length > 2)),
  },
  {
    reason: 'A masking level with no masked roles ("Double"): PRS records masking as the roles masked (no_masking, masked_*), so there is nothing to write (with a note).',
    applies: (l, side, s) => side === '-' && label(l) === 'Masking' && (s.designModule?.designInfo?.maskingInfo?.whoMasked ?? []).length === 0,
  },
  {
    reason: 'The text → API v2 export already changes the line the same way, and the PRS path inherits it (the JSON round trip of the same text shows it; 19 of 300 records): two interventions of one type and name become one; a site address the text writes on one line is split into city, state and country otherwise than the source; an indented criteria heading loses its indentation; the legacy study type N/A; a responsible party written without a space after a comma.',
    applies: (l, side, _s, _f, viaJson) => viaJson.has(`${side}${l}`),
  },
];

/** The lines only one side has, each marked `-` (removed) or `+` (added), counted as multisets. */
function lineDiff(a: string, b: string): string[] {
  const count = new Map<string, number>();
  for (const l of a.split('\n')) count.set(l, (count.get(l) ?? 0) + 1);
  for (const l of b.split('\n')) count.set(l, (count.get(l) ?? 0) - 1);
  const out: string[] = [];
  for (const [l, n] of count) for (let k = 0; k < Math.abs(n); k++) if (l.trim() !== '') out.push(`${n > 0 ? '-' : '+'}${l}`);
  return out;
}

describe('round trip through PRS upload XML (record → text → PRS XML → import → text)', function () {
  this.timeout(180_000);

  it('gives the same text for all 300 corpus records, except the documented exceptions', () => {
    const service = new TrialRecordService();
    const unexplained: string[] = [];
    const used = new Map<Exception, number>();
    let same = 0;
    let jsonDiffers = 0;
    for (const file of FILES) {
      const [source] = readStudies(readFileSync(join(CORPUS, file), 'utf8'), file);
      const text = writeRecord(source!);
      const d = { uri: file, version: 0, getText: () => text };
      const api = service.exportStudy(d).study.protocolSection;
      const xml = writeXml(prsCollection([prsStudy(api, 'Example-Org').node])).xml;
      const back = service.importStudies(xml, `${file}.prs.xml`);
      assert.equal(back.length, 1);
      const diff = lineDiff(text, back[0]!.text);
      if (diff.length === 0) {
        same++;
        continue;
      }
      const viaJson = new Set(lineDiff(text, service.importStudies(JSON.stringify({ protocolSection: api }), file)[0]!.text));
      if (viaJson.size > 0) jsonDiffers++;
      for (const line of diff) {
        const side = line[0] as '-' | '+';
        const ex = EXCEPTIONS.find((e) => e.applies(line.slice(1), side, source!, file, viaJson, api));
        if (ex) used.set(ex, (used.get(ex) ?? 0) + 1);
        else unexplained.push(`${file} ${line.slice(0, 160)}`);
      }
    }
    console.log(`      ${same} of ${FILES.length} records give the same text; documented differences:\n${EXCEPTIONS.map((e) => `        ${String(used.get(e) ?? 0).padStart(5)} lines: ${e.reason.slice(0, 110)}`).join('\n')}`);
    // The JSON round trip (text → API v2 → text) changes 19 records, each looked at by hand (the last exception).
    assert.equal(jsonDiffers, 19);
    assert.deepEqual(unexplained.slice(0, 30), []);
    assert.deepEqual(EXCEPTIONS.filter((e) => !used.has(e)).map((e) => e.reason), [], 'every exception still occurs (remove the ones fixed)');
  });
});
