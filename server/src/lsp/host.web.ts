// What the language server takes from its platform in a browser (vscode.dev, github.dev): the
// twin of host.ts, which esbuild swaps in for the web worker bundle. There is no disk to index and
// no schema check; the client hands over the spelling word lists and where the rule pages are.

import type { PrsValidator } from '../convert/prsSchema';
import { setRuleDocBase } from '../features/ruleDocs.web';
import type { DiskIndex } from './host';
import { provideWordLists } from '../vocabulary/spelling/diskDictionary.web';

export type { DiskIndex } from './host';

export const HOST: string = 'a web worker';

/** No disk: workspace symbols come from the open records only. */
export function diskIndex(_folderUris: readonly string[]): DiskIndex | undefined {
  return undefined;
}

export function prsValidator(): PrsValidator | string {
  return 'The PRS XML export checks the file against the PRS schema before writing it, and that check runs only in VS Code on the desktop (or with the command trial-record export --format prs-xml): it is not available in the browser.';
}

/** `initializationOptions.wordLists` (base64, the build's english and medical-terms lists) and `ruleDocBase`. */
export function initializeHost(options: unknown): void {
  const o = (options !== null && typeof options === 'object' ? options : {}) as { wordLists?: unknown; ruleDocBase?: unknown };
  if (Array.isArray(o.wordLists) && o.wordLists.every((w) => typeof w === 'string')) provideWordLists(o.wordLists.map(fromBase64));
  if (typeof o.ruleDocBase === 'string') setRuleDocBase(o.ruleDocBase);
}

function fromBase64(s: string): Uint8Array {
  const bin = atob(s);
  const bytes = new Uint8Array(bin.length);
  for (let k = 0; k < bin.length; k++) bytes[k] = bin.charCodeAt(k);
  return bytes;
}
