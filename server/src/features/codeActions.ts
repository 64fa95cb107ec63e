import { type CodeAction, CodeActionKind, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver-types';
import type { Analysis } from '../analysis/analyze';
import { RULES, ruleById } from '../rules';
import { findings } from '../rules/engine/run';
import { eolOf } from '../text/lines';
import type { Settings } from '../settings';
import { type DiagnosticData, SOURCE, toTextEdit } from './diagnostics';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.trial-record`;

/** Commands the VS Code client implements (settings can only be written by the client). */
export const CLIENT_COMMANDS = {
  disableRule: 'trialRecord.disableRule',
  suppressFinding: 'trialRecord.suppressFinding',
} as const;

export interface CodeActionOptions {
  /** The client runs CLIENT_COMMANDS (the VS Code extension says so at initialize). */
  readonly clientCommands: boolean;
  readonly only?: readonly string[];
}

function isOurs(d: Diagnostic): d is Diagnostic & { data: DiagnosticData; code: string } {
  return d.source === SOURCE && typeof d.code === 'string' && typeof (d.data as DiagnosticData | undefined)?.rule === 'string';
}

function wanted(kind: string, only: readonly string[] | undefined): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

/** Edits that do not overlap, in document order; later overlapping ones are dropped. */
function disjoint(edits: readonly TextEdit[], a: Analysis): TextEdit[] {
  const withOffsets = edits.map((e) => ({ e, start: a.index.offset(e.range.start), end: a.index.offset(e.range.end) })).sort((x, y) => x.start - y.start || x.end - y.end);
  const out: TextEdit[] = [];
  let last = -1;
  let lastWasInsert = false;
  for (const x of withOffsets) {
    const insert = x.start === x.end;
    if (x.start < last || (x.start === last && !(insert && lastWasInsert))) continue;
    out.push(x.e);
    last = x.end;
    lastWasInsert = insert;
  }
  return out;
}

/** Quick fixes, suppressions and fix-all actions for a range of a record. */
export function codeActions(a: Analysis, uri: string, range: Range, diagnostics: readonly Diagnostic[], settings: Settings, opts: CodeActionOptions): CodeAction[] {
  const out: CodeAction[] = [];
  const nl = eolOf(a.text);
  const edit = (edits: readonly TextEdit[]) => ({ changes: { [uri]: [...edits] } });
  const ours = diagnostics.filter(isOurs);

  if (wanted(CodeActionKind.QuickFix, opts.only)) {
    for (const d of ours) {
      for (const f of d.data.fixes) {
        out.push({ title: f.title, kind: CodeActionKind.QuickFix, diagnostics: [d], ...(f.preferred ? { isPreferred: true } : {}), edit: edit(f.edits) });
      }
    }
    // Fixes rules offer for the selection, from the rules that are on.
    const from = a.index.offset(range.start);
    const to = a.index.offset(range.end);
    if (to > from && settings.validateEnable) {
      for (const rule of RULES) {
        if (!rule.selectionFixes || settings.rules[rule.id] === 'off') continue;
        const d = ours.find((x) => x.code === rule.id);
        for (const fix of rule.selectionFixes(a, from, to)) {
          out.push({ title: fix.title, kind: CodeActionKind.QuickFix, ...(d ? { diagnostics: [d] } : {}), edit: edit(fix.edits.map((e) => toTextEdit(a, e))) });
        }
      }
    }
    // Fix all of one rule, when the rule has more than one safe fix in the file. The findings
    // are the ones the diagnostics came from (kept with the analysis): the rules do not rerun.
    const all = findings(a, settings);
    for (const id of new Set(ours.map((d) => d.code))) {
      const safe = all.filter((f) => f.rule.id === id).flatMap((f) => (f.fixes ?? []).filter((x) => x.safe).slice(0, 1));
      if (safe.length > 1) {
        const edits = disjoint(safe.flatMap((x) => x.edits.map((e) => toTextEdit(a, e))), a);
        out.push({ title: `Fix all ${ruleById(id)?.title ?? id} problems in this file (${safe.length})`, kind: CodeActionKind.QuickFix, edit: edit(edits) });
      }
    }
    for (const d of ours) {
      const line = d.range.start.line;
      const lineStart = a.tree.lineStarts[line]!;
      const indent = /^[ \t]*/.exec(a.text.slice(lineStart, a.tree.lineStarts[line + 1] ?? a.text.length))![0];
      out.push({
        title: `Disable ${d.code} for this line`,
        kind: `${CodeActionKind.QuickFix}.disableRule`,
        diagnostics: [d],
        edit: edit([{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}<!-- trial-record-disable-next-line ${d.code} -->${nl}` }]),
      });
      out.push({
        title: `Disable ${d.code} for this file`,
        kind: `${CodeActionKind.QuickFix}.disableRule`,
        diagnostics: [d],
        edit: edit([{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: `<!-- trial-record-disable-file ${d.code} -->${nl}` }]),
      });
      if (opts.clientCommands) {
        out.push({ title: `Disable ${d.code} in the workspace`, kind: `${CodeActionKind.QuickFix}.disableRule`, diagnostics: [d], command: { title: 'Disable rule', command: CLIENT_COMMANDS.disableRule, arguments: [d.code] } });
        const text = a.text.slice(a.index.offset(d.range.start), a.index.offset(d.range.end));
        out.push({
          title: `Suppress this ${d.code} finding in settings (keep the text verbatim)`,
          kind: `${CodeActionKind.QuickFix}.suppress`,
          diagnostics: [d],
          command: { title: 'Suppress finding', command: CLIENT_COMMANDS.suppressFinding, arguments: [uri, d.code, text] },
        });
      }
    }
  }

  if (wanted(FIX_ALL_KIND, opts.only) && (opts.only !== undefined || out.length > 0)) {
    const safe = findings(a, settings).flatMap((f) => (f.fixes ?? []).filter((x) => x.safe).slice(0, 1));
    const edits = disjoint(safe.flatMap((x) => x.edits.map((e) => toTextEdit(a, e))), a);
    if (edits.length > 0) out.push({ title: 'Fix all safe Trial Record problems', kind: FIX_ALL_KIND, edit: edit(edits) });
  }
  return out;
}
