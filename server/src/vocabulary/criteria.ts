// Response and toxicity criteria with their versions (standards-and-terms.md §10.2), common
// eligibility terms (§10.3), routes of administration (§10.4) and dosage forms (§10.5).

import type { StandardTerm } from './endpoints';

const S10_2 = 'standards-and-terms.md §10.2';
const S10_3 = 'standards-and-terms.md §10.3';

/** Criteria as they are cited in records, with the version. */
export const CRITERIA_VERSIONS: readonly StandardTerm[] = [
  { abbreviation: 'RECIST v1.1', term: 'Response Evaluation Criteria in Solid Tumors version 1.1', definition: 'Eisenhauer 2009: CR, PR (≥ 30% decrease in the sum of target lesion diameters), SD, PD (≥ 20% and ≥ 5 mm increase); up to 5 target lesions, 2 per organ. CDISC RECIST 1.1 (C124415).', source: `${S10_2} (R76)` },
  { abbreviation: 'iRECIST', term: 'immune RECIST', definition: 'Seymour 2017: RECIST 1.1 adapted for immunotherapy, with unconfirmed progression (iUPD) confirmed later (iCPD). CDISC C136711.', source: `${S10_2} (R77)` },
  { abbreviation: 'mRECIST', term: 'modified RECIST for hepatocellular carcinoma', definition: 'Lencioni & Llovet 2010: measures viable (arterially enhancing) tumour. CDISC C126032.', source: `${S10_2} (R82)` },
  { abbreviation: 'Lugano 2014', term: 'Lugano Classification', definition: 'Cheson 2014: response in lymphoma by PET-CT (Deauville 5-point scale) and CT. CDISC C126025.', source: `${S10_2} (R78)` },
  { abbreviation: 'IMWG 2016', term: 'International Myeloma Working Group response criteria', definition: 'Kumar 2016: sCR, CR, VGPR, PR, MR, SD, PD, and MRD-negative categories. CDISC C147478.', source: `${S10_2} (R79)` },
  { abbreviation: 'RANO', term: 'Response Assessment in Neuro-Oncology', definition: 'Wen 2010: response in gliomas; CR, PR (≥ 50% decrease), SD, PD (≥ 25% increase), with steroids and clinical status. CDISC C114879.', source: `${S10_2} (R80)` },
  { abbreviation: 'iwCLL 2018', term: 'International Workshop on Chronic Lymphocytic Leukemia guidelines', definition: 'Hallek 2018: CR, CRi, PR, PR-L, SD, PD, and MRD in CLL. CDISC C178055.', source: `${S10_2} (R81)` },
  { abbreviation: 'NCI CTCAE v5.0', term: 'Common Terminology Criteria for Adverse Events version 5.0', definition: 'NCI, published 27 November 2017: adverse events graded 1 to 5.', source: `${S10_2} (R83, R84)` },
  { abbreviation: 'NCI CTCAE v6.0', term: 'Common Terminology Criteria for Adverse Events version 6.0', definition: 'NCI, published 22 July 2025: adverse events graded 1 to 5, MedDRA-aligned; a v5 to v6 mapping is provided.', source: `${S10_2} (R84)` },
  { abbreviation: 'NCI CTCAE v4.03', term: 'Common Terminology Criteria for Adverse Events version 4.03', definition: 'NCI, archived: adverse events graded 1 to 5 (often cited as "NCI-CTC 4.03").', source: `${S10_2} (R83)` },
  { abbreviation: 'ECOG PS', term: 'Eastern Cooperative Oncology Group performance status', definition: 'Oken 1982: 0 fully active … 4 completely disabled, 5 dead. CDISC ECOG1TC (C101815).', source: `${S10_2} (R85, R73)` },
  { abbreviation: 'KPS', term: 'Karnofsky Performance Status', definition: '100 (normal) to 10 (moribund) in steps of 10, 0 dead. CDISC KPSS01TC (C100170).', source: `${S10_2} (R86, R73)` },
  { abbreviation: 'NYHA class', term: 'New York Heart Association functional classification', definition: 'Heart failure class I to IV. CDISC NYHAC (C101839).', source: `${S10_2} (R87, R73)` },
];

