// Where a rule's page is, for the link on each finding (Node: the server and the CLI). The pages
// ship in dist/rules next to the bundle (docs/rules in the repository, for code run from out/);
// a file link works offline and in every editor. The browser build uses ruleDocs.web.ts.

import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const urls = new Map<string, string>();

export function ruleDocUrl(id: string): string {
  let url = urls.get(id);
  if (url === undefined) urls.set(id, (url = computeDocUrl(id)));
  return url;
}

function computeDocUrl(id: string): string {
  const bundled = join(__dirname, 'rules', `${id}.md`);
  const repo = join(__dirname, '..', '..', '..', 'docs', 'rules', `${id}.md`);
  return pathToFileURL(__filename.endsWith(join('dist', 'server.js')) || __filename.endsWith(join('dist', 'cli.js')) ? bundled : repo).toString();
}
