// The CI report (`trial-record check --format html`): one self-contained page, readable offline
// as a build artifact. A summary table per file (errors, warnings, information, hints, by rule), a
// table of the rules found, then each record with its design figure and its findings (line,
// message, rule), and the pages of the rules found, so each rule link works inside the file.

import type { Severity } from '../../rules/types';
import { type Html, h, raw } from './html';
import type { RecordSummary } from './page';
import { PREVIEW_CSS } from './style';

export interface ReportFinding {
  /** 1-based, as the text format prints them. */
  readonly line: number;
  readonly column: number;
  readonly severity: Severity;
  readonly rule: string;
  readonly message: string;
}

export interface ReportFile {
  /** The path as the report names it (relative to the working folder). */
  readonly name: string;
  /** Absent when the record could not be read as one (e.g. over the size limit). */
  readonly summary?: RecordSummary;
  readonly findings: readonly ReportFinding[];
}

/** A rule's page, rendered by the caller from its Markdown (the project's own documentation). */
export interface RulePage {
  readonly id: string;
  readonly title: string;
  readonly html: string;
}

export interface ReportOptions {
  readonly nonce: string;
  /** `yyyy-MM-dd`: the date the date rules compared against. */
  readonly today: string;
  readonly version: string;
  readonly rules: readonly RulePage[];
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];
const HEADINGS: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', information: 'Information', hint: 'Hints' };

