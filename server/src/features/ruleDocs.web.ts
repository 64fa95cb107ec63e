// Where a rule's page is, in the browser build (the twin of ruleDocs.ts): the extension's own
// dist/rules, at the URI the client gives at initialize (vscode.dev serves it; the VS Code client
// turns the link into "Show Rule Page" either way).

let base = 'trial-record:rules/';

/** The folder of the rule pages, as a URI ending in '/'. */
export function setRuleDocBase(uri: string): void {
  base = uri.endsWith('/') ? uri : `${uri}/`;
}

/** The folder of the rule pages, as the client gave it. */
export function rulePagesDir(): string {
  return base;
}

export function ruleDocUrl(id: string): string {
  return `${rulePagesDir()}${id}.md`;
}
