import { type CodeAction, CodeActionKind, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver-types';
import type { Analysis } from '../analysis/analyze';
import { RULES, ruleById } from '../rules';
import { findings } from '../rules/engine/run';
import { eolOf } from '../text/lines';
import type { Settings } from '../settings';
import { type DiagnosticData, type FixData, fixData, SOURCE, toTextEdit } from './diagnostics';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.trial-record`;

/** Commands the VS Code client implements (settings can only be written by the client). */
export const CLIENT_COMMANDS = {
  disableRule: 'trialRecord.disableRule',
  suppressFinding: 'trialRecord.suppressFinding',
  selectPlaceholder: 'trialRecord.selectPlaceholder',
} as const;

/**
 * Where the first `<placeholder>` of a fix lands once its edits are applied, so the client can
 * select it (LSP 3.17 has no snippet edits in a workspace edit). Only when the placeholder is in
 * the first edit: later edits do not move it.
 */
function placeholderAfter(a: Analysis, edits: readonly TextEdit[]): Range | undefined {
  const first = [...edits].sort((x, y) => a.index.offset(x.range.start) - a.index.offset(y.range.start))[0];
  const m = first ? /<[^<>\r\n]+>/.exec(first.newText) : null;
  if (!first || !m) return undefined;
  const before = first.newText.slice(0, m.index).split(/\r\n|\r|\n/);
  const line = first.range.start.line + before.length - 1;
  const character = (before.length === 1 ? first.range.start.character : 0) + before[before.length - 1]!.length;
  return { start: { line, character }, end: { line, character: character + m[0].length } };
}

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

  // The fixes come from the findings of the document as it is now, never from the diagnostic's
  // data: that was computed for the version the diagnostic was published on, and applied after an
  // edit above it, its offsets would land on other text. A diagnostic that no finding of this
  // version matches (same rule, same range) offers no fix.
  const current = findings(a, settings);
  const fixesOf = (d: Diagnostic & { code: string }): readonly FixData[] => {
    const [start, end] = [a.index.offset(d.range.start), a.index.offset(d.range.end)];
    const f = current.find((x) => x.rule.id === d.code && x.range.start === start && x.range.end === end);
    return f ? fixData(a, f) : [];
  };

  if (wanted(CodeActionKind.QuickFix, opts.only)) {
    for (const d of ours) {
      for (const f of fixesOf(d)) {
        const placeholder = opts.clientCommands ? placeholderAfter(a, f.edits) : undefined;
        out.push({
          title: f.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          ...(f.preferred ? { isPreferred: true } : {}),
          edit: edit(f.edits),
          ...(placeholder ? { command: { title: 'Select the first placeholder', command: CLIENT_COMMANDS.selectPlaceholder, arguments: [uri, placeholder] } } : {}),
        });
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
    const all = current;
    for (const id of new Set(ours.map((d) => d.code))) {
      const safe = all.filter((f) => f.rule.id === id).flatMap((f) => (f.fixes ?? []).filter((x) => x.safe).slice(0, 1));
      if (safe.length > 1) {
        const edits = disjoint(safe.flatMap((x) => x.edits.map((e) => toTextEdit(a, e))), a);
        out.push({ title: `Fix all ${ruleById(id)?.title ?? id} problems in this file (${safe.length})`, kind: CodeActionKind.QuickFix, edit: edit(edits) });
      }
    }
    // One set of disable entries per rule and line (and one per rule for the file), however
    // many of its findings the range holds.
    const lines = new Set<string>();
    const files = new Set<string>();
    const suppressed = new Set<string>();
    for (const d of ours) {
      const line = d.range.start.line;
      const perLine = !lines.has(`${d.code}@${line}`);
      const perFile = !files.has(d.code);
      lines.add(`${d.code}@${line}`);
      files.add(d.code);
      const lineStart = a.tree.lineStarts[line]!;
      const indent = /^[ \t]*/.exec(a.text.slice(lineStart, a.tree.lineStarts[line + 1] ?? a.text.length))![0];
      if (perLine) out.push({
        title: `Disable ${d.code} for this line`,
        kind: `${CodeActionKind.QuickFix}.disableRule`,
        diagnostics: [d],
        edit: edit([{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}<!-- trial-record-disable-next-line ${d.code} -->${nl}` }]),
      });
      if (perFile) out.push({
        title: `Disable ${d.code} for this file`,
        kind: `${CodeActionKind.QuickFix}.disableRule`,
        diagnostics: [d],
        edit: edit([{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: `<!-- trial-record-disable-file ${d.code} -->${nl}` }]),
      });
      if (opts.clientCommands) {
        if (perFile) out.push({ title: `Disable ${d.code} in the workspace`, kind: `${CodeActionKind.QuickFix}.disableRule`, diagnostics: [d], command: { title: 'Disable rule', command: CLIENT_COMMANDS.disableRule, arguments: [d.code] } });
        const text = a.text.slice(a.index.offset(d.range.start), a.index.offset(d.range.end));
        if (suppressed.has(`${d.code}\n${text}`)) continue;
        suppressed.add(`${d.code}\n${text}`);
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
