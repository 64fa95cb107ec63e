// IPD sharing supporting-information types: API codes, their page labels, and how free text names them.

export const IPD_INFO_TYPES: readonly { readonly code: string; readonly label: string; readonly pattern: RegExp }[] = [
  { code: 'STUDY_PROTOCOL', label: 'Study Protocol', pattern: /study protocol/i },
  { code: 'SAP', label: 'Statistical Analysis Plan (SAP)', pattern: /statistical analysis plan|\bSAP\b/i },
  { code: 'ICF', label: 'Informed Consent Form (ICF)', pattern: /informed consent|\bICF\b/i },
  { code: 'CSR', label: 'Clinical Study Report (CSR)', pattern: /clinical study report|\bCSR\b/i },
  { code: 'ANALYTIC_CODE', label: 'Analytic Code', pattern: /analytic code/i },
];

/** The codes a text names, in the order above. */
export const ipdInfoTypeCodes = (text: string): string[] => IPD_INFO_TYPES.filter((t) => t.pattern.test(text)).map((t) => t.code);

export const ipdInfoTypeLabel = (code: string): string => IPD_INFO_TYPES.find((t) => t.code === code)?.label ?? code;
