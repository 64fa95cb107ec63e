import { type Diagnostic, DiagnosticSeverity, type TextEdit } from 'vscode-languageserver-types';
import type { Analysis } from '../analysis/analyze';
import { findings, type RawFinding } from '../rules/engine/run';
import type { Edit, Severity } from '../rules/types';
import type { Settings } from '../settings';
import { ruleDocUrl } from './ruleDocs';

export const SOURCE = 'trial-record';

/** What a diagnostic carries for its code actions: the fixes, already as LSP edits. */
export interface DiagnosticData {
  readonly rule: string;
  readonly fixes: readonly { readonly title: string; readonly preferred?: boolean; readonly safe?: boolean; readonly edits: readonly TextEdit[] }[];
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
 * (`Masking: | `) is not yet missing its value.
 */
export function diagnostics(a: Analysis, settings: Settings, uri: string, onRuleError?: (rule: string, e: unknown) => void, editingLine?: number): Diagnostic[] {
  const typing = (f: RawFinding) => editingLine !== undefined && f.rule.tags.includes('presence') && (a.index.line(f.range.start) === editingLine || a.index.line(f.range.end) === editingLine);
  return findings(a, settings, onRuleError).filter((f) => !typing(f)).map((f) => {
    const data: DiagnosticData = {
      rule: f.rule.id,
      fixes: (f.fixes ?? []).map((x) => ({ title: x.title, ...(x.preferred ? { preferred: true } : {}), ...(x.safe ? { safe: true } : {}), edits: x.edits.map((e) => toTextEdit(a, e)) })),
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
}
