// Settings, as the editor sends them (section `trialRecord`) or the CLI reads them from
// .trialrecord.json. Unknown or malformed values fall back to defaults and are reported.

import type { CustomTerm } from './vocabulary/terms';
import { RULES } from './rules';
import type { RuleLevel, RunOptions, Suppression } from './rules/engine/run';
import { isObject } from './json';

export const RULE_LEVELS: readonly RuleLevel[] = ['off', 'hint', 'information', 'warning', 'error'];



export interface Settings extends RunOptions {
  readonly run: 'onType' | 'onSave';
  /** Bytes: larger documents are not parsed (only cheap features run). */
  readonly maxFileSize: number;
  /** trialRecord.prs.organization: the PRS organization's login name, for the PRS XML export. */
  readonly prsOrganization?: string;
}

const RULE_IDS = new Set(RULES.map((r) => r.id));

const MB = 1024 * 1024;

export const DEFAULT_SETTINGS: Settings = { validateEnable: true, run: 'onType', rules: {}, suppressions: [], maxNumberOfProblems: 1000, maxFileSize: 10 * MB, customTerms: [] };

/** Reads the `trialRecord` section; returns the settings and a list of the values it ignored. */
export function readSettings(raw: unknown): { settings: Settings; problems: string[] } {
  const problems: string[] = [];
  if (raw !== undefined && raw !== null && !isObject(raw)) return { settings: DEFAULT_SETTINGS, problems: ['trialRecord settings are not an object'] };
  const s = (raw ?? {}) as Record<string, unknown>;
  const validate = isObject(s.validate) ? s.validate : {};
  const validateEnable = typeof validate.enable === 'boolean' ? validate.enable : DEFAULT_SETTINGS.validateEnable;
  const run = s.run === 'onSave' || s.run === 'onType' ? s.run : DEFAULT_SETTINGS.run;
  if (s.run !== undefined && s.run !== run) problems.push(`trialRecord.run: '${String(s.run)}' is not onType or onSave`);
  const rules: Record<string, RuleLevel> = {};
  if (isObject(s.rules)) {
    for (const [id, level] of Object.entries(s.rules)) {
      if (!RULE_IDS.has(id)) problems.push(`trialRecord.rules.${id}: there is no rule '${id}'`);
      else if (RULE_LEVELS.includes(level as RuleLevel)) rules[id] = level as RuleLevel;
      else problems.push(`trialRecord.rules.${id}: '${String(level)}' is not one of ${RULE_LEVELS.join(', ')}`);
    }
  }
  let today: string | undefined;
  if (typeof s.today === 'string' && s.today.trim() !== '') {
    if (/^\d{4}-\d{2}-\d{2}$/.test(s.today.trim()) && !Number.isNaN(Date.parse(s.today.trim()))) today = s.today.trim();
    else problems.push(`trialRecord.today: '${s.today}' is not a date (yyyy-MM-dd)`);
  }
  const suppressions: Suppression[] = [];
  if (Array.isArray(s.suppressions)) {
    for (const item of s.suppressions) {
      if (isObject(item) && typeof item.rule === 'string') suppressions.push({ rule: item.rule, ...(typeof item.text === 'string' ? { text: item.text } : {}) });
      else problems.push('trialRecord.suppressions: each entry needs a "rule" (and optionally a "text")');
    }
  }
  const customTerms: CustomTerm[] = [];
  if (Array.isArray(s.customTerms)) {
    for (const item of s.customTerms) {
      if (isObject(item) && typeof item.term === 'string' && item.term.trim() !== '' && typeof item.expansion === 'string') {
        customTerms.push({ term: item.term.trim(), expansion: item.expansion.trim(), ...(typeof item.definition === 'string' ? { definition: item.definition } : {}) });
      } else problems.push('trialRecord.customTerms: each entry needs a "term" and an "expansion" (and optionally a "definition")');
    }
  }
  const max = typeof s.maxNumberOfProblems === 'number' && s.maxNumberOfProblems > 0 ? Math.floor(s.maxNumberOfProblems) : DEFAULT_SETTINGS.maxNumberOfProblems;
  // maxFileSizeMB in megabytes; the older maxFileSize in bytes wins when it is set.
  let maxFileSize = DEFAULT_SETTINGS.maxFileSize;
  if (typeof s.maxFileSize === 'number' && s.maxFileSize > 0) maxFileSize = Math.floor(s.maxFileSize);
  else if (s.maxFileSize !== undefined && s.maxFileSize !== null) problems.push(`trialRecord.maxFileSize: '${String(s.maxFileSize)}' is not a positive number of bytes`);
  else if (typeof s.maxFileSizeMB === 'number' && s.maxFileSizeMB > 0) maxFileSize = Math.max(1, Math.floor(s.maxFileSizeMB * MB));
  else if (s.maxFileSizeMB !== undefined) problems.push(`trialRecord.maxFileSizeMB: '${String(s.maxFileSizeMB)}' is not a positive number of megabytes`);
  let prsOrganization: string | undefined;
  const prs = isObject(s.prs) ? s.prs : {};
  if (typeof prs.organization === 'string' && prs.organization.trim() !== '') prsOrganization = prs.organization.trim();
  else if (prs.organization !== undefined && prs.organization !== '') problems.push('trialRecord.prs.organization: not a name');
  return { settings: { validateEnable, run, rules, ...(today ? { today } : {}), suppressions, maxNumberOfProblems: max, maxFileSize, customTerms, ...(prsOrganization ? { prsOrganization } : {}) }, problems };
}