const REPORT_CSS = `
body { max-width: 1100px; }
table.summary td.n, table.summary th.n, table.rules td.n, table.rules th.n { text-align: right; width: 4.5em; }
table.summary th, table.rules th { width: auto; } table.summary td.by { font-size: 0.85em; width: 30%; }
td.n.error:not(:empty) { color: var(--vscode-editorError-foreground, #c50f1f); font-weight: 600; }
td.n.warning:not(:empty) { color: var(--vscode-editorWarning-foreground, #8a5a00); font-weight: 600; }
table.findings th { width: auto; } table.findings td.line { white-space: nowrap; width: 5em; } table.findings td.sev { width: 7em; text-transform: capitalize; } table.findings td.rule { width: 15em; }
tr.error td.sev { color: var(--vscode-editorError-foreground, #c50f1f); font-weight: 600; } tr.warning td.sev { color: var(--vscode-editorWarning-foreground, #8a5a00); font-weight: 600; }
.record { border-top: 2px solid var(--vscode-panel-border, #ccc); margin-top: 32px; } .record h2 { border: none; font-family: var(--vscode-editor-font-family, monospace); }
.rulepage { border-top: 1px solid var(--vscode-panel-border, #ccc); margin-top: 24px; } .rulepage pre { background: var(--vscode-textBlockQuote-background, #f4f4f4); padding: 8px; overflow-x: auto; }
.clean { color: var(--vscode-charts-green, #2d7d2d); }
`;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function countBy(findings: readonly ReportFinding[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

const ruleLink = (id: string, known: ReadonlySet<string>): Html => (known.has(id) ? h`<a class="rule" href="#rule-${id}">${id}</a>` : h`<span class="rule">${id}</span>`);

function byRule(findings: readonly ReportFinding[]): [string, number][] {
  const m = new Map<string, number>();
  for (const f of findings) m.set(f.rule, (m.get(f.rule) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function summaryTable(files: readonly ReportFile[], known: ReadonlySet<string>): Html {
  const rows = files.map((f, k) => {
    const c = countBy(f.findings);
    const record = f.summary ? [f.summary.nctId, f.summary.title].filter(Boolean).join(' · ') : 'not checked';
    return h`<tr><td><a href="#file-${k + 1}">${f.name}</a></td><td>${record}</td>${SEVERITIES.map((s) => h`<td class="n ${s}">${c[s] > 0 ? String(c[s]) : ''}</td>`)}<td class="by">${byRule(f.findings).map(([id, n], j) => h`${j > 0 ? ', ' : ''}${ruleLink(id, known)} ×${n}`)}</td></tr>`;
  });
  return h`<table class="summary"><thead><tr><th>File</th><th>Record</th>${SEVERITIES.map((s) => h`<th class="n">${HEADINGS[s]}</th>`)}<th>By rule</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function rulesTable(files: readonly ReportFile[], rules: readonly RulePage[], known: ReadonlySet<string>): Html {
  const all = files.flatMap((f) => f.findings);
  if (all.length === 0) return h``;
  const title = new Map(rules.map((r) => [r.id, r.title]));
  const rows = byRule(all).map(([id, n]) => {
    const inFiles = files.filter((f) => f.findings.some((x) => x.rule === id)).length;
    return h`<tr><td>${ruleLink(id, known)}</td><td>${title.get(id) ?? ''}</td><td class="n">${String(n)}</td><td class="n">${String(inFiles)}</td></tr>`;
  });
  return h`<h2>Rules found</h2><table class="rules"><thead><tr><th>Rule</th><th>What it checks</th><th class="n">Findings</th><th class="n">Files</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function fileSection(f: ReportFile, k: number, known: ReadonlySet<string>): Html {
  const c = countBy(f.findings);
  const counts = SEVERITIES.filter((s) => c[s] > 0).map((s) => plural(c[s], s, s === 'information' ? s : `${s}s`));
  const head = f.summary
    ? h`<p class="meta">${f.summary.nctId ? `${f.summary.nctId} · ` : ''}<strong>${f.summary.title}</strong>${f.summary.status ? ` · ${f.summary.status}` : ''}</p>`
    : h`<p class="meta">Not read as a record.</p>`;
  const findings =
    f.findings.length === 0
      ? h`<p class="clean">No findings.</p>`
      : h`<table class="findings"><thead><tr><th>Line</th><th>Severity</th><th>Message</th><th>Rule</th></tr></thead><tbody>${f.findings.map((x) => h`<tr class="${x.severity}"><td class="line">${`${x.line}:${x.column}`}</td><td class="sev">${x.severity}</td><td>${x.message}</td><td class="rule">${ruleLink(x.rule, known)}</td></tr>`)}</tbody></table>`;
  return h`<section class="record" id="file-${k + 1}"><h2>${f.name}</h2>${head}<p class="summary">${counts.length > 0 ? counts.join(', ') : 'No findings'}</p>${f.summary ? h`<figure>${f.summary.figure}</figure>` : h``}${findings}</section>`;
}

/** The report: a self-contained HTML document (no network, no script). */
export function renderReport(files: readonly ReportFile[], o: ReportOptions): string {
  const known = new Set(o.rules.map((r) => r.id));
  const total = countBy(files.flatMap((f) => f.findings));
  const totals = `${SEVERITIES.map((s) => plural(total[s], s, s === 'information' ? s : `${s}s`)).join(', ')} in ${plural(files.length, 'file', 'files')}`;
  const pages = o.rules.map((r) => h`<article class="rulepage" id="rule-${r.id}">${raw(r.html)}</article>`);
  const body = h`<header><h1>Trial Record report</h1><p class="meta">${totals}</p><p class="meta">Checked against the ClinicalTrials.gov (PRS) rules as of ${o.today} by trial-record ${o.version}.</p></header>${files.length > 0 ? summaryTable(files, known) : h`<p>No record files were found.</p>`}${rulesTable(files, o.rules, known)}${files.map((f, k) => fileSection(f, k, known))}${pages.length > 0 ? h`<section id="rules"><h2>The rules</h2>${pages}</section>` : h``}`;
  const csp = `default-src 'none'; style-src 'nonce-${o.nonce}'; img-src data:`;
  return `<!DOCTYPE html>\n${h`<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Trial Record report</title><style nonce="${o.nonce}">${raw(PREVIEW_CSS + REPORT_CSS)}</style></head><body>${body}</body></html>`.html}\n`;
}
