// The precision oracle (issue 13): every corpus record written as a real study page in both
// layouts, its error findings judged against the record's own JSON. An error is proven false
// when
//  - it names an element "missing" that the JSON has and the layout prints, or
//  - the same record in the canonical form (convert/write.ts, which the round trip proves the
//    parser reads exactly) does not get it: the page's shape alone produced it, while the
//    page says what the canonical text says.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../server/src/analysis/analyze';
import type { ApiProtocolSection } from '../server/src/convert/api';
import { readStudies } from '../server/src/convert/read';
import { writeRecord } from '../server/src/convert/write';
import { findings, type RawFinding } from '../server/src/rules/engine/run';
import { readSettings } from '../server/src/settings';
import { classicPage } from './pages/classic';
import { type Page, type PageOptions, variant } from './pages/common';
import { modernPage } from './pages/modern';
import { FIXTURES } from './helpers';

export const CORPUS = join(FIXTURES, 'corpus', 'ctgov');
/** The date the findings are computed for: fixed, so that the verdicts do not age. */
export const TODAY = '2026-12-02';

export interface Study {
  readonly file: string;
  readonly source: ApiProtocolSection;
}

export function corpus(): Study[] {
  return readdirSync(CORPUS)
    .filter((f) => /\.(json|xml)$/.test(f))
    .sort()
    .map((file) => ({ file, source: readStudies(readFileSync(join(CORPUS, file), 'utf8'), file)[0]! }));
}

const { settings } = readSettings({ today: TODAY });

export interface Judged {
  readonly rule: string;
  readonly message: string;
  readonly line: number;
  /** Why the oracle proves it false; absent when the JSON cannot. */
  readonly falseBecause?: string;
}

export function errorsOf(text: string): { findings: RawFinding[]; line: (offset: number) => number } {
  const a = analyze(text);
  const all = findings(a, settings, (rule, e) => {
    throw new Error(`rule ${rule} failed: ${String(e)}`);
  });
  return { findings: all.filter((f) => f.severity === 'error'), line: (o) => a.index.position(o).line + 1 };
}

// What the JSON holds of each element a presence rule names (by the element's name in its message).
const HAS: Record<string, (p: ApiProtocolSection) => boolean> = {
  'Brief Title': (p) => !!p.identificationModule?.briefTitle,
  'Official Title': (p) => !!p.identificationModule?.officialTitle,
  'Brief Summary': (p) => !!p.descriptionModule?.briefSummary,
  Conditions: (p) => (p.conditionsModule?.conditions ?? []).length > 0,
  'Study Type': (p) => !!p.designModule?.studyType,
  'Overall Recruitment Status': (p) => !!p.statusModule?.overallStatus,
  'Why Study Stopped': (p) => !!p.statusModule?.whyStopped,
  'Study Start Date': (p) => !!p.statusModule?.startDateStruct?.date,
  'Primary Completion Date': (p) => !!p.statusModule?.primaryCompletionDateStruct?.date,
  'Study Completion Date': (p) => !!p.statusModule?.completionDateStruct?.date,
  Enrollment: (p) => p.designModule?.enrollmentInfo?.count !== undefined,
  'Sponsor': (p) => !!p.sponsorCollaboratorsModule?.leadSponsor?.name,
  'Responsible Party': (p) => !!p.sponsorCollaboratorsModule?.responsibleParty,
  'Unique Protocol Identification Number': (p) => !!p.identificationModule?.orgStudyIdInfo?.id,
  'Primary Outcome Measure': (p) => (p.outcomesModule?.primaryOutcomes ?? []).length > 0,
  'Eligibility Criteria': (p) => !!p.eligibilityModule?.eligibilityCriteria,
  'Minimum Age': (p) => !!p.eligibilityModule?.minimumAge,
  'Maximum Age': (p) => !!p.eligibilityModule?.maximumAge,
  'Studies a U.S. FDA-regulated Drug Product': (p) => p.oversightModule?.isFdaRegulatedDrug !== undefined,
  'Studies a U.S. FDA-regulated Device Product': (p) => p.oversightModule?.isFdaRegulatedDevice !== undefined,
  'Sex (Sexes Eligible for Study)': (p) => !!p.eligibilityModule?.sex,
  'Accepts Healthy Volunteers': (p) => p.eligibilityModule?.healthyVolunteers !== undefined,
  'Record Verification Date (Last Verified)': (p) => !!p.statusModule?.statusVerifiedDate,
  'Observational Model': (p) => !!p.designModule?.designInfo?.observationalModel,
  'Time Perspective': (p) => !!p.designModule?.designInfo?.timePerspective,
  'Biospecimen Retention': (p) => !!p.designModule?.bioSpec?.retention,
  'Study Population': (p) => !!p.eligibilityModule?.studyPopulation,
  'Sampling Method': (p) => !!p.eligibilityModule?.samplingMethod,
  Allocation: (p) => !!p.designModule?.designInfo?.allocation,
  'Intervention Model': (p) => !!p.designModule?.designInfo?.interventionModel,
  'Primary Purpose': (p) => !!p.designModule?.designInfo?.primaryPurpose,
  Masking: (p) => !!p.designModule?.designInfo?.maskingInfo?.masking,
  Phase: (p) => (p.designModule?.phases ?? []).length > 0,
};

/** Whether a page of this layout and variation prints the element (the writers decide it). */
function prints(page: Page, element: string): boolean {
  // The classic page names the sponsor in its header and its Sponsors and Collaborators part,
  // both lost with the headings in the seeds' kind of copy.
  if (element === 'Sponsor') return page.layout === 'modern' || page.options.headings;
  return true;
}

