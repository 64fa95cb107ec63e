// What `trial-record check` found in one file: what the formats print and the cache keeps.

import type { Severity } from '../rules/types';

export interface FileResult {
  readonly file: string;
  readonly diagnostics: readonly {
    readonly range: { readonly start: { line: number; character: number }; readonly end: { line: number; character: number } };
    readonly severity: Severity;
    readonly code: string;
    readonly message: string;
  }[];
}
