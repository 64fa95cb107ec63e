import { NEW_RECORD_SNIPPET } from '../snippets/library';
import { dateVariables, expandSnippet } from '../text/snippet';
import { eolOf } from '../text/lines';
import { hasStarted } from '../analysis/started';
import type { Rule } from './types';

/**
 * A text with no field, heading or table yet. One finding says how to start, in place of the
 * twenty-odd "missing" findings a new file would otherwise open with (the engine holds the
 * other presence rules back until the record has started).
 */
const rule: Rule = {
  id: 'empty-record',
  title: 'The record has no fields yet',
  severity: 'warning',
  tags: ['presence'],
  reference: ['P1'],
  check(_r, ctx) {
    const a = ctx.analysis;
    if (hasStarted(a)) return [];
    const blank = a.text.trim() === '';
    const firstLineEnd = a.tree.lineStarts[1] !== undefined ? a.tree.lineStarts[1] - eolOf(a.text).length : a.text.length;
    // The skeleton the "New trial record" snippet writes, with its text stops as <placeholders>
    // so placeholder-text then leads through them (and the client selects the first).
    const skeleton = expandSnippet(NEW_RECORD_SNIPPET.join('\n'), { text: (d) => (/^[A-Za-z]/.test(d) ? `<${d}>` : d), variables: dateVariables(ctx.today) }).replace(/\n/g, eolOf(a.text));
    return [
      {
        range: blank ? { start: 0, end: 0 } : { start: 0, end: Math.max(0, firstLineEnd) },
        message: blank
          ? 'The record is empty. Start from the skeleton: apply the quick fix, or ask for completion (Ctrl+Space) and choose New trial record, or paste a study page from ClinicalTrials.gov. Findings for missing elements start once the record has its first field.'
          : 'This text has no record fields yet (no "Label: value" line, section heading or table that ClinicalTrials.gov uses). On an empty line, ask for completion (Ctrl+Space) and choose New trial record for the skeleton, or paste a study page. Findings for missing elements start once the record has its first field.',
        ...(blank ? { fixes: [{ title: 'Insert the skeleton of a new record', edits: [{ start: 0, end: a.text.length, newText: skeleton }], preferred: true }] } : {}),
      },
    ];
  },
};
export default rule;
