// `trial-record check --format html`: the findings as one self-contained page for CI artifacts
// (features/preview/report.ts), with the design figure of each record and the pages of the rules
// found, rendered from the Markdown that ships beside the CLI so the links work offline.

import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import MarkdownIt from 'markdown-it';
import { freshNonce } from '../features/preview/html';
import { rulePagesDir } from '../features/ruleDocs';
import { type ReportFile, type RulePage, renderReport } from '../features/preview/report';
import type { RecordSummary } from '../features/preview/page';
import { RULES } from '../rules';
import { VERSION } from '../version';
import type { FileResult } from './result';

/**
 * The pages of the rules found and of the rules they link to (a page's `other-rule.md` link
 * becomes an anchor in the report). Raw HTML in the Markdown stays text (markdown-it's default).
 */
export function rulePages(found: readonly string[]): RulePage[] {
  const dir = rulePagesDir();
  if (!existsSync(dir)) return [];
  const known = new Map(RULES.map((r) => [r.id, r.title]));
  const source = new Map<string, string>();
  const queue = [...found];
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (source.has(id) || !known.has(id) || !existsSync(join(dir, `${id}.md`))) continue;
    const md = readFileSync(join(dir, `${id}.md`), 'utf8');
    source.set(id, md);
    for (const m of md.matchAll(/\]\(([a-z0-9-]+)\.md\)/g)) queue.push(m[1]!);
  }
  const md = new MarkdownIt({ html: false, linkify: false });
  const defaultLink = md.renderer.rules.link_open ?? ((tokens, k, options, _env, self) => self.renderToken(tokens, k, options));
  md.renderer.rules.link_open = (tokens, k, options, env, self) => {
    const token = tokens[k]!;
    const href = token.attrGet('href') ?? '';
    const local = /^([a-z0-9-]+)\.md$/.exec(href);
    if (local && source.has(local[1]!)) token.attrSet('href', `#rule-${local[1]}`);
    return defaultLink(tokens, k, options, env, self);
  };
  return [...source]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([id, text]) => ({ id, title: known.get(id)!, html: md.render(text) }));
}

export function formatHtml(results: readonly FileResult[], summaries: ReadonlyMap<string, RecordSummary>, cwd: string, today: string): string {
  const files: ReportFile[] = results.map((r) => {
    const summary = summaries.get(r.file);
    return {
      name: relative(cwd, r.file) || r.file,
      ...(summary ? { summary } : {}),
      findings: r.diagnostics.map((d) => ({ line: d.range.start.line + 1, column: d.range.start.character + 1, severity: d.severity, rule: d.code, message: d.message })),
    };
  });
  const found = [...new Set(files.flatMap((f) => f.findings.map((x) => x.rule)))];
  return renderReport(files, { nonce: freshNonce(), today, version: VERSION, rules: rulePages(found) });
}
