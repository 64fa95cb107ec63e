// The editor contributions generated from code: settings (with one severity setting per rule)
// and the rules tables of the documentation. scripts/gen.ts writes them; tests check for drift.

import { RULES } from './rules';
import { RULE_LEVELS } from './settings';

export function configuration(): Record<string, unknown> {
  const general: Record<string, unknown> = {
    'trialRecord.run': {
      type: 'string',
      enum: ['onType', 'onSave'],
      enumDescriptions: ['Check while typing (after a short pause); a "missing" finding on the line being typed waits until you move to another line or save.', 'Check when the file is opened or saved.'],
      default: 'onType',
      scope: 'resource',
      markdownDescription: 'When records are checked.',
    },
    'trialRecord.today': {
      type: 'string',
      default: '',
      pattern: '^(\\d{4}-\\d{2}-\\d{2})?$',
      patternErrorMessage: 'A date as yyyy-MM-dd, or empty for today.',
      scope: 'resource',
      markdownDescription: 'The date the date rules compare against, as `yyyy-MM-dd` (e.g. to review a record as of its submission date). Empty: today.',
    },
    'trialRecord.suppressions': {
      type: 'array',
      default: [],
      scope: 'resource',
      items: {
        type: 'object',
        required: ['rule'],
        properties: { rule: { type: 'string', description: 'The rule id.' }, text: { type: 'string', description: 'Only the findings on exactly this text; all findings of the rule when absent.' } },
      },
      markdownDescription: 'Findings to hide without changing the record (for records that must stay verbatim). The quick fix "Suppress this finding in settings" adds entries.',
    },
    'trialRecord.validate.enable': {
      type: 'boolean',
      default: true,
      scope: 'resource',
      markdownDescription: 'Check records against the ClinicalTrials.gov (PRS) registration rules.',
    },
    'trialRecord.customTerms': {
      type: 'array',
      default: [],
      scope: 'resource',
      items: {
        type: 'object',
        required: ['term', 'expansion'],
        properties: { term: { type: 'string', description: 'The abbreviation or word, e.g. EDSS.' }, expansion: { type: 'string', description: 'Its full name, e.g. Expanded Disability Status Scale.' }, definition: { type: 'string', description: 'What it means (shown on hover and in completion).' } },
      },
      markdownDescription: 'Your own terms: offered in outcome-title completion, explained on hover, and accepted by the spelling and abbreviation rules.',
    },
    'trialRecord.prs.organization': {
      type: 'string',
      default: '',
      scope: 'resource',
      markdownDescription: 'Your PRS organization\'s login name (the **Organization** box on the PRS sign-in page). The PRS XML export writes it as `id_info/org_name`; a study page does not show it.',
    },
    'trialRecord.detectPlainText': {
      type: 'boolean',
      default: true,
      scope: 'resource',
      markdownDescription: 'Switch a plain-text document to Trial Record when it looks like a record: an NCT identifier line together with two or more recognised record headings or labels, or, for a draft without an NCT number, four different ones.',
    },
    'trialRecord.maxNumberOfProblems': {
      type: 'number',
      default: 1000,
      minimum: 1,
      scope: 'resource',
      markdownDescription: 'The most findings reported for one record.',
    },
    'trialRecord.maxFileSizeMB': {
      type: 'number',
      default: 10,
      minimum: 0.001,
      scope: 'window',
      markdownDescription: 'Size in megabytes above which a record is not parsed or checked: it gets one information message, and only NCT ID links work, so the editor never freezes.',
    },
    'trialRecord.maxFileSize': {
      type: 'number',
      minimum: 1,
      scope: 'window',
      markdownDescription: 'The same limit in bytes, as earlier versions had it.',
      markdownDeprecationMessage: 'Use `#trialRecord.maxFileSizeMB#` (in megabytes). A value set here, in bytes, is still honoured and wins.',
    },
    'trialRecord.trace.server': {
      type: 'string',
      enum: ['off', 'messages', 'verbose'],
      default: 'off',
      scope: 'window',
      description: 'Trace the communication between VS Code and the Trial Record language server (shown in the Output panel).',
    },
  };
  // The Settings editor sorts by name unless given an order: the general settings come first, in
  // the order above (when and how records are checked, then limits), then the rule levels.
  const ordered = Object.fromEntries(Object.entries(general).map(([k, v], i) => [k, { ...(v as object), order: i }]));
  const rules: Record<string, unknown> = {};
  for (const [i, r] of [...RULES].sort((a, b) => a.id.localeCompare(b.id)).entries()) {
    rules[`trialRecord.rules.${r.id}`] = {
      order: 100 + i,
      type: 'string',
      enum: [...RULE_LEVELS],
      default: r.severity,
      scope: 'resource',
      markdownDescription: `${r.title}: the severity of its findings, or \`off\`. Its page: command **Trial Record: Show Rule Page**, or the link on each finding.`,
    };
  }
  return { title: 'Trial Record', properties: { ...ordered, ...rules } };
}

function table(link: (id: string) => string): string {
  const rows = [...RULES].sort((a, b) => a.id.localeCompare(b.id)).map((r) => `| [\`${r.id}\`](${link(r.id)}) | ${r.title} | ${r.severity} | ${r.tags.join(', ')} |`);
  return ['| Rule | What it reports | Default | Tags |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

export function rulesReadmeTable(): string {
  return table((id) => `docs/rules/${id}.md`);
}

export function rulesIndexPage(): string {
  return `# Rules\n\nEvery rule Trial Record checks, with its default severity. Each page says why the rule exists, its\nsources, an example and the fix. Change a severity with\n\`trialRecord.rules.<id>\` (\`off\`, \`hint\`, \`information\`, \`warning\`, \`error\`).\n\n${table((id) => `${id}.md`)}\n`;
}
