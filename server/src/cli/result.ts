// What `trial-record check` found in one file: what the formats print and the cache keeps.

import type { Problem } from '../service';

export interface FileResult {
  readonly file: string;
  /** Named for the JSON format's key, which users' scripts read. */
  readonly diagnostics: readonly Problem[];
}
