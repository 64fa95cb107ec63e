import { type Diagnostic, DiagnosticSeverity, type TextEdit } from 'vscode-languageserver-types';
import type { Analysis } from '../analysis/analyze';
import { findings, type RawFinding } from '../rules/engine/run';
import type { Edit, Severity } from '../rules/types';
import type { Settings } from '../settings';
import { ruleDocUrl } from './ruleDocs';

export const SOURCE = 'trial-record';

/** What a diagnostic carries for its code actions: the fixes, already as LSP edits. */
export interface FixData {
  readonly title: string;
  readonly preferred?: boolean;
  readonly safe?: boolean;
  readonly edits: readonly TextEdit[];
}

export interface DiagnosticData {
  readonly rule: string;
  readonly fixes: readonly FixData[];
}

/** A finding's fixes with LSP edits. */
export function fixData(a: Analysis, f: RawFinding): FixData[] {
  return (f.fixes ?? []).map((x) => ({ title: x.title, ...(x.preferred ? { preferred: true } : {}), ...(x.safe ? { safe: true } : {}), edits: x.edits.map((e) => toTextEdit(a, e)) }));
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toTextEdit(a: Analysis, e: Edit): TextEdit {
  return { range: a.index.range(e), newText: e.newText };
}

/**
 * The findings as LSP diagnostics: code, link to the rule page, source, related places, fix data.
 * On `editingLine`, the line being typed on, "missing" findings are held back: a half-typed row
 * (`Masking: | `) is not yet missing its value. While a record is `drafting` (started in the
 * editor, not yet with its sections nor saved), every "missing" finding is held back and one
 * information line at the top says how many elements are still to come.
 */
export function diagnostics(a: Analysis, settings: Settings, uri: string, onRuleError?: (rule: string, e: unknown) => void, editingLine?: number, drafting = false): Diagnostic[] {
  const presence = (f: RawFinding) => f.rule.tags.includes('presence') && f.rule.id !== 'empty-record';
  const typing = (f: RawFinding) => editingLine !== undefined && f.rule.tags.includes('presence') && (a.index.line(f.range.start) === editingLine || a.index.line(f.range.end) === editingLine);
  const all = findings(a, settings, onRuleError);
  const held = drafting ? all.filter(presence) : [];
  const shown = all.filter((f) => !typing(f) && !(drafting && presence(f)));
  const out = shown.map((f): Diagnostic => {
    const data: DiagnosticData = {
      rule: f.rule.id,
      fixes: fixData(a, f),
    };
    return {
      range: a.index.range(f.range),
      severity: SEVERITY[f.severity],
      code: f.rule.id,
      codeDescription: { href: ruleDocUrl(f.rule.id) },
      source: SOURCE,
      message: f.message,
      ...(f.related && f.related.length > 0 ? { relatedInformation: f.related.map((r) => ({ location: { uri, range: a.index.range(r.range) }, message: r.message })) } : {}),
      data,
    };
  });
  if (held.length > 0) out.unshift(draftNote(held));
  return out;
}

/** The one line a draft gets in place of its "missing" findings: how many, and which. */
function draftNote(held: readonly RawFinding[]): Diagnostic {
  const names = [...new Set(held.map((f) => f.rule.title.replace(/ (is|are) missing$/, '')))];
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: SOURCE,
    message: `Drafting: ${names.length} required element${names.length === 1 ? ' is' : 's are'} still to come (${names.join(', ')}). They are reported one by one once the record has three of its sections, or when you save.`,
  };
}
