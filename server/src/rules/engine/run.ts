// The rule engine: runs the registry over one analysis with the user's levels, directives and
// suppressions. The editor, the CLI and the tests all get their findings here.

import type { Analysis } from '../../analysis/analyze';
import type { Directive } from '../../model/types';
import type { CustomTerm } from '../../vocabulary/terms';
import { RULES } from '../index';
import { hasStarted } from '../../analysis/started';
import type { Finding, Rule, Severity } from '../types';

export type RuleLevel = 'off' | Severity;

/** Findings to hide without touching the record, for records that must stay verbatim. */
export interface Suppression {
  readonly rule: string;
  /** Only findings whose text is exactly this; all findings of the rule when absent. */
  readonly text?: string;
}

/** What a run of the rules depends on (the part of the settings the rules read). */
export interface RunOptions {
  readonly validateEnable: boolean;
  readonly rules: Readonly<Record<string, RuleLevel>>;
  /** `yyyy-MM-dd`: the date rules compare against; today when absent. */
  readonly today?: string;
  readonly suppressions: readonly Suppression[];
  readonly maxNumberOfProblems: number;
  /** Terms the user adds: offered in completion, explained on hover, accepted by the spelling and abbreviation rules. */
  readonly customTerms: readonly CustomTerm[];
}

/** Today on this machine, as `yyyy-MM-dd`. */
export function localToday(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
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

/**
 * Runs the enabled rules and applies the severity settings and every form of suppression. The
 * result is kept with the analysis for these options (one version of one document, its settings
 * object, today), so diagnostics, code actions and fix-all on one version run the rules once;
 * a rule error is reported to the run that computed the result.
 */
export function findings(a: Analysis, settings: RunOptions, onRuleError?: (rule: string, e: unknown) => void): readonly RawFinding[] {
  if (!settings.validateEnable) return [];
  const today = settings.today ?? localToday();
  const kept = (a as { [KEPT]?: Kept })[KEPT];
  if (kept && kept.settings === settings && kept.today === today) return kept.found;
  const found = run(a, settings, today, onRuleError);
  // A non-enumerable symbol property, not a WeakMap entry: one entry per version slowed every
  // garbage collection (ARCHITECTURE.md, Performance); a copy of the analysis starts empty.
  Object.defineProperty(a, KEPT, { value: { settings, today, found } satisfies Kept, configurable: true, writable: true });
  return found;
}

const KEPT = Symbol('findings');
interface Kept {
  readonly settings: RunOptions;
  readonly today: string;
  readonly found: readonly RawFinding[];
}

function run(a: Analysis, settings: RunOptions, today: string, onRuleError?: (rule: string, e: unknown) => void): readonly RawFinding[] {
  const ctx = { analysis: a, today, customTerms: settings.customTerms, ...(a.memo ? { memo: a.memo } : {}) };
  const suppressed = suppressedBy(a, a.record.directives);
  const out: RawFinding[] = [];
  // A text that is not a record yet gets empty-record's one finding, not every missing element.
  const started = hasStarted(a);
  for (const rule of RULES) {
    const configured = settings.rules[rule.id];
    if (configured === 'off') continue;
    if (!started && rule.id !== 'empty-record' && rule.tags.includes('presence')) continue;
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
