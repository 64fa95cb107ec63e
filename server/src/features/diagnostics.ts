import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { type Diagnostic, DiagnosticSeverity, type TextEdit } from 'vscode-languageserver-types';
import type { Analysis } from '../analysis';
import type { Directive } from '../model/types';
import { RULES } from '../rules';
import type { Edit, Finding, Rule, Severity } from '../rules/types';
import { localToday, type Settings } from '../settings';

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

const docUrls = new Map<string, string>();

/**
 * The rule pages ship in dist/rules next to the server (and in docs/rules in the repository);
 * a link to the bundled copy works offline and in every editor.
 */
export function ruleDocUrl(id: string): string {
  let url = docUrls.get(id);
  if (url === undefined) docUrls.set(id, (url = computeDocUrl(id)));
  return url;
}

function computeDocUrl(id: string): string {
  const bundled = join(__dirname, 'rules', `${id}.md`);
  const repo = join(__dirname, '..', '..', '..', 'docs', 'rules', `${id}.md`);
  return pathToFileURL(__filename.endsWith(join('dist', 'server.js')) || __filename.endsWith(join('dist', 'cli.js')) ? bundled : repo).toString();
}

export interface RawFinding extends Finding {
  readonly rule: Rule;
  readonly severity: Severity;
}

/** Lines (0-based) on which each rule is disabled by directives, and rules disabled for the file. */
function suppressedBy(a: Analysis, directives: readonly Directive[]): (rule: string, line: number) => boolean {
  const fileWide = new Set<string>();
  const byLine = new Map<number, Set<string>>();
  const ranges: { rule: string; from: number; to: number }[] = [];
  const open = new Map<string, number>();
  const ALL = '*';
  const lastLine = a.tree.lineStarts.length - 1;
  for (const d of directives) {
    const line = a.index.line(d.range.start);
    const rules = d.args.length > 0 ? d.args : [ALL];
    switch (d.command) {
      case 'trial-record-disable-file':
        rules.forEach((r) => fileWide.add(r));
        break;
      case 'trial-record-disable-next-line': {
        let next = line + 1;
        while (next <= lastLine && a.text.slice(a.tree.lineStarts[next]!, a.tree.lineStarts[next + 1] ?? a.text.length).trim() === '') next++;
        const set = byLine.get(next) ?? new Set<string>();
        rules.forEach((r) => set.add(r));
        byLine.set(next, set);
        break;
      }
      case 'trial-record-disable':
        rules.forEach((r) => open.set(r, line));
        break;
      case 'trial-record-enable':
        for (const r of rules) {
          const keys = r === ALL ? [...open.keys()] : [r];
          for (const k of keys) {
            const from = open.get(k);
            if (from !== undefined) ranges.push({ rule: k, from, to: line });
            open.delete(k);
          }
        }
        break;
    }
  }
  for (const [rule, from] of open) ranges.push({ rule, from, to: lastLine });
  return (rule, line) =>
    fileWide.has(ALL) || fileWide.has(rule) || (byLine.get(line)?.has(rule) ?? false) || (byLine.get(line)?.has(ALL) ?? false) || ranges.some((x) => (x.rule === rule || x.rule === ALL) && x.from <= line && line <= x.to);
}

/** Runs the enabled rules and applies the severity settings and every form of suppression. */
export function findings(a: Analysis, settings: Settings, onRuleError?: (rule: string, e: unknown) => void): RawFinding[] {
  if (!settings.validateEnable) return [];
  const ctx = { analysis: a, today: settings.today ?? localToday(), customTerms: settings.customTerms, ...(a.memo ? { memo: a.memo } : {}) };
  const suppressed = suppressedBy(a, a.record.directives);
  const out: RawFinding[] = [];
  for (const rule of RULES) {
    const configured = settings.rules[rule.id];
    if (configured === 'off') continue;
    let found: readonly Finding[];
    try {
      found = rule.check(a.record, ctx);
    } catch (e) {
      onRuleError?.(rule.id, e); // one faulty rule must not hide the others
      continue;
    }
    for (const f of found) {
      if (suppressed(rule.id, a.index.line(f.range.start))) continue;
      if (settings.suppressions.length > 0) {
        const text = a.text.slice(f.range.start, f.range.end);
        if (settings.suppressions.some((s) => s.rule === rule.id && (s.text === undefined || s.text === text))) continue;
      }
      out.push({ ...f, rule, severity: configured ?? f.severity ?? rule.severity });
    }
  }
  a.memo?.seal();
  // Rule ids are ASCII kebab-case: a plain comparison orders them as localeCompare would, faster.
  return out.sort((x, y) => x.range.start - y.range.start || (x.rule.id < y.rule.id ? -1 : x.rule.id > y.rule.id ? 1 : 0)).slice(0, settings.maxNumberOfProblems);
}

export function toTextEdit(a: Analysis, e: Edit): TextEdit {
  return { range: a.index.range(e), newText: e.newText };
}

/** The findings as LSP diagnostics: code, link to the rule page, source, related places, fix data. */
export function diagnostics(a: Analysis, settings: Settings, uri: string, onRuleError?: (rule: string, e: unknown) => void): Diagnostic[] {
  return findings(a, settings, onRuleError).map((f) => {
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
