import type { OutcomeGroup } from './syntax';
import { type FieldElement, FIELD_ELEMENTS, type FieldKey, fieldElement, type SectionId } from '../vocabulary/elements';
import { normKey } from '../vocabulary/lookup';
import { isSpace, stripTrailingPipe } from '../text/lines';

// Page labels come from the element table (vocabulary/elements.ts); headings and page furniture
// are the parser's own.

/** A field as the parser sees it: its labels, the sections it may stand in, its value's shape. */
export type LabelDef = FieldElement;

export const LABELS: readonly LabelDef[] = FIELD_ELEMENTS;

const byLabel = new Map<string, LabelDef>();
for (const def of LABELS) for (const l of def.labels) byLabel.set(normKey(l), def);

/**
 * The first word of `s` as normKey() would write it. Most lines are prose; a set of the first
 * words of every label and heading rules them out before the costlier normalisation.
 */
export function firstWord(s: string): string {
  let a = 0;
  while (a < s.length && isSpace(s.charCodeAt(a))) a++;
  let b = a;
  while (b < s.length && !isSpace(s.charCodeAt(b))) b++;
  // No label, heading or page sentence opens with a word this long; prose words need no copy.
  if (b - a > 24) return '';
  const w = s.slice(a, b);
  return (w.includes('\\') ? w.replace(/\\(.)/g, '$1') : w).toLowerCase();
}

const QUALIFIER_WORDS = ['actual', 'estimated', 'anticipated', 'expected'];
const LABEL_FIRST_WORDS = new Set([...LABELS.flatMap((d) => d.labels.map(firstWord)), ...QUALIFIER_WORDS]);

export const labelDefFor = (key: FieldKey): LabelDef => fieldElement(key);

/** `Actual Study Start Date`, `Study Start (Actual)`, `Estimated Enrollment` … */
const QUALIFIER_PREFIX = /^(Actual|Estimated|Anticipated|Expected)\s+/i;
const QUALIFIER_SUFFIX = /\s*\((Actual|Estimated|Anticipated|Expected)\)$/i;

export interface LabelMatch {
  readonly def: LabelDef;
  /** Offset range of the qualifier word inside the label text, if any. */
  readonly qualifier?: { readonly start: number; readonly end: number };
}

/** Recognises a label (without its colon). Keywords labels end with the sponsor's name. */
export function matchLabel(label: string, first = firstWord(label)): LabelMatch | undefined {
  if (!LABEL_FIRST_WORDS.has(first)) return undefined;
  const key = normKey(label);
  const direct = byLabel.get(key);
  if (direct) return { def: direct };
  const pre = QUALIFIER_PREFIX.exec(label);
  if (pre) {
    const def = byLabel.get(normKey(label.slice(pre[0].length)));
    if (def?.qualified) return { def, qualifier: { start: 0, end: pre[1]!.length } };
  }
  const suf = QUALIFIER_SUFFIX.exec(label);
  if (suf) {
    const def = byLabel.get(normKey(label.slice(0, suf.index)));
    const at = suf.index + suf[0].indexOf(suf[1]!);
    if (def?.qualified) return { def, qualifier: { start: at, end: at + suf[1]!.length } };
  }
  if (/^keywords provided by\b/i.test(label)) return { def: byLabel.get('keywords')! };
  return undefined;
}

export interface HeadingDef {
  readonly text: string;
  readonly section: SectionId;
  readonly role: 'section' | 'subsection' | 'outcomeGroup';
  readonly outcomeGroup?: OutcomeGroup;
}

// Section titles of the classic page (§4.1) and of the newer layout (§4.2 and seed 003).
export const HEADINGS: readonly HeadingDef[] = [
  { text: 'Study Description', section: 'description', role: 'section' },
  { text: 'Study Overview', section: 'description', role: 'section' },
  { text: 'Study Design', section: 'design', role: 'section' },
  { text: 'Design Details', section: 'design', role: 'subsection' },
  { text: 'Arms and Interventions', section: 'arms', role: 'section' },
  { text: 'Study Groups', section: 'arms', role: 'section' },
  { text: 'Interventions', section: 'interventions', role: 'section' },
  { text: 'Outcome Measures', section: 'outcomes', role: 'section' },
  { text: 'What is the study measuring?', section: 'outcomes', role: 'section' },
  { text: 'Primary Outcome Measures', section: 'outcomes', role: 'outcomeGroup', outcomeGroup: 'primary' },
  { text: 'Primary Outcome Measure', section: 'outcomes', role: 'outcomeGroup', outcomeGroup: 'primary' },
  { text: 'Secondary Outcome Measures', section: 'outcomes', role: 'outcomeGroup', outcomeGroup: 'secondary' },
  { text: 'Secondary Outcome Measure', section: 'outcomes', role: 'outcomeGroup', outcomeGroup: 'secondary' },
  { text: 'Other Outcome Measures', section: 'outcomes', role: 'outcomeGroup', outcomeGroup: 'other' },
  { text: 'Other Pre-specified Outcome Measures', section: 'outcomes', role: 'outcomeGroup', outcomeGroup: 'other' },
  { text: 'Eligibility Criteria', section: 'eligibility', role: 'section' },
  { text: 'Eligibility', section: 'eligibility', role: 'section' },
  { text: 'Participation Criteria', section: 'eligibility', role: 'section' },
  { text: 'Contacts and Locations', section: 'contacts', role: 'section' },
  { text: 'Contacts', section: 'contacts', role: 'subsection' },
  { text: 'Locations', section: 'contacts', role: 'subsection' },
  { text: 'Countries', section: 'contacts', role: 'subsection' },
  { text: 'Central Contacts', section: 'contacts', role: 'subsection' },
  { text: 'Facility Contacts', section: 'contacts', role: 'subsection' },
  { text: 'Investigators', section: 'contacts', role: 'subsection' },
  { text: 'Sponsors and Collaborators', section: 'sponsors', role: 'section' },
  { text: 'Collaborators and Investigators', section: 'sponsors', role: 'section' },
  { text: 'Sponsors', section: 'sponsors', role: 'section' },
  { text: 'Responsible Party', section: 'sponsors', role: 'subsection' },
  { text: 'More Information', section: 'moreInfo', role: 'section' },
  { text: 'Other Identifiers', section: 'moreInfo', role: 'subsection' },
  { text: 'Study Record Dates', section: 'moreInfo', role: 'section' },
  { text: 'Basic Information', section: 'basicInfo', role: 'section' },
  { text: 'Study Results', section: 'results', role: 'section' },
  { text: 'More Related Trials', section: 'related', role: 'section' },
];

