// Standard endpoint, response-criteria and safety terms, from docs/reference/standards-and-terms.md
// §10.1 (endpoint and outcome abbreviations) and §10.2 (response and toxicity criteria). Each entry
// keeps the reference keys the reference cites (R73 CDISC, R74–R96 guidance and papers).

export interface StandardTerm {
  /** The abbreviation as written in records, e.g. `PFS`. */
  readonly abbreviation: string;
  /** The full name, e.g. `Progression-Free Survival`. */
  readonly term: string;
  readonly definition: string;
  readonly source: string;
}

const S10_1 = 'standards-and-terms.md §10.1';
const S10_2 = 'standards-and-terms.md §10.2';

export const ENDPOINT_TERMS: readonly StandardTerm[] = [
  { abbreviation: 'OS', term: 'Overall Survival', definition: 'Time from randomisation to death from any cause.', source: `${S10_1} (R74)` },
  { abbreviation: 'PFS', term: 'Progression-Free Survival', definition: 'Time from randomisation to objective progression or death, whichever first.', source: `${S10_1} (R74, R75)` },
  { abbreviation: 'TTP', term: 'Time to Progression', definition: 'As PFS, but deaths are censored rather than counted as events.', source: `${S10_1} (R75)` },
  { abbreviation: 'DFS', term: 'Disease-Free Survival', definition: 'Time to recurrence or death in adjuvant or curative settings.', source: `${S10_1} (R74)` },
  { abbreviation: 'EFS', term: 'Event-Free Survival', definition: 'Time to a protocol-defined event or death.', source: `${S10_1} (R74)` },
  { abbreviation: 'ORR', term: 'Objective Response Rate', definition: 'Proportion of participants with a complete or partial response of predefined size and duration.', source: `${S10_1} (R74)` },
  { abbreviation: 'CR', term: 'Complete Response', definition: 'Disappearance of all evidence of disease, as the response criteria define it.', source: `${S10_1} (R76, R73)` },
  { abbreviation: 'PR', term: 'Partial Response', definition: 'A predefined decrease in tumour burden short of a complete response.', source: `${S10_1} (R76, R73)` },
  { abbreviation: 'SD', term: 'Stable Disease', definition: 'Neither sufficient shrinkage for a response nor sufficient increase for progression.', source: `${S10_1} (R76, R73)` },
  { abbreviation: 'PD', term: 'Progressive Disease', definition: 'A predefined increase in tumour burden or new lesions.', source: `${S10_1} (R76, R73)` },
  { abbreviation: 'BOR', term: 'Best Overall Response', definition: 'The best response recorded from the start of treatment until progression.', source: `${S10_1} (R73)` },
  { abbreviation: 'DOR', term: 'Duration of Response', definition: 'Time from the first documented response to progression or death.', source: `${S10_1} (R74, R92)` },
  { abbreviation: 'DCR', term: 'Disease Control Rate', definition: 'Proportion with complete response, partial response or stable disease.', source: `${S10_1} (R90)` },
  { abbreviation: 'CBR', term: 'Clinical Benefit Rate', definition: 'Complete response, partial response or stable disease lasting at least a prespecified duration (often 24 weeks).', source: `${S10_1} (R90)` },
  { abbreviation: 'TTR', term: 'Time to Response', definition: 'Time from the start of treatment or randomisation to the first complete or partial response.', source: `${S10_1} (R92)` },
  { abbreviation: 'TTNT', term: 'Time to Next Treatment', definition: 'Time from the start of treatment to the start of the next line of therapy.', source: `${S10_1} (R92)` },
  { abbreviation: 'PFS2', term: 'Second Progression-Free Survival', definition: 'Time from randomisation to progression on the next line of therapy, or death.', source: `${S10_1} (R91)` },
  { abbreviation: 'pCR', term: 'Pathologic Complete Response', definition: 'No residual invasive disease in the resected specimen.', source: `${S10_1} (R73)` },
  { abbreviation: 'MRD', term: 'Minimal Residual Disease', definition: 'Disease below the detection limit of conventional methods; IMWG MRD-negativity categories.', source: `${S10_1} (R79, R73)` },
  { abbreviation: 'DLT', term: 'Dose-Limiting Toxicity', definition: 'Protocol-defined unacceptable toxicity, usually in cycle 1 and graded by CTCAE, that limits dose escalation.', source: `${S10_1} (R88)` },
  { abbreviation: 'MTD', term: 'Maximum Tolerated Dose', definition: 'The highest dose with a dose-limiting toxicity rate at or below the target (typically 20–33%).', source: `${S10_1} (R88)` },
  { abbreviation: 'RP2D', term: 'Recommended Phase 2 Dose', definition: 'The dose chosen for phase 2 at the end of phase 1, from toxicity and, often, PK/PD.', source: `${S10_1} (R89)` },
  { abbreviation: 'AE', term: 'Adverse Event', definition: 'Any untoward medical occurrence in a participant; causality not required (ICH E2A).', source: `${S10_1} (R93)` },
  { abbreviation: 'SAE', term: 'Serious Adverse Event', definition: 'An adverse event that results in death, is life-threatening, requires or prolongs hospitalisation, causes persistent disability or a congenital anomaly, or is medically important.', source: `${S10_1} (R93)` },
  { abbreviation: 'TEAE', term: 'Treatment-Emergent Adverse Event', definition: 'An adverse event that emerges during treatment, or worsens relative to before treatment (ICH E9).', source: `${S10_1} (R94)` },
  { abbreviation: 'SUSAR', term: 'Suspected Unexpected Serious Adverse Reaction', definition: 'A serious adverse reaction whose nature or severity is not consistent with the reference safety information.', source: `${S10_1} (R94)` },
  { abbreviation: 'AESI', term: 'Adverse Event of Special Interest', definition: 'An adverse event of scientific and medical concern specific to the product or programme (ICH M11 §9.2.4).', source: `${S10_1} (R45)` },
  { abbreviation: 'ADA', term: 'Anti-Drug Antibodies', definition: 'Antibodies against the study drug (immunogenicity).', source: `${S10_1} (R95)` },
  { abbreviation: 'NAb', term: 'Neutralizing Antibodies', definition: 'Anti-drug antibodies that neutralise the drug\'s activity.', source: `${S10_1} (R95)` },
  { abbreviation: 'HRQoL', term: 'Health-Related Quality of Life', definition: 'A multidomain patient-reported concept covering physical, psychological and social functioning.', source: `${S10_1} (R96)` },
  { abbreviation: 'PRO', term: 'Patient-Reported Outcome', definition: 'A report that comes directly from the patient, without interpretation by anyone else.', source: `${S10_1} (R96)` },
  { abbreviation: 'AUC', term: 'Area Under the Concentration-Time Curve', definition: 'Drug exposure over time (CDISC AUCLST C85565, AUCIFO C85761, AUCTAU C85567).', source: `${S10_1} (R73)` },
  { abbreviation: 'Cmax', term: 'Maximum Concentration', definition: 'The highest observed drug concentration (CDISC CMAX C70918).', source: `${S10_1} (R73)` },
  { abbreviation: 'Cmin', term: 'Minimum Concentration', definition: 'The lowest observed drug concentration (CDISC CMIN C85579).', source: `${S10_1} (R73)` },
  { abbreviation: 'Ctrough', term: 'Trough Concentration', definition: 'The concentration just before the next dose (CDISC CTROUGH C102394).', source: `${S10_1} (R73)` },
  { abbreviation: 'Tmax', term: 'Time to Maximum Concentration', definition: 'Time at which Cmax is observed (CDISC TMAX C70919).', source: `${S10_1} (R73)` },
  { abbreviation: 't1/2', term: 'Terminal Half-Life', definition: 'Time for the concentration to halve in the terminal phase (CDISC LAMZHL C85818).', source: `${S10_1} (R73)` },
  { abbreviation: 'CL', term: 'Total Body Clearance', definition: 'Volume of plasma cleared of drug per unit time (CDISC CLO C85773).', source: `${S10_1} (R73)` },
  { abbreviation: 'Cavg', term: 'Average Concentration', definition: 'Average concentration over a dosing interval (CDISC CAVG C85575).', source: `${S10_1} (R73)` },
  { abbreviation: 'Tlag', term: 'Lag Time', definition: 'Time before the first measurable concentration (CDISC TLAG C85824).', source: `${S10_1} (R73)` },
  { abbreviation: 'Tlast', term: 'Time of Last Measurable Concentration', definition: 'CDISC TLST (C85822).', source: `${S10_1} (R73)` },
  { abbreviation: 'CL/F', term: 'Apparent Clearance', definition: 'Clearance after extravascular dosing (CDISC CLFO C85772).', source: `${S10_1} (R73)` },
  { abbreviation: 'Vss', term: 'Volume of Distribution at Steady State', definition: 'CDISC VSSO (C85770).', source: `${S10_1} (R73)` },
  { abbreviation: 'Racc', term: 'Accumulation Ratio', definition: 'Exposure at steady state relative to the first dose (CDISC ARAUC C102356, RACMAX C156579).', source: `${S10_1} (R73)` },
  { abbreviation: 'ATA', term: 'Anti-Therapeutic Antibodies', definition: 'A synonym of anti-drug antibodies used by some sponsors (the reference marks its source unverified).', source: `${S10_1} (R95)` },
  { abbreviation: 'Vz', term: 'Volume of Distribution', definition: 'Apparent volume of distribution in the terminal phase (CDISC VZO C85774).', source: `${S10_1} (R73)` },
  { abbreviation: 'RECIST', term: 'Response Evaluation Criteria in Solid Tumors', definition: 'Tumour response criteria for solid tumours; RECIST 1.1 (Eisenhauer 2009) is current.', source: `${S10_2} (R76)` },
  { abbreviation: 'CTCAE', term: 'Common Terminology Criteria for Adverse Events', definition: 'NCI grading of adverse events, grades 1–5; v5.0 (2017) and v6.0 (2025).', source: `${S10_2} (R83, R84)` },
  { abbreviation: 'IMWG', term: 'International Myeloma Working Group', definition: 'Response criteria for multiple myeloma (Kumar 2016), including MRD-negative categories.', source: `${S10_2} (R79)` },
  { abbreviation: 'ECOG', term: 'Eastern Cooperative Oncology Group', definition: 'ECOG performance status: 0 fully active to 4 completely disabled, 5 dead.', source: `${S10_2} (R85, R73)` },
  { abbreviation: 'NYHA', term: 'New York Heart Association', definition: 'NYHA functional class I–IV of heart failure.', source: `${S10_2} (R87, R73)` },
  { abbreviation: 'RANO', term: 'Response Assessment in Neuro-Oncology', definition: 'Response criteria for brain tumours (Wen 2010).', source: `${S10_2} (R80)` },
];