/** Laboratory and eligibility terms (abbreviation, expansion, CDISC code where there is one). */
export const ELIGIBILITY_TERMS: readonly StandardTerm[] = [
  { abbreviation: 'ULN', term: 'Upper Limit of Normal', definition: 'The threshold unit of CTCAE laboratory criteria, e.g. "AST ≤ 3 × ULN" (LLN: lower limit of normal).', source: `${S10_3} (R83)` },
  { abbreviation: 'ANC', term: 'Absolute Neutrophil Count', definition: 'CDISC LBTESTCD NEUT (C63321).', source: `${S10_3} (R73)` },
  { abbreviation: 'PLT', term: 'Platelet Count', definition: 'CDISC PLAT (C51951).', source: `${S10_3} (R73)` },
  { abbreviation: 'Hb', term: 'Hemoglobin', definition: 'CDISC HGB (C64848).', source: `${S10_3} (R73)` },
  { abbreviation: 'WBC', term: 'White Blood Cell Count', definition: 'CDISC WBC (C51948).', source: `${S10_3} (R73)` },
  { abbreviation: 'ALT', term: 'Alanine Aminotransferase', definition: 'Also SGPT. CDISC ALT (C64433).', source: `${S10_3} (R73)` },
  { abbreviation: 'AST', term: 'Aspartate Aminotransferase', definition: 'Also SGOT. CDISC AST (C64467).', source: `${S10_3} (R73)` },
  { abbreviation: 'TBIL', term: 'Total Bilirubin', definition: 'CDISC BILI (C38037).', source: `${S10_3} (R73)` },
  { abbreviation: 'ALP', term: 'Alkaline Phosphatase', definition: 'CDISC ALP (C64432).', source: `${S10_3} (R73)` },
  { abbreviation: 'SCr', term: 'Serum Creatinine', definition: 'CDISC CREAT (C64547).', source: `${S10_3} (R73)` },
  { abbreviation: 'CrCl', term: 'Creatinine Clearance', definition: 'CDISC CREATCLR (C25747); ASCO-Friends recommend CrCl > 30 mL/min where renal risk is not direct.', source: `${S10_3} (R97)` },
  { abbreviation: 'eGFR', term: 'Estimated Glomerular Filtration Rate', definition: 'CDISC GFRE (C110935); note that CDISC LB "EGFR" means epidermal growth factor receptor.', source: `${S10_3} (R73)` },
  { abbreviation: 'INR', term: 'International Normalized Ratio', definition: 'CDISC INR (C64805).', source: `${S10_3} (R73)` },
  { abbreviation: 'aPTT', term: 'Activated Partial Thromboplastin Time', definition: 'CDISC APTT (C38462).', source: `${S10_3} (R73)` },
  { abbreviation: 'HbA1c', term: 'Glycated Hemoglobin', definition: 'CDISC HBA1C (C64849).', source: `${S10_3} (R73)` },
  { abbreviation: 'LVEF', term: 'Left Ventricular Ejection Fraction', definition: 'CDISC CV LVEF (C99524).', source: `${S10_3} (R73)` },
  { abbreviation: 'QTcF', term: 'QT Interval Corrected by Fridericia', definition: 'CDISC EG QTCFAG (C117786).', source: `${S10_3} (R73)` },
  { abbreviation: 'HBsAg', term: 'Hepatitis B Surface Antigen', definition: 'CDISC MB HBSAG (C64850).', source: `${S10_3} (R73)` },
  { abbreviation: 'WOCBP', term: 'Woman of Childbearing Potential', definition: 'ICH M11 §5.4.1; CDISC RP CHILDPOT (C106508).', source: `${S10_3} (R73)` },
];

/** Common criteria phrases, written the way reviewers expect them. */
export const CRITERIA_PHRASES: readonly { readonly text: string; readonly detail: string }[] = [
  { text: 'ECOG performance status 0–1', detail: 'ECOG PS (standards-and-terms.md §10.2)' },
  { text: 'Measurable disease per RECIST v1.1', detail: 'RECIST 1.1 (§10.2)' },
  { text: 'Absolute neutrophil count ≥ 1.5 × 10^9/L', detail: 'ANC (§10.3)' },
  { text: 'Platelet count ≥ 100 × 10^9/L', detail: 'PLT (§10.3)' },
  { text: 'Hemoglobin ≥ 9 g/dL', detail: 'Hb (§10.3)' },
  { text: 'Total bilirubin ≤ 1.5 × ULN', detail: 'TBIL, ULN (§10.3)' },
  { text: 'AST and ALT ≤ 2.5 × ULN (≤ 5 × ULN with liver metastases)', detail: 'AST, ALT (§10.3)' },
  { text: 'Creatinine clearance ≥ 60 mL/min (Cockcroft-Gault)', detail: 'CrCl (§10.3)' },
  { text: 'Left ventricular ejection fraction ≥ 50%', detail: 'LVEF (§10.3)' },
  { text: 'Women of childbearing potential must have a negative serum pregnancy test within 7 days before the first dose', detail: 'WOCBP (§10.3)' },
  { text: 'Adverse events from prior therapy resolved to grade ≤ 1 per NCI CTCAE v5.0', detail: 'CTCAE (§10.2)' },
  { text: 'Treated and stable brain metastases for at least 4 weeks are allowed', detail: 'CNS metastases, ASCO-Friends (§10.3, R97)' },
];

export interface NamedTerm {
  readonly name: string;
  readonly source: string;
}

/** Routes of administration (CDISC ROUTE C66729, extensible), standards-and-terms.md §10.4. */
export const ROUTES: readonly NamedTerm[] = ['Oral', 'Intravenous', 'Intravenous bolus', 'Intravenous drip', 'Subcutaneous', 'Intramuscular', 'Intradermal', 'Intrathecal', 'Intravitreal', 'Intratumoral', 'Intravesical', 'Intra-arterial', 'Intra-articular', 'Intraperitoneal', 'Epidural', 'Topical', 'Transdermal', 'Ophthalmic', 'Nasal', 'Inhalation', 'Sublingual', 'Buccal', 'Rectal', 'Vaginal', 'Enteral', 'Nasogastric'].map((name) => ({ name, source: 'standards-and-terms.md §10.4 (CDISC ROUTE C66729, R73)' }));

/** Dosage forms (CDISC FRM C66726), standards-and-terms.md §10.5. */
export const DOSAGE_FORMS: readonly NamedTerm[] = ['Tablet', 'Film-coated tablet', 'Extended-release tablet', 'Orally disintegrating tablet', 'Chewable tablet', 'Capsule', 'Extended-release capsule', 'Solution', 'Suspension', 'Syrup', 'Injection', 'Solution for injection', 'Solution for infusion', 'Concentrate for solution for infusion', 'Lyophilized powder for solution for injection', 'Suspension for injection', 'Powder', 'Cream', 'Ointment', 'Gel', 'Lotion', 'Patch', 'Spray', 'Aerosol', 'Inhalant', 'Suppository', 'Implant', 'Kit'].map((name) => ({ name, source: 'standards-and-terms.md §10.5 (CDISC FRM C66726, R73)' }));