const headingByText = new Map(HEADINGS.map((h) => [normKey(h.text), h]));
const HEADING_FIRST_WORDS = new Set(HEADINGS.map((h) => firstWord(h.text)));

/** A heading is a whole line, optionally closed by a colon (`Primary Outcome Measures :`). */
export function matchHeading(line: string, first = firstWord(line)): HeadingDef | undefined {
  if (line.length > 80) return undefined; // the longest heading has 36 characters
  if (!HEADING_FIRST_WORDS.has(first)) return undefined;
  const t = stripTrailingPipe(line).replace(/\s*:\s*$/, '');
  return headingByText.get(normKey(t));
}

// Page furniture, compared after normKey(). Sentences that vary (the disclaimer has two
// forms) are matched by their opening words instead.
const BOILERPLATE_EXACT = new Set(
  [
    '![]()',
    '|',
    'Study Details',
    'Tabular View',
    'No Results Posted',
    'Results Submitted',
    'Study Results',
    'Disclaimer',
    'How to Read a Study Record',
    'Results pending',
    'Key Record Dates',
    'Layout table for study information',
    'Layout table for eligibility information',
    'Layout table for location information',
    'Layout table for location contacts',
    'Layout table for investigator information',
    'Layout table for additonal information',
    'Layout table for additional information',
    'Layout table for MeSH terms',
    'Go to',
  ].map(normKey),
);

const BOILERPLATE_PREFIXES = [
  'The safety and scientific validity of this study is the responsibility of the study sponsor',
  'Choosing to participate in a study is an important personal decision',
  'The above information is not intended to contain all considerations relevant to',
  'To learn more about this study, you or your doctor may contact the study research staff',
  'Please refer to this study by its ClinicalTrials.gov identifier',
  'The study team has not published outcome measurements',
  // Helper sentences the newer layout prints under each heading (seed 003, ctgov-rules.md §4.2).
  'Get a concise snapshot of the trial',
  'Review the sponsor-provided synopsis',
  'Dive into the extended narrative',
  'See the medical conditions and disease areas',
  'Understand how the trial is structured',
  'Review each arm or cohort in the study',
  'Learn about the drugs, procedures, or behavioral strategies',
  'Check the participation requirements',
  'Meet the organizations funding or collaborating',
  'Identify the individual or organization who holds primary responsibility',
  'Explore where the study is taking place',
  'Review the countries where the study has at least one',
  'Reach out to these primary contacts',
  'Find local site contact details',
  'Review additional registry numbers or institutional identifiers',
  'Additional clinical trials that may be relevant',
  'This section provides the contact details for those conducting the study',
  'Researchers look for people who fit a certain description',
  'This section provides details of the study plan',
  'This is where you will find people and organizations involved with this study',
  'The person responsible for entering information about the study voluntarily provides',
  'These dates track the progress of study record and summary results submissions',
].map(normKey);

// `-` for the bulleted form of the exact lines.
const BOILERPLATE_FIRST_WORDS = new Set([...BOILERPLATE_PREFIXES, ...BOILERPLATE_EXACT, '-'].map(firstWord));

export function isBoilerplate(line: string, first = firstWord(line)): boolean {
  const t = line.trim();
  if (t === '|') return true; // the empty cell that closes the classic header
  if (!BOILERPLATE_FIRST_WORDS.has(first)) return false;
  // Every boilerplate sentence is recognised by its first 100 characters.
  const k = normKey(stripTrailingPipe(line.length > 200 ? line.slice(0, 200) : line));
  if (k === '') return false;
  if (BOILERPLATE_EXACT.has(k)) return true;
  if (t.length < 80 && /^-\s+/.test(t) && BOILERPLATE_EXACT.has(normKey(stripTrailingPipe(t.replace(/^-\s+/, ''))))) return true;
  return BOILERPLATE_PREFIXES.some((p) => k.startsWith(p));
}
