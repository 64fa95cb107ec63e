// What users read as a source. The vocabulary and the rule pages cite the project's reference
// files by key (S1–S23 in ctgov-rules.md, R1–R101 in standards-and-terms.md); users are shown the
// public document behind each key instead, named and linked. Keys for third-party copies of an
// official text (a schema copy, a clone of the study page) name the official text.

export interface Citation {
  readonly name: string;
  readonly url?: string;
}

const DEFINITIONS: Citation = { name: 'ClinicalTrials.gov Protocol Registration Data Element Definitions', url: 'https://clinicaltrials.gov/policy/protocol-definitions' };
const API: Citation = { name: 'ClinicalTrials.gov API v2', url: 'https://clinicaltrials.gov/data-api/api' };
const PAGE: Citation = { name: 'the ClinicalTrials.gov study page', url: 'https://clinicaltrials.gov/' };

export const CITATIONS: Readonly<Record<string, Citation>> = {
  S1: API,
  S2: { name: 'PRS upload schema (ProtocolRecordSchema.xsd)', url: 'https://cdn.clinicaltrials.gov/documents/xsd/prs/ProtocolRecordSchema.xsd' },
  S3: { name: 'ClinicalTrials.gov public XML schema' },
  S4: DEFINITIONS,
  S5: DEFINITIONS,
  S6: DEFINITIONS,
  S7: DEFINITIONS,
  S8: { name: 'ClinicalTrials.gov study data structure', url: 'https://clinicaltrials.gov/data-api/about-api/study-data-structure' },
  S9: API,
  S10: API,
  S11: { name: 'ClinicalTrials.gov glossary', url: 'https://clinicaltrials.gov/study-basics/glossary' },
  S12: { name: 'PRS Review Criteria: Major Comments', url: 'https://prsinfo.clinicaltrials.gov/MajorComments.html' },
  S13: { name: 'PRS review comments as quoted by the University of Colorado ClinicalTrials.gov support', url: 'https://research.cuanschutz.edu/crs/clinical-research-support/clinical-research-administration/clinicaltrials.gov-support/tips-of-the-week-archive/' },
  S14: { name: 'ClinicalTrials.gov PRS release notes (2018)' },
  S15: { name: 'University of Washington: how to update a clinical trial record', url: 'https://washington.edu/research/hsd/clinical-trials/how-to-update-a-clinical-trial-record' },
  S16: { name: 'NCI CTRP rules for study status and dates', url: 'https://wiki.nci.nih.gov/display/CTRPdoc/CTRP+System+Rules+for+Study+Status+and+Dates' },
  S17: PAGE,
  S18: PAGE,
  S19: PAGE,
  S20: { name: 'WHO Universal Trial Number and EudraCT number formats', url: 'https://www.who.int/clinical-trials-registry-platform/unambiguous-trial-identification/the-universal-trial-number-(utn)' },
  S21: { name: '42 CFR 11.64 (updating registration information)', url: 'https://www.ecfr.gov/current/title-42/chapter-I/subchapter-A/part-11/subpart-C/section-11.64' },
  S22: { name: 'ClinicalTrials.gov PRS guide' },
  S23: { name: "ClinicalTrials.gov PRS User's Guide", url: 'https://prsinfo.clinicaltrials.gov/prs-users-guide.html' },
  R45: { name: 'ICH M11 protocol sections (HL7 FHIR Clinical Study Protocol IG)', url: 'https://build.fhir.org/ig/HL7/vulcan-udp-ig/' },
  R73: { name: 'CDISC SDTM Controlled Terminology (NCI EVS)', url: 'https://evs.nci.nih.gov/ftp1/CDISC/SDTM/' },
  R74: { name: 'FDA guidance: Clinical Trial Endpoints for the Approval of Cancer Drugs and Biologics (2018)' },
  R75: { name: 'FDA guidance: Clinical Trial Endpoints for the Approval of Cancer Drugs and Biologics (2018)' },
  R76: { name: 'RECIST and WHO response criteria compared', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2755245/' },
  R77: { name: 'RECIST 1.1, irRC and iRECIST compared', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6006274/' },
  R78: { name: 'Cheson et al., the Lugano classification, J Clin Oncol 2014;32:3059' },
  R79: { name: 'Kumar et al., IMWG response and MRD criteria, Lancet Oncol 2016' },
  R80: { name: 'Wen et al., RANO, J Clin Oncol 2017', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5516482/' },
  R81: { name: 'Hallek et al., iwCLL guidelines, Blood 2018;131:2745', url: 'https://ashpublications.org/blood/article/131/25/2745/37141/iwCLL-guidelines-for-diagnosis-indications-for' },
  R82: { name: 'Lencioni and Llovet, mRECIST for hepatocellular carcinoma, Semin Liver Dis 2010' },
  R83: { name: 'NCI CTEP: Common Terminology Criteria for Adverse Events', url: 'https://ctep.cancer.gov/protocoldevelopment/electronic_applications/ctc.htm' },
  R84: { name: 'NCI CTEP: CTCAE v6.0 (2025)', url: 'https://ctep.cancer.gov/protocoldevelopment/electronic_applications/ctc.htm' },
  R85: { name: 'ECOG performance status (Oken et al., 1982)' },
  R86: { name: 'Karnofsky performance status' },
  R87: { name: 'New York Heart Association functional classification' },
  R88: { name: 'Phase I trial terms (DLT, MTD), J Natl Cancer Inst 2009', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2684552/' },
  R89: { name: 'The recommended phase 2 dose in 320 phase 1 trials, Invest New Drugs 2012', url: 'https://pubmed.ncbi.nlm.nih.gov/21049280/' },
  R90: { name: 'Sznol, disease control and clinical benefit rates in early trials, 2010', url: 'https://pubmed.ncbi.nlm.nih.gov/21268434/' },
  R91: { name: 'EMA definition of PFS2 (2012)' },
  R92: { name: 'Definitions of time to response, time to next treatment and duration of response' },
  R93: { name: 'ICH E2A: definitions of adverse events' },
  R94: { name: 'ICH E9 glossary', url: 'https://database.ich.org/sites/default/files/E9_Guideline.pdf' },
  R95: { name: 'FDA guidance on immunogenicity (anti-drug antibody) testing' },
  R96: { name: 'FDA guidance on patient-reported outcome measures' },
  R97: { name: 'ASCO and Friends of Cancer Research eligibility recommendations, J Clin Oncol 2017', url: 'https://pubmed.ncbi.nlm.nih.gov/28968170/' },
};

/** The keys a source string cites, in order, each once (`ctgov-rules.md §1.6 (S2, S6)` → S2, S6). */
export function citedKeys(source: string): string[] {
  return [...new Set([...source.matchAll(/\b[SR]\d+\b/g)].map((m) => m[0]))];
}

/** The public documents a source cites, each once, in order. */
function citations(source: string): Citation[] {
  const out: Citation[] = [];
  for (const key of citedKeys(source)) {
    const c = CITATIONS[key];
    if (c && !out.includes(c)) out.push(c);
  }
  if (/data element definitions/i.test(source) && !out.includes(DEFINITIONS)) out.push(DEFINITIONS);
  return out;
}

/** A code list such as "CDISC ROUTE C66729", which users can look up by its code. */
const codeList = (source: string) => /\b(CDISC [A-Z]+ C\d+)\b/.exec(source)?.[1];

/**
 * A source as users read it: the public documents behind its keys, as Markdown links. A source
 * without keys (a setting's name) is kept as written, less any reference-file section.
 */
export function citationMarkdown(source: string): string {
  const parts = citations(source).map((c) => (c.url ? `[${c.name}](${c.url})` : c.name));
  const code = codeList(source);
  if (code) parts.unshift(code);
  return parts.length > 0 ? parts.join('; ') : withoutSection(source);
}

/** The same in plain text, for a completion item's detail line. */
export function citationText(source: string): string {
  const parts = citations(source).map((c) => c.name);
  const code = codeList(source);
  if (code) parts.unshift(code);
  return parts.length > 0 ? parts.join('; ') : withoutSection(source);
}

const withoutSection = (source: string) => source.replace(/^[\w-]+\.md §[\d.]+\s*/, '');
