// Where a rule's page is, for the link on each finding (Node: the server and the CLI). The pages
// ship in dist/rules next to the bundle (docs/rules in the repository, for code run from out/);
// a file link works offline and in every editor. The browser build uses ruleDocs.web.ts.

import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const urls = new Map<string, string>();

export function ruleDocUrl(id: string): string {
  let url = urls.get(id);
  if (url === undefined) urls.set(id, (url = pathToFileURL(join(rulePagesDir(), `${id}.md`)).toString()));
  return url;
}

/** The folder of the rule pages: dist/rules beside a bundle, else the repository's docs/rules (code run from out/server/src/…). */
export function rulePagesDir(): string {
  const bundled = __filename.endsWith(join('dist', 'server.js')) || __filename.endsWith(join('dist', 'cli.js'));
  return bundled ? join(__dirname, 'rules') : join(__dirname, '..', '..', '..', '..', 'docs', 'rules');
}