/** The page does not print the element: the finding is true of the text, whatever the JSON says. */
const NOT_PRINTED = 'not printed';

function jsonVerdict(f: RawFinding, p: ApiProtocolSection, page: Page): string | undefined {
  if (f.rule.id === 'missing-primary-outcome') {
    // Measures without time frames, under no heading, are a list like any other.
    const untimed = (p.outcomesModule?.primaryOutcomes ?? []).every((o) => !o.timeFrame);
    if (untimed && !page.options.headings && !page.options.outcomeHeadings && page.layout === 'classic') return NOT_PRINTED;
    if (HAS['Primary Outcome Measure']!(p)) return 'the JSON has primary outcome measures';
  }
  if (f.rule.id === 'missing-eligibility-criteria' && HAS['Eligibility Criteria']!(p)) return 'the JSON has eligibility criteria';
  if (f.rule.id === 'missing-arms-interventions' && f.message.startsWith('No arm') && (p.armsInterventionsModule?.armGroups ?? []).length > 0) return 'the JSON has arms';
  if (f.rule.id === 'missing-arms-interventions' && f.message.startsWith('No intervention') && (p.armsInterventionsModule?.interventions ?? []).length > 0) return 'the JSON has interventions';
  if (f.rule.id === 'missing-central-contact') {
    // The page variation may leave contacts or locations out: then nothing is proven.
    // So may it the site statuses: then which sites recruit, and so need a contact, is not printed.
    if (!page.options.contacts || !page.options.locations || !page.options.siteStatus) return NOT_PRINTED;
    if ((p.contactsLocationsModule?.centralContacts ?? []).length > 0) return 'the JSON has a central contact';
  }
  if (f.rule.id === 'missing-lead-sponsor' && !prints(page, 'Sponsor')) return NOT_PRINTED;
  const missing = /^(.+?) (?:is|are) missing\b/.exec(f.message);
  if (missing) {
    const element = missing[1]!;
    const has = HAS[element];
    if (has?.(p) && prints(page, element)) return `the JSON has ${element}`;
  }
  return undefined;
}

/** Judges the errors of one page against the JSON and the canonical text's errors. */
export function judge(page: Page, source: ApiProtocolSection, canonical: readonly RawFinding[]): Judged[] {
  const { findings: errs, line } = errorsOf(page.text);
  const left = new Map<string, number>();
  const perRule = new Map<string, number>();
  for (const f of canonical) {
    left.set(`${f.rule.id}\u0000${f.message}`, (left.get(`${f.rule.id}\u0000${f.message}`) ?? 0) + 1);
    perRule.set(f.rule.id, (perRule.get(f.rule.id) ?? 0) + 1);
  }
  const out: Judged[] = [];
  for (const f of errs) {
    const base = { rule: f.rule.id, message: f.message, line: line(f.range.start) };
    const byJson = jsonVerdict(f, source, page);
    if (byJson === NOT_PRINTED) {
      out.push(base);
      continue;
    }
    if (byJson) {
      out.push({ ...base, falseBecause: byJson });
      continue;
    }
    const key = `${f.rule.id}\u0000${f.message}`;
    const n = left.get(key) ?? 0;
    if (n > 0) {
      left.set(key, n - 1);
      perRule.set(f.rule.id, (perRule.get(f.rule.id) ?? 0) - 1);
      out.push(base);
      continue;
    }
    out.push({ ...base, falseBecause: 'the canonical text of the same record has no such error' });
  }
  // A message may differ only in how the page quotes a value: an unmatched error of a rule the
  // canonical text also reports (as often) is not counted false.
  for (const j of out) {
    if (j.falseBecause?.startsWith('the canonical') && (perRule.get(j.rule) ?? 0) > 0) {
      perRule.set(j.rule, perRule.get(j.rule)! - 1);
      (j as { falseBecause?: string }).falseBecause = undefined;
    }
  }
  return out;
}

export type Layout = 'classic' | 'modern';

export function page(layout: Layout, source: ApiProtocolSection, options: PageOptions): Page {
  return layout === 'classic' ? classicPage(source, options) : modernPage(source, options);
}

export interface Report {
  readonly records: number;
  /** rule → [errors, proven false] per layout. */
  readonly rules: Map<string, Record<Layout, { errors: number; false: number }>>;
  readonly falseFindings: { file: string; layout: Layout; judged: Judged }[];
}

/** Runs the oracle over the corpus: each record in both layouts, with its own variation of the page. */
export function measure(studies: readonly Study[], options?: (s: Study) => PageOptions): Report {
  const rules = new Map<string, Record<Layout, { errors: number; false: number }>>();
  const falseFindings: Report['falseFindings'] = [];
  for (const s of studies) {
    const canonical = errorsOf(writeRecord(s.source)).findings;
    const opts = options ? options(s) : variant(s.source.identificationModule?.nctId ?? s.file);
    for (const layout of ['classic', 'modern'] as const) {
      for (const j of judge(page(layout, s.source, opts), s.source, canonical)) {
        const r = rules.get(j.rule) ?? { classic: { errors: 0, false: 0 }, modern: { errors: 0, false: 0 } };
        r[layout].errors++;
        if (j.falseBecause) {
          r[layout].false++;
          falseFindings.push({ file: s.file, layout, judged: j });
        }
        rules.set(j.rule, r);
      }
    }
  }
  return { records: studies.length, rules, falseFindings };
}
